import { describe, expect, it } from 'vitest';
import { compareChinese } from '../../../src/core/format.ts';
import { groupByTerms, libraryOrder, libraryPages } from '../../../src/features/systems/library.ts';

const entry = (title: string, order: number, kind: string, appliesTo: string[]) => ({
	data: { title, order, kind: { id: kind }, appliesTo: appliesTo.map((id) => ({ id })) },
});
const entries = [
	entry('乙制度', 2, 'regulation', ['center', 'station']),
	entry('甲制度', 2, 'regulation', ['station']),
	entry('标准', 1, 'standard', ['center']),
];
const terms = [
	{ id: 'center', label: '中心' },
	{ id: 'station', label: '站' },
	{ id: 'hospital', label: '医院' },
];

describe('groupByTerms', () => {
	it('puts each entry under every scope it applies to, in library order, without empty groups', () => {
		const groups = groupByTerms(
			entries,
			terms,
			(item) => item.data.appliesTo,
			libraryOrder(compareChinese),
		);
		expect(
			groups.map((group) => [group.term.id, group.entries.map((item) => item.data.title)]),
		).toEqual([
			['center', ['标准', '乙制度']],
			['station', ['甲制度', '乙制度']],
		]);
	});
});

describe('libraryPages', () => {
	const kinds = [
		{ id: 'standard', label: '标准' },
		{ id: 'regulation', label: '制度' },
	];
	const many = [
		...Array.from({ length: 5 }, (_, index) => entry(`制度${index}`, 1, 'regulation', ['center'])),
		...Array.from({ length: 3 }, (_, index) => entry(`标准${index}`, 1, 'standard', ['station'])),
	];
	const pages = libraryPages(many, kinds, terms, libraryOrder(compareChinese), '/systems/', 4);

	it('pages the library by kind, every template once', () => {
		expect(pages.map((page) => page.page.items.map((item) => item.data.title))).toEqual([
			['标准0', '标准1', '标准2', '制度0'],
			['制度1', '制度2', '制度3', '制度4'],
		]);
	});

	it('indexes every kind with the page where it starts, on every page', () => {
		const index = [
			{ term: kinds[0], count: 3, href: '/systems/#kind-standard' },
			{ term: kinds[1], count: 5, href: '/systems/#kind-regulation' },
		];
		expect(pages[0]!.kindIndex).toEqual(index);
		expect(pages[1]!.kindIndex).toEqual(index);
		const later = libraryPages(many, kinds, terms, libraryOrder(compareChinese), '/systems/', 2);
		expect(later[0]!.kindIndex[1]!.href).toBe('/systems/page/2/#kind-regulation');
	});

	it('groups a page’s own templates by kind (headed by the kind’s whole count) and by scope', () => {
		expect(
			pages[0]!.byKind.map((group) => [group.term.id, group.entries.length, group.total]),
		).toEqual([
			['standard', 3, 3],
			['regulation', 1, 5],
		]);
		expect(pages[1]!.byScope.map((group) => [group.term.id, group.entries.length])).toEqual([
			['center', 4],
		]);
		expect(pages[1]!.nav?.previous).toBe('/systems/');
	});
});

import { describe, expect, it } from 'vitest';
import { compareChinese } from '../../../src/core/format.ts';
import { groupByTerms, libraryOrder } from '../../../src/features/systems/library.ts';

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

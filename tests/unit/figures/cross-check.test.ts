import { describe, expect, it } from 'vitest';
import {
	countedSite,
	crossCheckFigures,
	deriveFigures,
	type CountedSite,
	type ReportedFigure,
} from '../../../src/features/figures/cross-check.ts';
import { readContent } from '../../../src/core/content-check/read-content.ts';
import { validateEntries } from '../../../src/core/content-check/validate.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';
import { contentModel } from '../../../src/site/content-rules.ts';
import { checkContent } from '../../../src/core/content-check/index.ts';
import { figureCrossCheck } from '../../../src/features/figures/content-rule.ts';
import { copyContent } from '../../helpers/fixture-content.ts';

const labels = {
	baseKinds: new Map([
		['religion-sinicization-site', { label: '宗教中国化示范场所' }],
		['secretary-point', { label: '书记统战示范点' }],
	]),
	scopes: new Map([
		['village', { label: '村（社区）' }],
		['school', { label: '学校' }],
	]),
};
const sites: CountedSite[] = [
	countedSite('centers', {}),
	countedSite('centers', {}),
	countedSite('stations', { host: { id: 'village' } }),
	countedSite('stations', { host: 'school' }),
	countedSite('stations', { host: 'village' }),
	countedSite('bases', { kind: 'religion-sinicization-site' }),
	countedSite('bases', { kind: 'secretary-point', points: [{}, {}, {}] }),
];
const figure = (id: string, value: number, breakdown: ReportedFigure['breakdown'] = []) => ({
	id,
	label: id,
	value,
	breakdown,
});

describe('deriveFigures', () => {
	const derived = new Map(deriveFigures(sites, labels).map((count) => [count.figureId, count]));

	it('counts centers and stations, stations by the label of their host', () => {
		expect(derived.get('practice-centers')?.value).toBe(2);
		expect(derived.get('practice-stations')?.value).toBe(3);
		expect(derived.get('practice-stations')?.breakdown).toEqual([
			{ label: '村（社区）', value: 2 },
			{ label: '学校', value: 1 },
		]);
	});
	it('counts bases by kind, leaving the secretary points out of the demonstration bases', () => {
		expect(derived.get('demonstration-bases')?.value).toBe(1);
		expect(derived.get('religion-sites')?.value).toBe(1);
		expect(derived.get('secretary-points')?.value).toBe(3);
	});
});

describe('crossCheckFigures', () => {
	const derived = deriveFigures(sites, labels);

	it('finds nothing when the report and the entries agree', () => {
		const reported = [
			figure('practice-centers', 2),
			figure('practice-stations', 3, [
				{ label: '村（社区）', value: 2 },
				{ label: '学校', value: 1 },
			]),
		];
		expect(crossCheckFigures(reported, derived)).toEqual([]);
	});
	it('reports a total that the entries do not bear out, with both numbers', () => {
		const [problem, ...rest] = crossCheckFigures([figure('practice-centers', 13)], derived);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ figureId: 'practice-centers', reported: 13, counted: 2 });
		expect(problem!.message).toContain('13');
		expect(problem!.message).toContain('content/centers/');
	});
	it('reports each part of a breakdown that differs, including a part the report leaves out', () => {
		const problems = crossCheckFigures(
			[figure('practice-stations', 3, [{ label: '村（社区）', value: 3 }])],
			derived,
		);
		expect(problems.map((problem) => [problem.part, problem.reported, problem.counted])).toEqual([
			['村（社区）', 3, 2],
			['学校', 0, 1],
		]);
	});
	it('leaves alone a figure the site cannot count', () => {
		expect(crossCheckFigures([figure('member-ledger-people', 22176)], derived)).toEqual([]);
	});
});

describe('the sample content', () => {
	const { checked } = validateEntries(readContent(SAMPLE_CONTENT).entries, contentModel.schemas);
	const dataOf = (collection: string) =>
		checked
			.filter((entry) => entry.collection === collection)
			.map((entry) => entry.raw.data as Record<string, never>);
	const terms = (collection: string) =>
		new Map(
			dataOf(collection).map((term) => [String(term['id']), { label: String(term['label']) }]),
		);

	it('has the counts of centers, stations and bases that the report gives', () => {
		const sampleSites = (['centers', 'stations', 'bases'] as const).flatMap((collection) =>
			dataOf(collection).map((data) => countedSite(collection, data)),
		);
		const derived = deriveFigures(sampleSites, {
			baseKinds: terms('baseKinds'),
			scopes: terms('scopes'),
		});
		const reported = dataOf('figures') as unknown as ReportedFigure[];
		// Every count the site can make has its figure in the sample, so the check is not empty.
		expect(derived.every((count) => reported.some((item) => item.id === count.figureId))).toBe(
			true,
		);
		expect(crossCheckFigures(reported, derived)).toEqual([]);
	});
});

describe('the figure cross-check in the content check', () => {
	it('finds nothing on the sample content', () => {
		const { checked } = validateEntries(readContent(SAMPLE_CONTENT).entries, contentModel.schemas);
		const context = { root: SAMPLE_CONTENT, exists: () => true, schemas: contentModel.schemas };
		expect(figureCrossCheck(checked, context)).toEqual([]);
	});

	it('warns, without stopping the build, at the line of a figure the entries do not bear out', () => {
		const copy = copyContent(SAMPLE_CONTENT);
		try {
			const figures = copy.read('figures/figures.yaml');
			const at = figures.indexOf('id: practice-centers');
			const valueLine = figures.slice(at).match(/\n(\s*)value: 13\b/);
			expect(valueLine).not.toBeNull();
			copy.write(
				'figures/figures.yaml',
				figures.slice(0, at) + figures.slice(at).replace(/value: 13\b/, 'value: 14'),
			);
			const line = copy
				.read('figures/figures.yaml')
				.split('\n')
				.findIndex(
					(text, index, all) =>
						text.trim() === 'value: 14' &&
						all.slice(0, index).join('\n').includes('id: practice-centers'),
				);
			const found = checkContent(copy.root, contentModel).problems.filter(
				(problem) => problem.file === 'figures/figures.yaml',
			);
			expect(found).toEqual([
				expect.objectContaining({
					severity: 'warning',
					line: line + 1,
					field: 'value',
					message: expect.stringMatching(/^数据核对：.*14.*13/),
				}),
			]);
		} finally {
			copy.dispose();
		}
	});
});

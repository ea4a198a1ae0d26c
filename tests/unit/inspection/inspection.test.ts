/** The inspection's verdict: which findings fail a site outright and which cost points. */
import { describe, expect, it } from 'vitest';
import {
	formatInspection,
	inspect,
	type InspectionInput,
	type SectionInput,
} from '../../../src/features/inspection/inspection.ts';

const section = (key: string, overrides: Partial<SectionInput> = {}): SectionInput => ({
	key,
	label: `${key}栏目`,
	newsLike: false,
	limit: 180,
	entries: [{ file: `${key}/a.md`, title: 'A', date: '2024-05-20' }],
	...overrides,
});
const healthy: InspectionInput = {
	today: '2024-06-01',
	sections: [section('centers'), section('cases', { newsLike: true, limit: 14 })],
	brokenLinks: [],
	footer: { siteIdCode: true, icpFiling: true, governmentSiteMark: true, notShown: [] },
	consultation: '0917-0000000',
	wordingHits: [],
	awaitingReview: [],
};
const failed = (input: InspectionInput) =>
	inspect(input)
		.items.filter((item) => item.failed)
		.map((item) => [item.id, item.weight]);

describe('inspect', () => {
	it('passes a healthy site with neither vetoes nor deductions', () => {
		const report = inspect(healthy);
		expect(report.passed).toBe(true);
		expect(report.verdict.line).toBe('结论：没有单项否决项，也没有扣分项。');
		expect(report.sections[0]).toMatchObject({ count: 1, latest: '2024-05-20', age: 12 });
	});

	it('vetoes a news section older than its limit, and deducts for another stale section', () => {
		const report = inspect({
			...healthy,
			sections: [
				section('centers', { entries: [{ file: 'centers/a.md', title: 'A', date: '2023-01-01' }] }),
				section('cases', {
					newsLike: true,
					limit: 14,
					entries: [{ file: 'c.mdx', title: 'C', date: '2024-05-01' }],
				}),
			],
		});
		expect(
			report.items.filter((item) => item.failed).map((item) => [item.id, item.weight]),
		).toEqual([
			['stale-news', 'veto'],
			['stale-sections', 'deduct'],
		]);
		expect(report.passed).toBe(false);
		expect(report.verdict.line).toContain('单项否决 1 项（动态类栏目未及时更新）');
		expect(report.verdict.line).toContain('扣分项 1 项（栏目长期未更新）');
	});

	it('deducts for an empty section, and vetoes five', () => {
		const empty = (key: string) => section(key, { entries: [] });
		expect(failed({ ...healthy, sections: [...healthy.sections, empty('bases')] })).toEqual([
			['empty-sections', 'deduct'],
		]);
		const five = ['a', 'b', 'c', 'd', 'e'].map(empty);
		expect(failed({ ...healthy, sections: five })).toEqual([['empty-sections', 'veto']]);
	});

	it('does not check a section whose limit is off', () => {
		const off = section('systems', {
			limit: 'off',
			entries: [{ file: 's.md', title: 'S', date: '2000-01-01' }],
		});
		expect(failed({ ...healthy, sections: [off] })).toEqual([]);
		expect(formatInspection(inspect({ ...healthy, sections: [off] })).join('\n')).toContain(
			'不检查',
		);
	});

	it('vetoes a missing consultation channel and wording errors; deducts for links, identification, undated entries', () => {
		expect(
			failed({
				...healthy,
				sections: [section('platforms', { entries: [{ file: 'p.md', title: 'P' }] })],
				brokenLinks: [{ file: 'index.html', message: '链接到不存在的页面' }],
				footer: { siteIdCode: false, icpFiling: true, governmentSiteMark: false, notShown: [] },
				consultation: undefined,
				wordingHits: [{ file: 'cases/a.mdx', line: 3, message: '错敏词' }],
				awaitingReview: [{ file: 'cases/b.mdx', reason: '草稿：尚未初审' }],
			}),
		).toEqual([
			['stale-sections', 'deduct'],
			['undated', 'deduct'],
			['broken-links', 'deduct'],
			['identification', 'deduct'],
			['government-mark', 'info'],
			['consultation', 'veto'],
			['wording', 'veto'],
			['awaiting-review', 'info'],
		]);
	});

	it('says that links went unchecked without a build, without failing the site for it', () => {
		const report = inspect({ ...healthy, brokenLinks: undefined });
		expect(report.passed).toBe(true);
		expect(report.items.find((item) => item.id === 'broken-links')).toMatchObject({
			weight: 'info',
		});
	});
});

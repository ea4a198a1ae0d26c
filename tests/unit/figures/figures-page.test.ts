import { describe, expect, it } from 'vitest';
import { termsById } from '../../../src/core/entries.ts';
import { figuresPage, trendOf } from '../../../src/features/figures/figures-page.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';
import { fixtureEntries } from '../../helpers/fixture-entries.ts';

const sample = fixtureEntries(SAMPLE_CONTENT);
const figures = sample.published('figures').map((figure) => figure.data);
const levels = termsById(sample.all('levels').map((term) => term.data));

describe('figuresPage', () => {
	const page = figuresPage(figures, sample.published('bases'), levels);

	it('keeps the groups in the order editors first use them, every figure in one group', () => {
		const firstUse = [...new Set(figures.map((figure) => figure.group))];
		expect(page.groups.map((group) => group.name)).toEqual(firstUse);
		expect(page.groups.flatMap((group) => group.figures).length).toBe(figures.length);
	});

	it('counts the published bases by level, leaving out levels without any', () => {
		const total = page.basesByLevel.reduce((sum, row) => sum + row.value, 0);
		expect(total).toBe(sample.published('bases').length);
		expect(page.basesByLevel.every((row) => row.value > 0)).toBe(true);
	});
});

describe('trendOf', () => {
	it('puts the history and the current value in date order, labelled by month', () => {
		const trend = trendOf({
			value: 30,
			asOf: new Date('2024-04-23'),
			history: [
				{ asOf: new Date('2023-12-31'), value: 20 },
				{ asOf: new Date('2022-06-30'), value: 10 },
			],
		});
		expect(trend.map((point) => [point.label, point.value])).toEqual([
			['2022年6月', 10],
			['2023年12月', 20],
			['2024年4月', 30],
		]);
	});
});

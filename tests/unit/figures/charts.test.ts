import { describe, expect, it } from 'vitest';
import { barChartLayout } from '../../../src/features/figures/bar-chart.ts';
import { describeBreakdown, describeTrend } from '../../../src/features/figures/describe.ts';
import { textWidthEm, wrapLabel } from '../../../src/features/figures/labels.ts';
import { trendChartLayout } from '../../../src/features/figures/trend-chart.ts';

describe('wrapLabel', () => {
	it('keeps a short Chinese label on one line', () => {
		expect(wrapLabel('党外知识分子', 20)).toEqual(['党外知识分子']);
	});
	it('breaks a long label into lines no wider than the room', () => {
		const lines = wrapLabel('新的社会阶层人士统战工作实践创新基地', 8);
		expect(lines.join('')).toBe('新的社会阶层人士统战工作实践创新基地');
		for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(8);
		expect(lines.length).toBe(3);
	});
	it('never starts a line with closing punctuation or ends one with an opening quote', () => {
		const lines = wrapLabel('一二三“助力秦创园”示范项目基地', 3);
		for (const line of lines) {
			expect(line).not.toMatch(/^[”，。）]/);
			expect(line).not.toMatch(/[“（]$/);
		}
	});
	it('counts Latin digits as narrower than Chinese characters', () => {
		expect(textWidthEm('2024')).toBeLessThan(textWidthEm('二〇二四'));
	});
});

describe('barChartLayout', () => {
	const rows = [
		{ label: '村（社区）', value: 8 },
		{ label: '企业', value: 4 },
		{ label: '学校', value: 0 },
	];
	const chart = barChartLayout(rows, { width: 320, unit: '个' });

	it('draws bars proportional to the values, starting at zero', () => {
		const [village, enterprise, school] = chart.bars;
		expect(village!.x).toBe(0);
		expect(enterprise!.width).toBeCloseTo(village!.width / 2, 0);
		expect(school!.width).toBe(0);
	});
	it('keeps the longest bar and its value label inside the drawing', () => {
		for (const bar of chart.bars) {
			const valueEnd = bar.valueX + textWidthEm(bar.valueText) * chart.fontSize;
			expect(valueEnd).toBeLessThanOrEqual(chart.width);
		}
	});
	it('writes every value with its unit, so no number depends on colour', () => {
		expect(chart.bars.map((bar) => bar.valueText)).toEqual(['8 个', '4 个', '0 个']);
	});
	it('stacks the rows without overlap and ends the drawing after the last bar', () => {
		for (let index = 1; index < chart.bars.length; index += 1) {
			const previous = chart.bars[index - 1]!;
			expect(chart.bars[index]!.labelLines[0]!.y).toBeGreaterThan(previous.y + previous.height);
		}
		const last = chart.bars.at(-1)!;
		expect(chart.height).toBe(last.y + last.height);
	});
});

describe('trendChartLayout', () => {
	const points = [
		{ date: new Date('2024-04-23'), value: 22176, label: '2024年4月' },
		{ date: new Date('2022-06-30'), value: 19850, label: '2022年6月' },
		{ date: new Date('2023-06-30'), value: 21307, label: '2023年6月' },
	];
	const chart = trendChartLayout(points);

	it('orders the points by date, left to right, spaced by real time', () => {
		expect(chart.points.map((point) => point.label)).toEqual([
			'2022年6月',
			'2023年6月',
			'2024年4月',
		]);
		const [a, b, c] = chart.points.map((point) => point.x) as [number, number, number];
		expect(a).toBe(chart.plot.left);
		expect(c).toBe(chart.plot.right);
		// A year passes between the first two, ten months between the last two.
		expect(b - a).toBeGreaterThan(c - b);
	});
	it('draws a higher value higher up, inside the plot', () => {
		const [first, , last] = chart.points;
		expect(last!.y).toBeLessThan(first!.y);
		for (const point of chart.points) {
			expect(point.y).toBeGreaterThanOrEqual(chart.plot.top);
			expect(point.y).toBeLessThanOrEqual(chart.plot.bottom);
		}
	});
	it('draws the line through every point and labels the scale', () => {
		expect(chart.path.split(/[ML]/).filter(Boolean)).toHaveLength(3);
		expect(chart.ticks.map((tick) => tick.text)).toContain('20,000');
	});
});

describe('chart descriptions', () => {
	it('name the largest and smallest parts and the total', () => {
		const text = describeBreakdown(
			[
				{ label: '企业', value: 4 },
				{ label: '村（社区）', value: 8 },
				{ label: '医院', value: 2 },
			],
			'个',
		);
		expect(text).toBe('共 3 项，合计 14 个；最多的是村（社区），8 个；最少的是医院，2 个。');
	});
	it('say where a trend started and how it changed', () => {
		const text = describeTrend(
			[
				{ label: '2022年6月', value: 19850 },
				{ label: '2024年4月', value: 22176 },
			],
			'名',
		);
		expect(text).toContain('增加 2,326 名');
	});
});

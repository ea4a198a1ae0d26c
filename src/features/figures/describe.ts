import { formatNumber } from '../../core/format.ts';
import type { ChartRow } from './bar-chart.ts';

/** The sentence a screen reader hears for a bar chart: how many parts, the largest, the smallest. */
export function describeBreakdown(rows: readonly ChartRow[], unit: string): string {
	if (rows.length === 0) return '没有数据。';
	const sorted = [...rows].sort((a, b) => b.value - a.value);
	const largest = sorted[0]!;
	const smallest = sorted.at(-1)!;
	const total = rows.reduce((sum, row) => sum + row.value, 0);
	const parts = `共 ${rows.length} 项，合计 ${formatNumber(total)} ${unit}`;
	if (rows.length === 1) return `${parts}。`;
	return `${parts}；最多的是${largest.label}，${formatNumber(largest.value)} ${unit}；最少的是${smallest.label}，${formatNumber(smallest.value)} ${unit}。`;
}

/** The sentence for a trend: where it started, where it is now, and the change. */
export function describeTrend(
	points: readonly { label: string; value: number }[],
	unit: string,
): string {
	if (points.length === 0) return '没有数据。';
	const first = points[0]!;
	const last = points.at(-1)!;
	const change = last.value - first.value;
	const direction = change > 0 ? '增加' : change < 0 ? '减少' : '持平';
	return `${first.label}为 ${formatNumber(first.value)} ${unit}，${last.label}为 ${formatNumber(last.value)} ${unit}，${
		change === 0 ? '保持不变' : `${direction} ${formatNumber(Math.abs(change))} ${unit}`
	}；共 ${points.length} 个时间点。`;
}

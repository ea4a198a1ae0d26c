import { formatNumber } from '../../core/format.ts';
import { linearScale, niceTicks } from './scale.ts';

/** One value of a series at a date. */
export interface TrendPoint {
	date: Date;
	value: number;
	/** How the date is written under the point, e.g. 2023年6月. */
	label: string;
}

export interface TrendChartLayout {
	width: number;
	height: number;
	fontSize: number;
	/** `d` of the line through the points. */
	path: string;
	points: { x: number; y: number; valueText: string; label: string; value: number }[];
	/** Horizontal guide lines with their value written at the left. */
	ticks: { y: number; text: string }[];
	plot: { left: number; right: number; top: number; bottom: number };
}

/**
 * A line chart of a value over time: points placed by their real dates, each marked with a
 * circle and labelled with its value above and its date below, so the trend reads without colour.
 * The value axis need not start at zero (growth of a ledger would be a flat line otherwise); its
 * guide lines are labelled so the scale is never hidden.
 */
export function trendChartLayout(
	series: readonly TrendPoint[],
	{
		width = 320,
		height = 220,
		fontSize = 15,
	}: { width?: number; height?: number; fontSize?: number } = {},
): TrendChartLayout {
	const sorted = [...series].sort((a, b) => a.date.getTime() - b.date.getTime());
	const values = sorted.map((point) => point.value);
	const ticksValues = niceTicks(Math.min(...values), Math.max(...values), 3);
	const tickTexts = ticksValues.map(formatNumber);
	const left = Math.ceil(Math.max(...tickTexts.map((text) => text.length)) * fontSize * 0.6) + 6;
	// Room at the sides for the first and last date labels, which are centred on their points.
	const sideRoom = fontSize * 3;
	const plot = {
		left: left + sideRoom,
		right: width - sideRoom,
		top: fontSize * 2,
		bottom: height - fontSize * 2,
	};
	const times = sorted.map((point) => point.date.getTime());
	const x = linearScale([Math.min(...times), Math.max(...times)], [plot.left, plot.right]);
	const y = linearScale([ticksValues[0] ?? 0, ticksValues.at(-1) ?? 1], [plot.bottom, plot.top]);
	const points = sorted.map((point) => ({
		x: round(x(point.date.getTime())),
		y: round(y(point.value)),
		value: point.value,
		valueText: formatNumber(point.value),
		label: point.label,
	}));
	return {
		width,
		height,
		fontSize,
		path: points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' '),
		points,
		ticks: ticksValues.map((value, index) => ({
			y: round(y(value)),
			text: tickTexts[index] ?? '',
		})),
		plot,
	};
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

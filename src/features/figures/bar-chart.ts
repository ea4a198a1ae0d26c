import { formatNumber } from '../../core/format.ts';
import { textWidthEm, wrapLabel } from './labels.ts';
import { linearScale } from './scale.ts';

/** One category of a breakdown. */
export interface ChartRow {
	label: string;
	value: number;
}

/** Where to draw one bar, its category label (above it) and its value (right after it). */
export interface BarLayout {
	label: string;
	labelLines: { text: string; y: number }[];
	value: number;
	valueText: string;
	x: number;
	y: number;
	width: number;
	height: number;
	valueX: number;
	valueY: number;
}

export interface BarChartLayout {
	width: number;
	height: number;
	fontSize: number;
	bars: BarLayout[];
}

export interface BarChartOptions {
	/** Width of the drawing in SVG units; it scales to the page, so phones read it at about 1:1. */
	width?: number;
	fontSize?: number;
	barHeight?: number;
	unit?: string;
}

/**
 * A horizontal bar chart whose category names sit above the bars and whose values are written
 * right after each bar, so every number can be read without colour or an axis. Long Chinese
 * names wrap. Bars start at zero: their lengths are proportional to the values.
 */
export function barChartLayout(rows: readonly ChartRow[], options: BarChartOptions = {}) {
	const { width = 320, fontSize = 16, barHeight = 16, unit = '' } = options;
	const lineHeight = Math.round(fontSize * 1.3);
	const gap = Math.round(fontSize * 0.8);
	const valueTexts = rows.map((row) => `${formatNumber(row.value)}${unit ? ` ${unit}` : ''}`);
	const valueRoom = Math.ceil(
		Math.max(0, ...valueTexts.map((text) => textWidthEm(text))) * fontSize + fontSize * 0.5,
	);
	const max = Math.max(0, ...rows.map((row) => row.value));
	const length = linearScale([0, max || 1], [0, width - valueRoom]);
	const maxLabelEm = width / fontSize;

	let y = 0;
	const bars = rows.map((row, index): BarLayout => {
		const lines = wrapLabel(row.label, maxLabelEm);
		const labelLines = lines.map((text, line) => ({
			text,
			y: y + fontSize + line * lineHeight,
		}));
		const barY = y + fontSize + (lines.length - 1) * lineHeight + Math.round(fontSize * 0.4);
		const barWidth = Math.max(row.value > 0 ? 2 : 0, length(Math.max(0, row.value)));
		y = barY + barHeight + gap;
		return {
			label: row.label,
			labelLines,
			value: row.value,
			valueText: valueTexts[index] ?? '',
			x: 0,
			y: barY,
			width: round(barWidth),
			height: barHeight,
			valueX: round(barWidth + fontSize * 0.3),
			valueY: round(barY + barHeight / 2 + fontSize * 0.35),
		};
	});
	return { width, height: Math.max(y - gap, 0), fontSize, bars } satisfies BarChartLayout;
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

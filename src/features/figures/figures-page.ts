/** The figures page: the figures of `figures.yaml` in their groups, and the site's own counts. */
import type { CollectionEntry } from 'astro:content';
import { labelOf } from '../../core/entries.ts';

export type FigureData = CollectionEntry<'figures'>['data'];

/** A point of a figure's trend: its date, value and the month it is labelled with. */
export interface TrendPoint {
	date: Date;
	value: number;
	label: string;
}

const monthOf = (date: Date) => `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月`;

/** A figure's history and its current value, oldest first. */
export function trendOf(figure: Pick<FigureData, 'history' | 'asOf' | 'value'>): TrendPoint[] {
	return [...figure.history, { asOf: figure.asOf, value: figure.value }]
		.sort((a, b) => a.asOf.getTime() - b.asOf.getTime())
		.map((point) => ({ date: point.asOf, value: point.value, label: monthOf(point.asOf) }));
}

/** Builds the figures page from the published figures, bases and levels. */
export function figuresPage(
	figures: readonly FigureData[],
	bases: readonly CollectionEntry<'bases'>[],
	levels: ReadonlyMap<string, { label: string }>,
) {
	// Groups keep the order in which editors first use them in figures.yaml.
	const groups = new Map<string, (FigureData & { trend: TrendPoint[] })[]>();
	for (const figure of figures) {
		groups.set(figure.group, [
			...(groups.get(figure.group) ?? []),
			{ ...figure, trend: trendOf(figure) },
		]);
	}
	return {
		groups: [...groups].map(([name, members]) => ({ name, figures: members })),
		// Bases by level are not in the report; the site counts its own published entries.
		basesByLevel: [...levels.keys()]
			.map((level) => ({
				label: labelOf(levels, level),
				value: bases.filter((base) => base.data.level.id === level).length,
			}))
			.filter((row) => row.value > 0),
	};
}

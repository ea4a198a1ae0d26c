/** The home page: what the site holds, counted, and the ways into it. */
import type { CollectionEntry } from 'astro:content';
import { newestFirst } from '../core/format.ts';
import { link } from '../core/links.ts';
import type { SectionKey } from '../core/sections.ts';

/** The published entries the home page counts and shows. */
export interface HomePageEntries {
	figures: readonly CollectionEntry<'figures'>[];
	centers: readonly unknown[];
	stations: readonly unknown[];
	bases: readonly unknown[];
	platforms: readonly unknown[];
	systems: readonly unknown[];
	cases: readonly CollectionEntry<'cases'>[];
}

/** The figures marked `featured`, the count of each section, and the newest three cases. */
export function homePage(entries: HomePageEntries) {
	const entryPoints: { key: SectionKey; count: number; unit: string }[] = [
		{ key: 'centers', count: entries.centers.length, unit: '个' },
		{ key: 'stations', count: entries.stations.length, unit: '个' },
		{ key: 'bases', count: entries.bases.length, unit: '项' },
		{ key: 'platforms', count: entries.platforms.length, unit: '个' },
		{ key: 'systems', count: entries.systems.length, unit: '项' },
		{ key: 'cases', count: entries.cases.length, unit: '篇' },
	];
	return {
		keyFigures: entries.figures
			.filter((figure) => figure.data.featured)
			.map(({ data }) => ({ ...data, href: link(`/figures/#${data.id}`) })),
		entryPoints,
		latestCases: newestFirst(entries.cases).slice(0, 3),
	};
}

/** The district map page (`/map/`): the drawing, its markers and the site list, from the map data. */
import type { MapData } from './map-model.ts';
import { mapNotice } from './notice.ts';
import { aggregateByTown, placeAll, sceneOf, type Placed } from './scene.ts';
import type { SiteKind } from './sites.ts';
import { tilesFor } from './tiles.ts';

/** The smallest distance between two town markers on the drawing, in its units. */
const TOWN_MARKER_SPACING = 44;

/**
 * Up to this many sites the district map draws each site (a dot, a table row, the filter): about
 * 85 bytes of gzipped HTML a site on top of a 6.5 KB page, so 200 sites keep the page near 24 KB,
 * inside the 30 KB budget. A larger district gets the map of its towns: their markers and counts,
 * the sites as merged dots, a table of towns linking to each town's paged list, and every site
 * in the open data files.
 */
export const MAP_SITE_LIMIT = 200;

/**
 * Up to this many sites a town's mini map numbers each site (a marker link and a table row, about
 * 0.2 KB a site); a town with more shows merged dots, its sites being listed below the map.
 */
export const TOWN_MAP_SITE_LIMIT = 60;

/** The diameter of a site dot on the district map, in drawing units: the cell dots merge in. */
export const DOT_CELL = 7;

/** A dot standing for the sites of one kind within one cell of the drawing. */
export interface MergedDot {
	kind: SiteKind;
	x: number;
	y: number;
	/** Sites the dot stands for. */
	count: number;
}

/**
 * Sites of the same kind that would draw on top of each other, merged into one dot per kind and
 * cell of `cell` units (at the cell's centre): what a reader sees is the same, the drawing is
 * bounded by its area instead of the number of sites.
 */
export function mergedDots(
	dots: readonly { kind: SiteKind; x: number; y: number }[],
	cell = DOT_CELL,
): MergedDot[] {
	const merged = new Map<string, MergedDot>();
	for (const { kind, x, y } of dots) {
		const column = Math.floor(x / cell);
		const row = Math.floor(y / cell);
		const key = `${kind}/${column}/${row}`;
		const dot = merged.get(key);
		if (dot) dot.count += 1;
		else merged.set(key, { kind, x: (column + 0.5) * cell, y: (row + 0.5) * cell, count: 1 });
	}
	return [...merged.values()];
}

/** Builds the map page from the map data and the domains, in their order. */
export function mapPage(
	data: MapData,
	domains: readonly { id: string; label: string }[],
	limit = MAP_SITE_LIMIT,
) {
	const scene = sceneOf(data);
	const aggregates = aggregateByTown(data);
	const basemap = data.settings.basemap;
	const placed: Placed[] = placeAll(
		scene,
		data.sites.map((site) => site.point),
	);
	const detailed = data.sites.length <= limit;
	return {
		scene,
		aggregates,
		/** Each site drawn, listed and filterable; false for a district of more than `limit`. */
		detailed,
		anchors: placeAll(
			scene,
			aggregates.map((aggregate) => aggregate.anchor),
			TOWN_MARKER_SPACING,
		),
		/** One dot per site, in the order of `data.sites` (detailed maps only). */
		dots: detailed ? placed : [],
		/** The sites' dots merged by kind and cell (maps over the limit only). */
		merged: detailed
			? []
			: mergedDots(data.sites.map((site, index) => ({ kind: site.kind, ...placed[index]! }))),
		basemap,
		tiles: basemap ? tilesFor(scene.frame, basemap.tiles) : [],
		notice: mapNotice(data.settings),
		// The filter offers only the domains some site on the map serves.
		usedDomains: domains.filter((domain) =>
			data.sites.some((site) => site.domains.some((used) => used.id === domain.id)),
		),
	};
}

/** The id of a town's group in the site list, which its marker links to. */
export function siteGroupId(townId: string | undefined): string {
	return `list-${townId ?? 'district'}`;
}

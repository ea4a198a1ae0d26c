import type { LngLat, SourceCrs } from '../../core/coordinates.ts';

/** The three kinds of place the map shows; each has its own marker shape. */
export const siteKinds = ['centers', 'stations', 'bases'] as const;
export type SiteKind = (typeof siteKinds)[number];

/** A site as the map, its list and the open-data files describe it. */
export interface MapSite {
	/** The entry's slug. */
	id: string;
	/** Center, station or base: decides the marker shape and the kind filter. */
	kind: SiteKind;
	/** Name of the kind, e.g. 同心实践站, or the base kind, e.g. 宗教中国化示范场所. */
	kindLabel: string;
	name: string;
	/** Link to the site's page, under the base path. */
	href: string;
	/** The town or zone; undefined for a district-level site. */
	town?: { id: string; name: string; code?: string | undefined } | undefined;
	/** The village or community, when the site is in one. */
	village?: string | undefined;
	address?: string | undefined;
	domains: { id: string; label: string }[];
	/** In WGS-84/CGCS2000, converted from GCJ-02 or BD-09 when the entry was taken in those. */
	point: LngLat;
	/** The system the entry's numbers were written in. */
	sourceCrs: SourceCrs;
	approximate: boolean;
}

/** A town or the zone, with its seat, for aggregates and labels. */
export interface MapTown {
	id: string;
	name: string;
	shortName: string;
	href: string;
	seat?: LngLat | undefined;
}

/** How many sites of each kind. */
export function countByKind(sites: readonly Pick<MapSite, 'kind'>[]): Record<SiteKind, number> {
	const counts = { centers: 0, stations: 0, bases: 0 };
	for (const site of sites) counts[site.kind] += 1;
	return counts;
}

/** The middle of some points (their mean), for an aggregate that has no seat. */
export function centreOf(points: readonly LngLat[]): LngLat | undefined {
	if (points.length === 0) return undefined;
	return {
		lng: points.reduce((sum, point) => sum + point.lng, 0) / points.length,
		lat: points.reduce((sum, point) => sum + point.lat, 0) / points.length,
	};
}

/** The district map page (`/map/`): the drawing, its markers and the site list, from the map data. */
import type { MapData } from './map-model.ts';
import { mapNotice } from './notice.ts';
import { aggregateByTown, placeAll, sceneOf } from './scene.ts';
import { tilesFor } from './tiles.ts';

/** The smallest distance between two town markers on the drawing, in its units. */
const TOWN_MARKER_SPACING = 44;

/** Builds the map page from the map data and the domains, in their order. */
export function mapPage(data: MapData, domains: readonly { id: string; label: string }[]) {
	const scene = sceneOf(data);
	const aggregates = aggregateByTown(data);
	const basemap = data.settings.basemap;
	return {
		scene,
		aggregates,
		anchors: placeAll(
			scene,
			aggregates.map((aggregate) => aggregate.anchor),
			TOWN_MARKER_SPACING,
		),
		dots: placeAll(
			scene,
			data.sites.map((site) => site.point),
		),
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

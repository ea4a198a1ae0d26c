/**
 * What every map of the site is drawn from: the published sites with their points converted to
 * WGS-84, the towns with their seats, the map settings and the reviewed boundary if there is one.
 * Read once per build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MultiPolygon } from 'geojson';
import { compareChinese } from '../../core/format.ts';
import buildSettings from 'virtual:tongxin/settings';
import { townOf } from '../regions/region-tree.ts';
import { districtBounds, type GeoBounds } from './bounds.ts';
import { toWgs84 } from './coordinates.ts';
import { sceneOf, type Scene } from './scene.ts';
import type { MapSite, MapTown } from './sites.ts';
import { readBoundary } from './validate.ts';
import type { MapSettings } from './map-settings-schema.ts';
import { siteConfig } from '../../core/content.ts';
import { labelOf } from '../../core/entries.ts';
import { towns } from '../regions/region-data.ts';
import { allPlaces } from '../places/place-data.ts';
import { entryLink } from '../../core/links.ts';
import { placeVocabulary } from '../places/place-data.ts';
import { townLink } from '../regions/region-links.ts';
import { placeKind } from '../places/place-words.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';

export interface MapData {
	/** Every published site that has coordinates, ordered by town, then name. */
	sites: MapSite[];
	/** Towns and the zone, in division-code order. */
	towns: MapTown[];
	settings: MapSettings;
	/** The reviewed boundary, when the settings name one. */
	boundary?: MultiPolygon | undefined;
	/** The district's extent; undefined only for content with no points at all. */
	bounds?: GeoBounds | undefined;
	/** Name of the district, e.g. 凤翔区. */
	districtName: string;
}

function readReviewedBoundary(settings: MapSettings): MultiPolygon | undefined {
	if (!settings.boundary) return undefined;
	const file = path.join(buildSettings.contentDir, settings.boundary.file);
	const reading = readBoundary(readFileSync(file, 'utf8'));
	// `npm run build` checks the content first, so this only fires under a bare `astro build`.
	if (!reading.geometry) {
		throw new Error(`边界文件 ${settings.boundary.file} 有误：${reading.problems[0]?.message}`);
	}
	return reading.geometry;
}

async function loadMapData(): Promise<MapData> {
	const [config, places, townList, words] = await Promise.all([
		siteConfig(),
		allPlaces(),
		towns(),
		placeVocabulary(),
	]);
	const mapTowns: MapTown[] = townList.map((town) => ({
		id: town.id,
		name: town.name,
		shortName: town.shortName ?? town.name,
		href: townLink(town),
		seat: town.seat && toWgs84(town.seat),
	}));
	const townOrder = new Map(mapTowns.map((town, index) => [town.id, index]));
	const sites: MapSite[] = places.flatMap((place) => {
		const { coordinates } = place.data;
		if (!coordinates) return [];
		const town = townOf(place.data.region.id, words.regions);
		const region = words.regions.get(place.data.region.id);
		return [
			{
				id: place.id,
				kind: place.collection,
				kindLabel: placeKind(place, words),
				name: place.data.name,
				href: entryLink(place.collection, place.id),
				town: town && { id: town.id, name: town.name, code: town.code },
				village: region?.level === 'village' ? region.name : undefined,
				address: place.data.address,
				domains: place.data.domains.map((domain) => ({
					id: domain.id,
					label: labelOf(words.domains, domain),
				})),
				point: toWgs84(coordinates),
				sourceCrs: coordinates.crs,
				approximate: coordinates.approximate,
			},
		];
	});
	const rank = (site: MapSite) => (site.town ? (townOrder.get(site.town.id) ?? 0) : -1);
	sites.sort((a, b) => rank(a) - rank(b) || compareChinese(a.name, b.name));
	const boundary = readReviewedBoundary(config.map);
	const district = districtBounds({
		setting: config.map.bounds,
		boundary,
		seats: mapTowns.flatMap((town) => (town.seat ? [{ point: town.seat }] : [])),
	});
	return {
		sites,
		towns: mapTowns,
		settings: config.map,
		boundary,
		bounds: district?.bounds,
		districtName: words.regions.get(config.district.id)?.name ?? '本区',
	};
}

/** The map data, read once and shared by every page of a build (read afresh in `astro dev`). */
export function mapData(): Promise<MapData> {
	return oncePerBuild('map-data', loadMapData);
}

/**
 * The whole district's scene, the same for the map page and the mini map of every site page; its
 * outline is drawn around every site, so it is computed once, not once per page.
 */
export function districtScene(): Promise<Scene> {
	return oncePerBuild('district-scene', async () => sceneOf(await mapData()));
}

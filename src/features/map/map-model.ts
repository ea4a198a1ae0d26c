/**
 * What every map of the site is drawn from: the published sites with their points converted to
 * WGS-84, the towns with their seats, the map settings and the reviewed boundary if there is one.
 */
import type { CollectionEntry } from 'astro:content';
import type { MultiPolygon } from 'geojson';
import { labelOf } from '../../core/entries.ts';
import { compareChinese } from '../../core/format.ts';
import { entryLink } from '../../core/links.ts';
import type { PlaceEntry, PlaceVocabulary } from '../places/place-data.ts';
import { placeKind } from '../places/place-words.ts';
import type { Region } from '../regions/region-data.ts';
import { townLink } from '../regions/region-links.ts';
import { townOf } from '../regions/region-tree.ts';
import { districtBounds, type GeoBounds } from './bounds.ts';
import { toWgs84 } from '../../core/coordinates.ts';
import type { MapSettings } from './map-settings-schema.ts';
import type { MapSite, MapTown } from './sites.ts';

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

/** What the map data is made of: the site settings, the published places, the towns. */
export interface MapSources {
	config: Pick<CollectionEntry<'site'>['data'], 'map' | 'district'>;
	places: readonly PlaceEntry[];
	towns: readonly Region[];
	words: PlaceVocabulary;
	/** The reviewed boundary, read from the file the settings name. */
	boundary?: MultiPolygon | undefined;
}

/** Builds the map data from its sources. */
export function buildMapData({
	config,
	places,
	towns: townList,
	words,
	boundary,
}: MapSources): MapData {
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

/**
 * What every map of the site is drawn from: the published sites with their points converted to
 * WGS-84, the towns with their seats, the map settings and the reviewed boundary if there is one.
 * Read once per build; the data itself is built by `buildMapData` (map-model.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MultiPolygon } from 'geojson';
import buildSettings from 'virtual:tongxin/settings';
import { siteConfig } from '../../core/content.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { allPlaces, placeVocabulary } from '../places/place-data.ts';
import { towns } from '../regions/region-data.ts';
import type { MapSettings } from './map-settings-schema.ts';
import { buildMapData, type MapData } from './map-model.ts';
import { sceneOf, type Scene } from './scene.ts';
import { readBoundary } from './validate.ts';

export type { MapData } from './map-model.ts';

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
	return buildMapData({
		config,
		places,
		towns: townList,
		words,
		boundary: readReviewedBoundary(config.map),
	});
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

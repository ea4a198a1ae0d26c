/**
 * The portal's map of every site of every district: the district map's drawing (a schematic
 * outline around the points, build-time SVG) with one aggregate marker per district instead of
 * per town. The sites themselves are drawn as a separate SVG picture (`/map/sites.svg`), so that
 * the page stays light however many sites the districts hold.
 */
import { projectPoint, type MapFrame } from '../map/projection.ts';
import { sceneOf, type District, type Scene } from '../map/scene.ts';
import { siteKinds, type MapSite, type MapTown, type SiteKind } from '../map/sites.ts';
import type { PortalModel } from './portal-model.ts';
import { districtPagePath } from './portal-paths.ts';

/** The city as the map feature draws a district: districts take the place of towns. */
export function cityAsDistrict(
	model: Pick<PortalModel, 'districts'>,
	pageOf: (path: string) => string = (path) => path,
): District {
	const towns: MapTown[] = model.districts.map((district) => ({
		id: district.id,
		name: district.name,
		shortName: district.shortName,
		href: pageOf(districtPagePath(district.id)),
		seat: district.seat,
	}));
	const sites: MapSite[] = model.districts.flatMap((district) =>
		district.sites.map((site) => ({
			id: site.id,
			kind: site.type,
			kindLabel: site.kind,
			name: site.name,
			href: site.path,
			town: { id: district.id, name: district.name },
			village: site.village ?? undefined,
			address: site.address ?? undefined,
			domains: site.domains.map((id, index) => ({ id, label: site.domainLabels[index] ?? id })),
			point: { lng: site.lng, lat: site.lat },
			sourceCrs: 'wgs84',
			approximate: site.approximate,
		})),
	);
	return { sites, towns };
}

/** The scene of the whole city. */
export function cityScene(model: Pick<PortalModel, 'districts'>): Scene {
	return sceneOf(cityAsDistrict(model));
}

/** The colours of the kinds, as `KindShape.astro` paints them on the district maps. */
const KIND_COLOURS: Record<SiteKind, string> = {
	centers: '#a61b1b',
	stations: '#0b5394',
	bases: '#6a3d00',
};
/** Line caps draw a dot with one short move per site: round for centers, square for the others. */
const KIND_CAPS: Record<SiteKind, 'round' | 'square'> = {
	centers: 'round',
	stations: 'square',
	bases: 'square',
};
const DOT = 6;

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * One path of dots: a zero-length line per point, drawn by its line cap, as relative moves (the
 * shortest SVG path text). `rotate` turns the points by −45° so that, drawn in a group rotated by
 * 45°, square caps become the diamonds of the bases.
 */
export function dotsPath(points: readonly { x: number; y: number }[], rotate = false): string {
	let previous = { x: 0, y: 0 };
	const parts: string[] = [];
	for (const point of points) {
		const placed = rotate
			? {
					x: tenth((point.x + point.y) * Math.SQRT1_2),
					y: tenth((point.y - point.x) * Math.SQRT1_2),
				}
			: { x: tenth(point.x), y: tenth(point.y) };
		parts.push(`m${tenth(placed.x - previous.x)} ${tenth(placed.y - previous.y)}h0`);
		previous = placed;
	}
	return parts.join('');
}

/** `/map/sites.svg`: every site as a dot of its kind's colour and shape, in the scene's frame. */
export function sitesSvg(
	frame: MapFrame,
	sites: readonly Pick<MapSite, 'kind' | 'point'>[],
): string {
	const layers = siteKinds.map((kind) => {
		const points = sites
			.filter((site) => site.kind === kind)
			.map((site) => projectPoint(frame, site.point));
		if (points.length === 0) return '';
		const path = `<path d="${dotsPath(points, kind === 'bases')}" stroke="${KIND_COLOURS[kind]}" stroke-width="${DOT}" stroke-linecap="${KIND_CAPS[kind]}"/>`;
		return kind === 'bases' ? `<g transform="rotate(45)">${path}</g>` : path;
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" fill="none">${layers.join('')}</svg>\n`;
}

import type { MultiPolygon } from 'geojson';
import { boundsOf, widen, type GeoBounds } from './bounds.ts';
import type { LngLat } from '../../core/coordinates.ts';
import { fitFrame, kmPerUnit, pathOf, projectPoint, type MapFrame } from './projection.ts';
import { schematicOutline, spreadApart, type Vec } from './shapes.ts';
import { centreOf, countByKind, type MapSite, type MapTown, type SiteKind } from './sites.ts';

/** Width of every map drawing in SVG units; the page scales it to the screen. */
export const MAP_WIDTH = 640;
/**
 * The narrowest a map is drawn, in CSS pixels: a 320 px screen less the page's side padding in
 * the large-text mode. Markers keep their CSS size, so this is where they come closest.
 */
export const NARROWEST_MAP_PX = 278;

/**
 * SVG units between the centres of markers `sizePx` CSS pixels square, so that they never
 * overlap, even on the narrowest screen (WCAG 2.5.8: every target at least 24 × 24 px, clear).
 */
export function markerSpacing(sizePx: number): number {
	return Math.ceil((sizePx * MAP_WIDTH) / NARROWEST_MAP_PX);
}

/** A site marker's box in CSS pixels (`components/SiteMarker.astro` draws it this size). */
export const SITE_MARKER_PX = 32;

/** How far the schematic shape reaches beyond the outermost points. */
const SCHEMATIC_REACH_KM = 2.5;

/** The district as drawn: its points and, when set, its reviewed boundary. */
export interface District {
	sites: readonly MapSite[];
	towns: readonly MapTown[];
	boundary?: MultiPolygon | undefined;
}

/** Everything a map picture needs besides its markers. */
export interface Scene {
	frame: MapFrame;
	/** The boundary, or the schematic shape around the points. */
	outline: { d: string; kind: 'boundary' | 'schematic' };
	/** Length and label of a scale bar of a round number of kilometres. */
	scale: { length: number; label: string };
}

/** A point placed in a scene: SVG units and the CSS position over the drawing. */
export interface Placed {
	x: number;
	y: number;
	style: string;
}

function allPoints(district: District): LngLat[] {
	return [
		...district.sites.map((site) => site.point),
		...district.towns.flatMap((town) => (town.seat ? [town.seat] : [])),
	];
}

function scaleBar(frame: MapFrame): Scene['scale'] {
	const perUnit = kmPerUnit(frame);
	const target = (frame.width / 5) * perUnit;
	const km = [0.5, 1, 2, 5, 10, 20, 50].reduce((best, step) => (step <= target ? step : best), 0.5);
	return { length: Math.round((km / perUnit) * 10) / 10, label: `${km} 公里` };
}

/**
 * The scene of the whole district (`view` omitted) or of a part of it: fitted to `view`, with
 * the district's boundary or schematic shape drawn around it for context.
 */
export function sceneOf(district: District, view?: GeoBounds): Scene {
	const points = allPoints(district);
	const pointBounds = boundsOf(points) ?? { west: 0, south: 0, east: 0, north: 0 };
	// The schematic shape reaches beyond the points; the whole of it should show.
	const target = view ?? district.boundary ?? widen(pointBounds, SCHEMATIC_REACH_KM);
	const frame = fitFrame(target, {
		width: MAP_WIDTH,
		minSpanKm: view ? 5 : 10,
		aspect: view ? [0.6, 0.8] : [0.55, 1.2],
		padding: view ? 32 : 12,
	});
	const outline = district.boundary
		? { d: pathOf(frame, district.boundary), kind: 'boundary' as const }
		: {
				d: schematicOutline(
					points.map((point) => {
						const { x, y } = projectPoint(frame, point);
						return [x, y] as Vec;
					}),
					SCHEMATIC_REACH_KM / kmPerUnit(frame),
				),
				kind: 'schematic' as const,
			};
	return { frame, outline, scale: scaleBar(frame) };
}

/** Places points in the scene, moving apart those closer than `minDistance` SVG units. */
export function placeAll(scene: Scene, points: readonly LngLat[], minDistance = 0): Placed[] {
	const projected = points.map((point) => {
		const { x, y } = projectPoint(scene.frame, point);
		return [x, y] as Vec;
	});
	const spread = minDistance > 0 ? spreadApart(projected, minDistance) : projected;
	return spread.map(([x, y]) => ({
		x,
		y,
		style: `left:${Math.round((x / scene.frame.width) * 10000) / 100}%;top:${Math.round((y / scene.frame.height) * 10000) / 100}%`,
	}));
}

/** The sites of one town and where their aggregate marker goes. */
export interface TownAggregate {
	/** The town, or undefined for district-level sites. */
	town?: MapTown | undefined;
	sites: MapSite[];
	counts: Record<SiteKind, number>;
	anchor: LngLat;
}

/**
 * One aggregate per town (then one for district-level sites), anchored at the town's seat or,
 * without one, at the middle of its sites. Towns with no site still get one, showing 0.
 */
export function aggregateByTown(district: District): TownAggregate[] {
	const groups: TownAggregate[] = [];
	const add = (town: MapTown | undefined, sites: MapSite[]) => {
		const anchor = town?.seat ?? centreOf(sites.map((site) => site.point));
		if (anchor) groups.push({ town, sites, counts: countByKind(sites), anchor });
	};
	for (const town of district.towns) {
		add(
			town,
			district.sites.filter((site) => site.town?.id === town.id),
		);
	}
	// Last, so that when markers are moved apart the towns keep their seats.
	add(
		undefined,
		district.sites.filter((site) => !site.town),
	);
	return groups;
}

/** The rectangle a town's map shows: its seat and its sites. */
export function townView(town: MapTown, sites: readonly MapSite[]): GeoBounds | undefined {
	return boundsOf([...(town.seat ? [town.seat] : []), ...sites.map((site) => site.point)]);
}

/** The town seats placed in the scene, the one of `currentTownId` marked. */
export function placeSeats(
	scene: Scene,
	towns: readonly MapTown[],
	currentTownId: string | undefined,
): (Placed & { current: boolean })[] {
	const seated = towns.filter((town) => town.seat);
	return placeAll(
		scene,
		seated.map((town) => town.seat!),
	).map((seat, index) => ({ ...seat, current: seated[index]!.id === currentTownId }));
}

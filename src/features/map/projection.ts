import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { widen, type GeoBounds } from './bounds.ts';
import type { LngLat } from '../../core/coordinates.ts';

/** A projection fitted to a drawing area of `width` × `height` SVG units. */
export interface MapFrame {
	projection: GeoProjection;
	width: number;
	height: number;
}

export interface FrameOptions {
	/** Width of the drawing in SVG units. */
	width: number;
	/** Space kept free on every side, in SVG units. */
	padding?: number;
	/** The view spans at least this many kilometres, so one point alone is not zoomed to a pixel. */
	minSpanKm?: number;
	/** The height stays between these multiples of the width. */
	aspect?: readonly [min: number, max: number];
}

/** The corners of a rectangle as a GeoJSON MultiPoint, which d3 can fit without any area. */
function cornersOf(bounds: GeoBounds): GeoPermissibleObjects {
	return {
		type: 'MultiPoint',
		coordinates: [
			[bounds.west, bounds.south],
			[bounds.east, bounds.south],
			[bounds.east, bounds.north],
			[bounds.west, bounds.north],
		],
	};
}

/** The rectangle grown around its middle until it spans at least `km` each way. */
function atLeast(bounds: GeoBounds, km: number): GeoBounds {
	const middle = { lng: (bounds.west + bounds.east) / 2, lat: (bounds.south + bounds.north) / 2 };
	const minimum = widen(
		{ west: middle.lng, east: middle.lng, south: middle.lat, north: middle.lat },
		km / 2,
	);
	return {
		west: Math.min(bounds.west, minimum.west),
		south: Math.min(bounds.south, minimum.south),
		east: Math.max(bounds.east, minimum.east),
		north: Math.max(bounds.north, minimum.north),
	};
}

/**
 * A Mercator projection (so Web Mercator basemap tiles line up) fitted to a rectangle or a
 * GeoJSON outline. The height follows the shape of what is shown, within `aspect`.
 */
export function fitFrame(
	target: GeoBounds | GeoPermissibleObjects,
	{ width, padding = 24, minSpanKm = 4, aspect = [0.55, 1.2] }: FrameOptions,
): MapFrame {
	const object = 'west' in target ? cornersOf(atLeast(target, minSpanKm)) : target;
	const inner = width - 2 * padding;
	const projection = geoMercator().fitWidth(inner, object);
	const [[, top], [, bottom]] = geoPath(projection).bounds(object);
	const natural = bottom - top + 2 * padding;
	const height = Math.round(Math.min(Math.max(natural, width * aspect[0]), width * aspect[1]));
	projection.fitExtent(
		[
			[padding, padding],
			[width - padding, height - padding],
		],
		object,
	);
	return { projection, width, height };
}

/** Where a point lands in the frame, in SVG units, rounded to a tenth. */
export function projectPoint(frame: MapFrame, point: LngLat): { x: number; y: number } {
	const [x, y] = frame.projection([point.lng, point.lat]) ?? [Number.NaN, Number.NaN];
	return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

/** The SVG path of a GeoJSON object in the frame. */
export function pathOf(frame: MapFrame, object: GeoPermissibleObjects): string {
	return geoPath(frame.projection).digits(1)(object) ?? '';
}

/** Kilometres per SVG unit in the middle of the frame, for the scale bar. */
export function kmPerUnit(frame: MapFrame): number {
	const [x, y] = [frame.width / 2, frame.height / 2];
	const a = frame.projection.invert?.([x - 50, y]);
	const b = frame.projection.invert?.([x + 50, y]);
	if (!a || !b) return Number.NaN;
	const radians = Math.PI / 180;
	const km = 6371.0088 * Math.abs(b[0] - a[0]) * radians * Math.cos(a[1] * radians);
	return km / 100;
}

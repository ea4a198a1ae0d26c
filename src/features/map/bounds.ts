import { geoBounds, type GeoPermissibleObjects } from 'd3-geo';
import { distanceKm, type LngLat } from '../../core/coordinates.ts';

/** A longitude/latitude rectangle in degrees. */
export interface GeoBounds {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** How far beyond the outermost town seats the district is assumed to reach. */
export const SEAT_MARGIN_KM = 15;
/** A seat farther than this from the seats' median is taken for a typing mistake. */
export const SEAT_OUTLIER_KM = 80;
/** Slack around a reviewed boundary, for points that sit right on its edge. */
export const BOUNDARY_MARGIN_KM = 1;

const KM_PER_DEGREE = 111.32;

/** The smallest rectangle holding every point, or undefined for no points. */
export function boundsOf(points: readonly LngLat[]): GeoBounds | undefined {
	if (points.length === 0) return undefined;
	return {
		west: Math.min(...points.map((point) => point.lng)),
		south: Math.min(...points.map((point) => point.lat)),
		east: Math.max(...points.map((point) => point.lng)),
		north: Math.max(...points.map((point) => point.lat)),
	};
}

/** The rectangle widened by `km` kilometres on every side. */
export function widen(bounds: GeoBounds, km: number): GeoBounds {
	const middleLat = ((bounds.south + bounds.north) / 2) * (Math.PI / 180);
	const latDegrees = km / KM_PER_DEGREE;
	const lngDegrees = km / (KM_PER_DEGREE * Math.max(Math.cos(middleLat), 0.01));
	return {
		west: bounds.west - lngDegrees,
		south: bounds.south - latDegrees,
		east: bounds.east + lngDegrees,
		north: bounds.north + latDegrees,
	};
}

/** Whether the point lies in the rectangle, edges included. */
export function contains(bounds: GeoBounds, point: LngLat): boolean {
	return (
		point.lng >= bounds.west &&
		point.lng <= bounds.east &&
		point.lat >= bounds.south &&
		point.lat <= bounds.north
	);
}

/** The rectangle around a GeoJSON object (d3 measures it on the sphere). */
export function boundsOfGeometry(geometry: GeoPermissibleObjects): GeoBounds {
	const [[west, south], [east, north]] = geoBounds(geometry);
	return { west, south, east, north };
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Seats so far from the others that they must be mistyped; they do not widen the district. */
export function outlyingSeats<S extends { point: LngLat }>(seats: readonly S[]): S[] {
	if (seats.length < 3) return [];
	const centre = {
		lng: median(seats.map((seat) => seat.point.lng)),
		lat: median(seats.map((seat) => seat.point.lat)),
	};
	return seats.filter((seat) => distanceKm(seat.point, centre) > SEAT_OUTLIER_KM);
}

/** Where the district's extent came from, for messages. */
export type BoundsSource = 'setting' | 'boundary' | 'seats';

/**
 * The district's extent: the `map.bounds` setting when given, else the reviewed boundary's
 * rectangle, else the town seats' rectangle widened by SEAT_MARGIN_KM (mistyped seats left out).
 */
export function districtBounds(input: {
	setting?: GeoBounds | undefined;
	boundary?: GeoPermissibleObjects | undefined;
	seats: readonly { point: LngLat }[];
}): { bounds: GeoBounds; source: BoundsSource } | undefined {
	if (input.setting) return { bounds: input.setting, source: 'setting' };
	if (input.boundary) {
		return {
			bounds: widen(boundsOfGeometry(input.boundary), BOUNDARY_MARGIN_KM),
			source: 'boundary',
		};
	}
	const outliers = new Set(outlyingSeats(input.seats));
	const seatBounds = boundsOf(
		input.seats.filter((seat) => !outliers.has(seat)).map((seat) => seat.point),
	);
	return seatBounds && { bounds: widen(seatBounds, SEAT_MARGIN_KM), source: 'seats' };
}

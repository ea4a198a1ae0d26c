import gcoord from 'gcoord';

/** A point in longitude/latitude degrees, CGCS2000/WGS-84 (the two agree to centimetres). */
export interface LngLat {
	lng: number;
	lat: number;
}

/** The coordinate systems an entry may say its numbers were taken in. */
export type SourceCrs = 'wgs84' | 'cgcs2000' | 'gcj02' | 'bd09';

const fromSystem = {
	gcj02: gcoord.GCJ02,
	bd09: gcoord.BD09,
} as const;

/** Rounds to 6 decimals (about 0.1 m), the precision content is stored in. */
function round6(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}

/**
 * The point in WGS-84/CGCS2000. A point copied from 高德/腾讯 (GCJ-02) or 百度 (BD-09) is
 * converted here, once; WGS-84 and CGCS2000 differ by centimetres and are taken as they are.
 */
export function toWgs84({ lng, lat, crs }: LngLat & { crs: SourceCrs }): LngLat {
	if (crs === 'wgs84' || crs === 'cgcs2000') return { lng: round6(lng), lat: round6(lat) };
	const [convertedLng, convertedLat] = gcoord.transform<[number, number]>(
		[lng, lat],
		fromSystem[crs],
		gcoord.WGS84,
	);
	return { lng: round6(convertedLng), lat: round6(convertedLat) };
}

/** An entry's point in WGS-84, keeping whether it is approximate (for schema.org `geo`). */
export function entryPoint(
	coordinates: LngLat & { crs: SourceCrs; approximate?: boolean },
): LngLat & {
	approximate: boolean;
} {
	return { ...toWgs84(coordinates), approximate: coordinates.approximate ?? false };
}

/** Distance between two points in kilometres (haversine, mean Earth radius). */
export function distanceKm(a: LngLat, b: LngLat): number {
	const radians = Math.PI / 180;
	const dLat = (b.lat - a.lat) * radians;
	const dLng = (b.lng - a.lng) * radians;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(dLng / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

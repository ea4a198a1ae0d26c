import { describe, expect, it } from 'vitest';
import { distanceKm, entryPoint, toWgs84 } from '../../../src/core/coordinates.ts';

// 凤翔区城关镇 in WGS-84, and where the same spot reads in the two Chinese web-map systems.
const wgs84 = { lng: 107.3925, lat: 34.5218 };

describe('toWgs84', () => {
	it('keeps WGS-84 and CGCS2000 points as they are (rounded to 6 decimals)', () => {
		expect(toWgs84({ ...wgs84, crs: 'cgcs2000' })).toEqual(wgs84);
		expect(toWgs84({ lng: 107.39250004, lat: 34.52180004, crs: 'wgs84' })).toEqual(wgs84);
	});

	it('converts a GCJ-02 point back by about the offset this area has (~0.5 km)', () => {
		const gcj = { lng: 107.397864, lat: 34.520395 };
		const converted = toWgs84({ ...gcj, crs: 'gcj02' });
		const shift = distanceKm(gcj, converted);
		expect(shift).toBeGreaterThan(0.3);
		expect(shift).toBeLessThan(0.8);
		expect(converted.lng).toBeLessThan(gcj.lng);
	});

	it('converts a BD-09 point by more than a GCJ-02 one (~1.2 km)', () => {
		const bd = { lng: 107.404, lat: 34.5265 };
		const shift = distanceKm(bd, toWgs84({ ...bd, crs: 'bd09' }));
		expect(shift).toBeGreaterThan(0.8);
		expect(shift).toBeLessThan(1.6);
	});

	it('round-trips: a point converted to GCJ-02 comes back to within a metre', async () => {
		const gcoord = (await import('gcoord')).default;
		const [lng, lat] = gcoord.transform<[number, number]>(
			[wgs84.lng, wgs84.lat],
			gcoord.WGS84,
			gcoord.GCJ02,
		);
		const back = toWgs84({ lng, lat, crs: 'gcj02' });
		expect(distanceKm(back, wgs84) * 1000).toBeLessThan(1);
	});
});

describe('entryPoint', () => {
	it('gives schema.org the WGS-84 point and whether it is approximate', () => {
		const gcj = entryPoint({ lng: 107.3925, lat: 34.5218, crs: 'gcj02', approximate: true });
		expect(gcj.approximate).toBe(true);
		// GCJ-02 sits about 0.5 km off here: the point moves back.
		expect(Math.abs(gcj.lng - 107.3925)).toBeGreaterThan(0.003);
		expect(entryPoint({ lng: 107.3925, lat: 34.5218, crs: 'cgcs2000' })).toEqual({
			lng: 107.3925,
			lat: 34.5218,
			approximate: false,
		});
	});
});

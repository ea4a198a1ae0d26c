import { describe, expect, it } from 'vitest';
import { fitFrame, projectPoint } from '../../../src/features/map/projection.ts';
import { tilesFor } from '../../../src/features/map/tiles.ts';
import { readBoundary } from '../../../src/features/map/validate.ts';

const district = { west: 107.25, south: 34.43, east: 107.55, north: 34.62 };

describe('fitFrame', () => {
	it('fits a rectangle inside the drawing, padding kept', () => {
		const frame = fitFrame(district, { width: 640, padding: 20 });
		const corners = [
			projectPoint(frame, { lng: district.west, lat: district.north }),
			projectPoint(frame, { lng: district.east, lat: district.south }),
		];
		for (const { x, y } of corners) {
			expect(x).toBeGreaterThanOrEqual(19.9);
			expect(x).toBeLessThanOrEqual(620.1);
			expect(y).toBeGreaterThanOrEqual(19.9);
			expect(y).toBeLessThanOrEqual(frame.height - 19.9);
		}
		// The wider side touches the padding: the fit is tight, not merely inside.
		expect(Math.max(corners[1]!.x - corners[0]!.x, corners[1]!.y - corners[0]!.y)).toBeGreaterThan(
			Math.min(600, frame.height - 40) - 1,
		);
	});

	it('puts north up and east right', () => {
		const frame = fitFrame(district, { width: 640 });
		const west = projectPoint(frame, { lng: 107.3, lat: 34.5 });
		const east = projectPoint(frame, { lng: 107.5, lat: 34.5 });
		const north = projectPoint(frame, { lng: 107.4, lat: 34.6 });
		expect(east.x).toBeGreaterThan(west.x);
		expect(north.y).toBeLessThan(west.y);
	});

	it('keeps the height within the aspect limits', () => {
		const tall = fitFrame(
			{ west: 107.4, south: 34.0, east: 107.41, north: 35.0 },
			{ width: 640, aspect: [0.5, 1] },
		);
		expect(tall.height).toBe(640);
		const wide = fitFrame(
			{ west: 107.0, south: 34.5, east: 108.0, north: 34.51 },
			{ width: 640, aspect: [0.5, 1] },
		);
		expect(wide.height).toBe(320);
	});

	it('shows a single point at a sensible scale instead of failing', () => {
		const frame = fitFrame(
			{ west: 107.39, south: 34.52, east: 107.39, north: 34.52 },
			{ width: 640, minSpanKm: 4 },
		);
		const point = projectPoint(frame, { lng: 107.39, lat: 34.52 });
		expect(point.x).toBeCloseTo(320, 0);
		const oneKmEast = projectPoint(frame, {
			lng: 107.39 + 1 / (111.32 * Math.cos(0.6025)),
			lat: 34.52,
		});
		expect(oneKmEast.x - point.x).toBeGreaterThan(50);
		expect(oneKmEast.x - point.x).toBeLessThan(200);
	});

	it('fits a clockwise boundary to the district, not to the globe', () => {
		const { geometry } = readBoundary(
			JSON.stringify({
				type: 'Polygon',
				coordinates: [
					[
						[107.25, 34.43],
						[107.25, 34.62],
						[107.55, 34.62],
						[107.55, 34.43],
						[107.25, 34.43],
					],
				],
			}),
		);
		const frame = fitFrame(geometry!, { width: 640, padding: 10 });
		const corner = projectPoint(frame, { lng: 107.25, lat: 34.62 });
		expect(corner.x).toBeCloseTo(10, 0);
	});
});

describe('tilesFor', () => {
	/** The standard slippy-map tile index of a point. */
	function tileOf(lng: number, lat: number, zoom: number) {
		const n = 2 ** zoom;
		const radians = (lat * Math.PI) / 180;
		return {
			x: Math.floor(((lng + 180) / 360) * n),
			y: Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n),
		};
	}

	it('places the standard z/x/y tile under each point', () => {
		const frame = fitFrame(district, { width: 640 });
		const tiles = tilesFor(frame, 'https://tiles.example/{z}/{x}/{y}.png');
		expect(tiles.length).toBeGreaterThan(0);
		for (const lngLat of [
			{ lng: 107.3, lat: 34.5 },
			{ lng: 107.5, lat: 34.6 },
		]) {
			const { x, y } = projectPoint(frame, lngLat);
			const under = tiles.find(
				(tile) => x >= tile.x && x < tile.x + tile.size && y >= tile.y && y < tile.y + tile.size,
			);
			const zoom = Number(under!.href.split('/')[3]);
			const expected = tileOf(lngLat.lng, lngLat.lat, zoom);
			expect(under!.href).toBe(`https://tiles.example/${zoom}/${expected.x}/${expected.y}.png`);
		}
	});

	it('covers the whole drawing', () => {
		const frame = fitFrame(district, { width: 640 });
		const tiles = tilesFor(frame, '//t/{z}/{x}/{y}');
		expect(Math.min(...tiles.map((tile) => tile.x))).toBeLessThanOrEqual(0);
		expect(Math.min(...tiles.map((tile) => tile.y))).toBeLessThanOrEqual(0);
		expect(Math.max(...tiles.map((tile) => tile.x + tile.size))).toBeGreaterThanOrEqual(640);
		expect(Math.max(...tiles.map((tile) => tile.y + tile.size))).toBeGreaterThanOrEqual(
			frame.height,
		);
	});
});

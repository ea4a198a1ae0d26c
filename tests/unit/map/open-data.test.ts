import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openSite, sitesCsv, sitesGeoJson } from '../../../src/features/map/open-data.ts';
import { convexHull, schematicOutline, spreadApart } from '../../../src/features/map/shapes.ts';
import { MAP_WIDTH, markerSpacing, NARROWEST_MAP_PX } from '../../../src/features/map/scene.ts';
import type { MapSite } from '../../../src/features/map/sites.ts';

const site: MapSite = {
	id: 'east-street',
	kind: 'stations',
	kindLabel: '同心实践站',
	name: '东街社区"同心"实践站, 二号',
	href: '/sub/stations/east-street/',
	town: { id: 'easttown', name: '东镇', code: '610305100' },
	village: '东街社区居委会',
	address: '=HYPERLINK("x")',
	domains: [
		{ id: 'town-village', label: '镇村' },
		{ id: 'park', label: '园区' },
	],
	point: { lng: 107.395, lat: 34.523 },
	sourceCrs: 'gcj02',
	approximate: true,
};

describe('open-data serialisers', () => {
	const record = openSite(site, 'https://example.gov.cn');

	it('makes the page link absolute and keeps only public fields', () => {
		expect(record.url).toBe('https://example.gov.cn/sub/stations/east-street/');
		expect(Object.keys(record)).not.toContain('contacts');
		expect(record.domains).toEqual(['town-village', 'park']);
	});

	it('writes CSV that Excel reads: BOM, CRLF, quoted commas and quotes, no formulas', () => {
		const csv = sitesCsv([record]);
		expect(csv.startsWith('\uFEFF编号,名称')).toBe(true);
		expect(csv).toContain('\r\n');
		const [row] = parse<Record<string, string>>(csv.slice(1), { columns: true });
		expect(row!['名称']).toBe(site.name);
		expect(row!['地址']).toBe(`'${site.address}`);
		expect(row!['领域']).toBe('镇村、园区');
		expect(row!['经度']).toBe('107.395');
	});

	it('writes GeoJSON points as [longitude, latitude]', () => {
		const geojson = JSON.parse(sitesGeoJson([record]));
		expect(geojson.features[0].geometry).toEqual({ type: 'Point', coordinates: [107.395, 34.523] });
		expect(geojson.features[0].properties.lng).toBeUndefined();
	});
});

describe('schematic shapes', () => {
	it('finds the convex hull and drops inner points', () => {
		const hull = convexHull([
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10],
			[5, 5],
		]);
		expect(hull).toHaveLength(4);
		expect(hull).not.toContainEqual([5, 5]);
	});

	it('draws a closed outline that reaches beyond every point', () => {
		const d = schematicOutline(
			[
				[100, 100],
				[200, 120],
			],
			20,
		);
		expect(d).toMatch(/^M[\d.,]+(Q[\d.,]+ [\d.,]+)+Z$/);
		const xs = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((match) => Number(match[1]));
		expect(Math.min(...xs)).toBeLessThan(100);
		expect(Math.max(...xs)).toBeGreaterThan(200);
	});

	it('spaces markers so that they stay apart on the narrowest screen', () => {
		// 32 CSS px markers on a 640-unit drawing shown 278 px wide: 32 × 640 / 278 units.
		expect(markerSpacing(32)).toBe(74);
		expect(markerSpacing(32) * (NARROWEST_MAP_PX / MAP_WIDTH)).toBeGreaterThanOrEqual(32);
	});

	it('moves overlapping markers apart and leaves the first where it was', () => {
		const spread = spreadApart(
			[
				[50, 50],
				[50, 50],
				[52, 51],
			],
			30,
		);
		expect(spread[0]).toEqual([50, 50]);
		for (let a = 0; a < spread.length; a += 1) {
			for (let b = a + 1; b < spread.length; b += 1) {
				// Square markers 30 units wide: apart along x or along y, so no corner overlaps.
				expect(
					Math.max(
						Math.abs(spread[a]![0] - spread[b]![0]),
						Math.abs(spread[a]![1] - spread[b]![1]),
					),
				).toBeGreaterThanOrEqual(30);
			}
		}
	});
});

/** The map's checks as an editor meets them: `npm run check` on fixture content with one mistake. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/content-check/index.ts';
import { fixtureChecker } from '../../helpers/content-problems.ts';
import type { FixtureCopy } from '../../helpers/fixture-content.ts';

const { problemsAfter } = fixtureChecker();

/** Gives the fixture station a point. */
function placeStation(copy: FixtureCopy, coordinates: string) {
	copy.edit(
		'stations/east-street.md',
		'level: village\n',
		`level: village\ncoordinates: ${coordinates}\n`,
	);
}

// Clockwise (as d3 wants) square around the fixture town's seat (107.39, 34.52).
const clockwiseSquare = [
	[107.3, 34.45],
	[107.3, 34.6],
	[107.5, 34.6],
	[107.5, 34.45],
	[107.3, 34.45],
];

/** Adds a `map:` block to the fixture's site.yaml. */
function setMap(copy: FixtureCopy, settings: string) {
	copy.edit('site.yaml', 'sampleNotice: true\n', `sampleNotice: true\nmap:\n${settings}\n`);
}

function boundaryFile(ring: number[][]) {
	return JSON.stringify(
		{
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } },
			],
		},
		null,
		2,
	);
}

function useBoundary(copy: FixtureCopy, ring: number[][]) {
	copy.write('boundary.geojson', boundaryFile(ring));
	setMap(copy, '  boundary: { file: boundary.geojson, reviewNumber: 测S(2024)001号 }');
}

describe('coordinates in the district', () => {
	it('accepts a point near the town seat', () => {
		expect(problemsAfter((copy) => placeStation(copy, '{ lng: 107.395, lat: 34.523 }'))).toEqual(
			[],
		);
	});

	it('accepts a GCJ-02 point once converted', () => {
		expect(
			problemsAfter((copy) => placeStation(copy, '{ lng: 107.4004, lat: 34.5215, crs: gcj02 }')),
		).toEqual([]);
	});

	it('reports swapped longitude and latitude on the coordinates line', () => {
		const problems = problemsAfter((copy) => placeStation(copy, '{ lng: 34.523, lat: 107.395 }'));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'stations/east-street.md',
			line: 7,
			field: 'coordinates',
		});
		expect(problems[0]!.message).toContain('经度和纬度写反了');
		expect(formatProblem(problems[0]!)).toMatch(
			/^content\/stations\/east-street\.md:7 {2}coordinates {2}/,
		);
	});

	it('reports a swap that stays within world ranges, judged against the district', () => {
		const problems = problemsAfter((copy) => {
			setMap(copy, '  bounds: { west: 20, south: 40, east: 25, north: 45 }');
			placeStation(copy, '{ lng: 42.1, lat: 22.3 }');
		});
		const station = problems.find((problem) => problem.file === 'stations/east-street.md');
		expect(station).toMatchObject({ field: 'coordinates', line: 7 });
		expect(station!.message).toContain('交换后才在本区范围内');
	});

	it('reports a point outside the district, with the extent it was judged against', () => {
		const problems = problemsAfter((copy) => placeStation(copy, '{ lng: 108.94, lat: 34.34 }'));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'stations/east-street.md', field: 'coordinates' });
		expect(problems[0]!.message).toContain('不在本区范围内');
		expect(problems[0]!.message).toContain('驻地坐标推算');
	});

	it('reports a town seat outside the bounds set in site.yaml', () => {
		const problems = problemsAfter((copy) =>
			setMap(copy, '  bounds: { west: 107.0, south: 34.0, east: 107.2, north: 34.3 }'),
		);
		expect(problems).toEqual([
			expect.objectContaining({ file: 'regions/regions.yaml', line: 10, field: 'seat' }),
		]);
	});

	it('refuses bounds whose west is east of their east', () => {
		const problems = problemsAfter((copy) =>
			setMap(copy, '  bounds: { west: 107.6, south: 34.0, east: 107.2, north: 34.3 }'),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'site.yaml', field: 'map.bounds' });
	});
});

describe('a reviewed boundary', () => {
	it('accepts a clockwise outline and judges points by it', () => {
		expect(problemsAfter((copy) => useBoundary(copy, clockwiseSquare))).toEqual([]);
		const problems = problemsAfter((copy) => {
			useBoundary(copy, clockwiseSquare);
			placeStation(copy, '{ lng: 107.6, lat: 34.52 }');
		});
		expect(problems).toEqual([
			expect.objectContaining({ file: 'stations/east-street.md', field: 'coordinates' }),
		]);
		expect(problems[0]!.message).toContain('按边界文件');
	});

	it('reports an outline wound the RFC 7946 way, naming the polygon and the fix', () => {
		const problems = problemsAfter((copy) => useBoundary(copy, [...clockwiseSquare].reverse()));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'boundary.geojson',
			field: 'features[0].geometry.coordinates',
		});
		expect(problems[0]!.line).toBeGreaterThan(1);
		expect(problems[0]!.message).toContain('外环方向反了');
		expect(problems[0]!.message).toContain('顺时针');
	});

	it('reports projected coordinates (metres) rather than drawing nonsense', () => {
		const problems = problemsAfter((copy) =>
			useBoundary(
				copy,
				clockwiseSquare.map(([lng, lat]) => [lng! * 1000 + 36_000_000, lat! * 100_000]),
			),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toContain('不是经纬度');
	});

	it('reports a boundary file that is not there, on the settings line', () => {
		const problems = problemsAfter((copy) => {
			useBoundary(copy, clockwiseSquare);
			copy.remove('boundary.geojson');
		});
		expect(problems).toEqual([
			expect.objectContaining({ file: 'site.yaml', line: 7, field: 'map.boundary.file' }),
		]);
	});
});

import { geoArea } from 'd3-geo';
import type { MultiPolygon, Position } from 'geojson';
import { contains, type BoundsSource, type GeoBounds } from './bounds.ts';
import type { LngLat } from '../../core/coordinates.ts';

/** Where a point lies relative to the district. */
export type PointVerdict = 'inside' | 'swapped' | 'outside';

/** Inside the district; or outside, and then whether swapping its numbers would put it inside. */
export function judgePoint(point: LngLat, bounds: GeoBounds): PointVerdict {
	if (contains(bounds, point)) return 'inside';
	return contains(bounds, { lng: point.lat, lat: point.lng }) ? 'swapped' : 'outside';
}

const boundsSourceWords: Record<BoundsSource, string> = {
	setting: '按 site.yaml 中 map.bounds 的设置',
	boundary: '按边界文件',
	seats: '按各镇（园区）驻地坐标推算',
};

function formatDegrees(value: number): string {
	return String(Math.round(value * 1000) / 1000);
}

/** The editor-facing message for a point that is not inside the district. */
export function pointMessage(
	verdict: Exclude<PointVerdict, 'inside'>,
	point: LngLat,
	bounds: GeoBounds,
	source: BoundsSource,
): string {
	const range = `东经 ${formatDegrees(bounds.west)}—${formatDegrees(bounds.east)}，北纬 ${formatDegrees(bounds.south)}—${formatDegrees(bounds.north)}`;
	if (verdict === 'swapped') {
		return `经度和纬度写反了：lng 是 ${point.lng}、lat 是 ${point.lat}，交换后才在本区范围内（${range}）。lng 填经度，lat 填纬度，请交换这两个数。`;
	}
	return `坐标（lng ${point.lng}，lat ${point.lat}）不在本区范围内（${boundsSourceWords[source]}：${range}）。请核对坐标；如果是从高德、腾讯或百度地图上取的点，请写上 crs: gcj02 或 crs: bd09。`;
}

/** A reviewed boundary read from GeoJSON, as one MultiPolygon, or what is wrong with it. */
export interface BoundaryReading {
	geometry?: MultiPolygon;
	problems: { path: (string | number)[]; message: string }[];
}

type Json = unknown;

function isRecord(value: Json): value is Record<string, Json> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The polygons of a GeoJSON object with the path each was found at. */
function polygonsOf(
	value: Json,
	path: (string | number)[],
): { polygons: { rings: Json; path: (string | number)[] }[]; problem?: string } {
	if (!isRecord(value)) return { polygons: [], problem: '应为 GeoJSON 对象' };
	switch (value['type']) {
		case 'FeatureCollection': {
			const features = Array.isArray(value['features']) ? value['features'] : [];
			const found = features.map((feature, index) => polygonsOf(feature, ['features', index]));
			const problem = found.find((item) => item.problem)?.problem;
			return {
				polygons: found.flatMap((item) =>
					item.polygons.map((polygon) => ({ ...polygon, path: [...path, ...polygon.path] })),
				),
				...(problem ? { problem } : {}),
			};
		}
		case 'Feature':
			return polygonsOf(value['geometry'], [...path, 'geometry']);
		case 'Polygon':
			return { polygons: [{ rings: value['coordinates'], path: [...path, 'coordinates'] }] };
		case 'MultiPolygon': {
			const list: Json[] = Array.isArray(value['coordinates']) ? value['coordinates'] : [];
			return {
				polygons: list.map((rings, index) => ({
					rings,
					path: [...path, 'coordinates', index],
				})),
			};
		}
		default:
			return {
				polygons: [],
				problem: `边界应为面（Polygon 或 MultiPolygon），这里是“${String(value['type'])}”`,
			};
	}
}

function isPosition(value: Json): value is Position {
	return (
		Array.isArray(value) &&
		value.length >= 2 &&
		typeof value[0] === 'number' &&
		typeof value[1] === 'number'
	);
}

/**
 * Reads a district boundary: it must be polygons in longitude/latitude degrees, and each outer
 * ring must run clockwise, as d3 (which draws the map) expects. RFC 7946 GeoJSON runs them
 * anticlockwise; d3 then takes the polygon for the whole globe outside the district.
 */
export function readBoundary(text: string): BoundaryReading {
	let parsed: Json;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		return {
			problems: [{ path: [], message: `不是有效的 JSON：${(error as Error).message}` }],
		};
	}
	const { polygons, problem } = polygonsOf(parsed, []);
	if (problem) return { problems: [{ path: [], message: `${problem}。` }] };
	if (polygons.length === 0) {
		return {
			problems: [{ path: [], message: '文件中没有边界多边形（Polygon 或 MultiPolygon）。' }],
		};
	}
	const problems: BoundaryReading['problems'] = [];
	const coordinates: Position[][][] = [];
	polygons.forEach(({ rings, path }, index) => {
		const label = polygons.length > 1 ? `第 ${index + 1} 个多边形` : '边界多边形';
		if (
			!Array.isArray(rings) ||
			rings.length === 0 ||
			!rings.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isPosition))
		) {
			problems.push({
				path,
				message: `${label}的坐标格式不对：每个环应是至少 4 个 [经度, 纬度] 点。`,
			});
			return;
		}
		const typed = rings as Position[][];
		if (
			typed.some((ring) => ring.some(([lng, lat]) => Math.abs(lng!) > 180 || Math.abs(lat!) > 90))
		) {
			problems.push({
				path,
				message: `${label}的坐标不是经纬度（数值超出 ±180/±90，可能是以米为单位的投影坐标）。请导出为 CGCS2000 经纬度（EPSG:4490）的 GeoJSON。`,
			});
			return;
		}
		if (geoArea({ type: 'Polygon', coordinates: typed }) > 2 * Math.PI) {
			problems.push({
				path,
				message: `${label}的外环方向反了：地图要求外环按顺时针排列（内环逆时针），而这个文件是逆时针（RFC 7946 的写法），绘制时会把区外的整个地球当作本区。请把各环的点顺序倒过来，例如用 mapshaper 导出时加 gj2008 选项：mapshaper boundary.geojson -o gj2008 boundary.geojson。`,
			});
			return;
		}
		coordinates.push(typed);
	});
	if (problems.length > 0) return { problems };
	return { geometry: { type: 'MultiPolygon', coordinates }, problems: [] };
}

import { readFileSync } from 'node:fs';
import { confinedPath } from '../../core/content-check/text-file.ts';
import type { MultiPolygon } from 'geojson';
import path from 'node:path';
import { formatFieldPath, type ContentProblem } from '../../core/content-check/problem.ts';
import type { ContentRule } from '../../core/content-check/rules.ts';
import { readYamlSingle } from '../../core/content-check/source-file.ts';
import type { CheckedEntry } from '../../core/content-check/validate.ts';
import { coordinatesField } from '../../core/schemas/fields.ts';
import { mapSettingsSchema, type MapSettings } from './map-settings-schema.ts';
import { districtBounds } from './bounds.ts';
import { toWgs84, type LngLat } from '../../core/coordinates.ts';
import { judgePoint, pointMessage, readBoundary } from './validate.ts';

/** The collections whose entries carry a point, and the field that holds it. */
const pointFields = {
	centers: 'coordinates',
	stations: 'coordinates',
	bases: 'coordinates',
	regions: 'seat',
} as const;

interface LocatedPoint {
	entry: CheckedEntry;
	field: string;
	point: LngLat;
}

/** Every point in the content, converted to WGS-84; points that failed their schema are skipped. */
function pointsOf(entries: readonly CheckedEntry[]): LocatedPoint[] {
	return entries.flatMap((entry) => {
		const field = pointFields[entry.collection as keyof typeof pointFields];
		if (!field) return [];
		const value = (entry.raw.data as Record<string, unknown> | undefined)?.[field];
		if (value === undefined) return [];
		const parsed = coordinatesField.safeParse(value);
		return parsed.success ? [{ entry, field, point: toWgs84(parsed.data) }] : [];
	});
}

function settingsOf(entries: readonly CheckedEntry[]): { entry?: CheckedEntry; map?: MapSettings } {
	const entry = entries.find((candidate) => candidate.collection === 'site');
	const raw = (entry?.raw.data as { map?: unknown } | undefined)?.map ?? {};
	const parsed = mapSettingsSchema.safeParse(raw);
	return { ...(entry ? { entry } : {}), ...(parsed.success ? { map: parsed.data } : {}) };
}

/** Reads the reviewed boundary the settings name, reporting a missing or unusable file. */
function boundaryOf(
	site: CheckedEntry | undefined,
	map: MapSettings | undefined,
	root: string,
	exists: (relative: string) => boolean,
): { geometry?: MultiPolygon; problems: ContentProblem[] } {
	const file = map?.boundary?.file;
	if (!file || !site) return { problems: [] };
	if ('outside' in confinedPath(root, file)) {
		return {
			problems: [
				{
					file: site.raw.file,
					line: site.raw.lineOf(['map', 'boundary', 'file']),
					field: 'map.boundary.file',
					message: `边界文件 ${file} 在 content/ 之外（或是指向外面的链接），不能使用。请把它放进 content/，例如 content/map/boundary.geojson。`,
				},
			],
		};
	}
	if (!exists(file)) {
		return {
			problems: [
				{
					file: site.raw.file,
					line: site.raw.lineOf(['map', 'boundary', 'file']),
					field: 'map.boundary.file',
					message: `找不到边界文件（应在 content/${file}）。请检查文件名，或删去 map.boundary 这一项，地图将画成示意图。`,
				},
			],
		};
	}
	const text = readFileSync(path.join(root, file), 'utf8');
	const reading = readBoundary(text);
	if (reading.geometry) return { geometry: reading.geometry, problems: [] };
	// JSON is YAML, so the YAML reader can tell the line of each bad polygon.
	const lines = readYamlSingle(file, text).entry;
	return {
		problems: reading.problems.map((problem) => ({
			file,
			line: lines?.lineOf(problem.path) ?? 1,
			field: formatFieldPath(problem.path) || undefined,
			message: `边界文件有误：${problem.message}`,
		})) as ContentProblem[],
	};
}

/**
 * Every site and town seat must lie in the district: a point outside it, or with its longitude
 * and latitude swapped, stops the build naming the file and line. Also checks the reviewed
 * boundary file, when the settings name one.
 */
export const findMisplacedPoints: ContentRule = (entries, { root, exists }) => {
	const { entry: site, map } = settingsOf(entries);
	const boundary = boundaryOf(site, map, root, exists);
	const points = pointsOf(entries);
	const seats = points.filter((located) => located.field === 'seat');
	const district = districtBounds({
		setting: map?.bounds,
		boundary: boundary.geometry,
		seats,
	});
	const problems: ContentProblem[] = [...boundary.problems];
	if (!district) return problems;
	for (const { entry, field, point } of points) {
		const verdict = judgePoint(point, district.bounds);
		if (verdict === 'inside') continue;
		problems.push({
			file: entry.raw.file,
			line: entry.raw.lineOf([field]),
			field,
			message: pointMessage(verdict, point, district.bounds, district.source),
		});
	}
	return problems;
};

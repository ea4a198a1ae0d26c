import { z } from 'astro/zod';
import { textField } from '../../core/schemas/fields.ts';

const degrees = (label: string, limit: number) =>
	z
		.number({ error: `${label}应为数字（度）` })
		.min(-limit, { error: `${label}应在 -${limit} 到 ${limit} 之间` })
		.max(limit, { error: `${label}应在 -${limit} 到 ${limit} 之间` });

/** A longitude/latitude rectangle in CGCS2000/WGS-84 degrees. */
export const boundsSchema = z
	.object({
		/** Westernmost longitude. */
		west: degrees('西边经度', 180),
		/** Southernmost latitude. */
		south: degrees('南边纬度', 90),
		/** Easternmost longitude. */
		east: degrees('东边经度', 180),
		/** Northernmost latitude. */
		north: degrees('北边纬度', 90),
	})
	.refine(({ west, east }) => west < east, { error: '西边经度（west）应小于东边经度（east）' })
	.refine(({ south, north }) => south < north, {
		error: '南边纬度（south）应小于北边纬度（north）',
	});

/** The map settings in `content/site.yaml`; every one is optional. */
export const mapSettingsSchema = z.object({
	/**
	 * The district's extent. Points outside it stop the build. Without it the extent is the
	 * boundary's (when there is one), else the town seats' widened by about 15 km.
	 */
	bounds: boundsSchema.optional(),
	/** An authoritative, reviewed outline of the district, drawn instead of the schematic shape. */
	boundary: z
		.object({
			/** GeoJSON file under `content/`, longitude/latitude in CGCS2000, e.g. `map/boundary.geojson`. */
			file: z
				.string({ error: '应为边界文件的路径，例如 map/boundary.geojson' })
				.regex(/^[^/\\][^\\]*\.(?:geo)?json$/i, {
					error: '边界文件应是 content/ 下的 .geojson 文件，例如 map/boundary.geojson',
				}),
			/** The map review number (审图号) the outline was approved under, shown on the map. */
			reviewNumber: textField.optional(),
		})
		.optional(),
	/**
	 * Tiles drawn behind the map page's map, off by default. The browser loads them from this
	 * server, so use an intranet tile server or 天地图 with the deployer's own key.
	 */
	basemap: z
		.object({
			/** URL template of Web Mercator (EPSG:3857) tiles in WGS-84/CGCS2000, with {z}, {x} and {y}. */
			tiles: z
				.string({ error: '应为瓦片地址模板，例如 https://tiles.example.gov.cn/{z}/{x}/{y}.png' })
				.regex(/^(?:https?:)?\/\//, { error: '瓦片地址应以 http://、https:// 或 // 开头' })
				.refine((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), {
					error: '瓦片地址模板应包含 {z}、{x} 和 {y}',
				}),
			/** Credit line the tile provider requires, shown under the map. */
			attribution: textField,
		})
		.optional(),
});

export type MapSettings = z.infer<typeof mapSettingsSchema>;

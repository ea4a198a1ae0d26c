import { z } from 'astro/zod';
import { documented } from '../../core/schemas/field-docs.ts';
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
		west: documented(degrees('西边经度', 180), {
			label: '西边经度',
			help: '最西边的经度',
			example: '107.15',
		}),
		/** Southernmost latitude. */
		south: documented(degrees('南边纬度', 90), {
			label: '南边纬度',
			help: '最南边的纬度',
			example: '34.33',
		}),
		/** Easternmost longitude. */
		east: documented(degrees('东边经度', 180), {
			label: '东边经度',
			help: '最东边的经度',
			example: '107.65',
		}),
		/** Northernmost latitude. */
		north: documented(degrees('北边纬度', 90), {
			label: '北边纬度',
			help: '最北边的纬度',
			example: '34.77',
		}),
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
	bounds: documented(boundsSchema.optional(), {
		label: '本区范围',
		help: '本区的经纬度范围，超出范围的坐标会让构建停止；不填时按各镇驻地推算',
		example: '{ west: 107.15, south: 34.33, east: 107.65, north: 34.77 }',
	}),
	/** An authoritative, reviewed outline of the district, drawn instead of the schematic shape. */
	boundary: documented(
		z
			.object({
				/** GeoJSON file under `content/`, longitude/latitude in CGCS2000, e.g. `map/boundary.geojson`. */
				file: documented(
					z
						.string({ error: '应为边界文件的路径，例如 map/boundary.geojson' })
						.regex(/^[^/\\][^\\]*\.(?:geo)?json$/i, {
							error: '边界文件应是 content/ 下的 .geojson 文件，例如 map/boundary.geojson',
						}),
					{
						label: '区界文件',
						help: 'content/ 下的 GeoJSON 文件，CGCS2000 经纬度，外环顺时针',
						example: 'map/boundary.geojson',
					},
				),
				/** The map review number (审图号) the outline was approved under, shown on the map. */
				reviewNumber: documented(textField.optional(), {
					label: '审图号',
					help: '区界审定时的审图号，显示在地图上（选填）',
					example: '陕S(2024)000号',
				}),
			})
			.optional(),
		{
			label: '审定的区界',
			help: '经审核的区界；不填时地图是示意图',
			example: '{ file: map/boundary.geojson, reviewNumber: 陕S(2024)000号 }',
		},
	),
	/**
	 * Tiles drawn behind the map page's map, off by default. The browser loads them from this
	 * server, so use an intranet tile server or 天地图 with the deployer's own key.
	 */
	basemap: documented(
		z
			.object({
				/** URL template of Web Mercator (EPSG:3857) tiles in WGS-84/CGCS2000, with {z}, {x} and {y}. */
				tiles: documented(
					z
						.string({
							error: '应为瓦片地址模板，例如 https://tiles.example.gov.cn/{z}/{x}/{y}.png',
						})
						.regex(/^(?:https?:)?\/\//, { error: '瓦片地址应以 http://、https:// 或 // 开头' })
						.refine((url) => ['{z}', '{x}', '{y}'].every((part) => url.includes(part)), {
							error: '瓦片地址模板应包含 {z}、{x} 和 {y}',
						}),
					{
						label: '瓦片地址',
						help: '底图瓦片的地址模板，含 {z}、{x}、{y}：内网瓦片服务或带本单位密钥的天地图',
						example: 'https://tiles.example.gov.cn/vec/{z}/{x}/{y}.png',
					},
				),
				/** Credit line the tile provider requires, shown under the map. */
				attribution: documented(textField, {
					label: '底图署名',
					help: '瓦片提供方要求的署名，显示在地图下方',
					example: '底图：某某单位',
				}),
			})
			.optional(),
		{
			label: '底图',
			help: '站点地图页背后的底图瓦片，默认不用（选填）',
			example:
				'{ tiles: https://tiles.example.gov.cn/vec/{z}/{x}/{y}.png, attribution: 底图：某某单位 }',
		},
	),
});

export type MapSettings = z.infer<typeof mapSettingsSchema>;

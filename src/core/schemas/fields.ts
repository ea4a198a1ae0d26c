import { z } from 'astro/zod';
import { documented } from './field-docs.ts';
import type { SchemaHelpers } from './helpers.ts';

/** An ASCII slug used in URLs: lower-case letters, digits and single hyphens (pinyin or English). */
export const slugField = z
	.string({ error: '应为文字（网址名）' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: '网址名只能用小写英文字母、数字和连字符，例如 chengguan-zhen',
	});

/**
 * The id of an entry in a YAML list (a taxonomy term, a region, a figure). A division code
 * written without quotes arrives as a number and is taken as its digits.
 */
export const listIdField = z
	.union([z.string(), z.number().int().nonnegative().transform(String)], {
		error: '编号应为文字，例如 enterprise',
	})
	.pipe(
		z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
			error: '编号只能用小写英文字母、数字和连字符',
		}),
	);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealCalendarDate(text: string): boolean {
	const [year, month, day] = text.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/**
 * A calendar date written `YYYY-MM-DD`. YAML turns an unquoted date into a Date already; a
 * quoted one stays text and is checked here, so `2023-02-30` is refused rather than rolled over.
 */
export const dateField = z.union(
	[
		z.date().refine((date) => !Number.isNaN(date.getTime()), { error: '日期无效' }),
		z
			.string()
			.regex(ISO_DATE, { error: '日期格式应为 YYYY-MM-DD，例如 2023-06-01' })
			.refine(isRealCalendarDate, { error: '这一天不存在，请检查月和日' })
			.transform((text) => new Date(`${text}T00:00:00Z`)),
	],
	{ error: '应为日期，格式 YYYY-MM-DD，例如 2023-06-01' },
);

/** Who may see an entry: `public` reaches every build, `internal` only the intranet build. */
export const visibilityField = z
	.enum(['public', 'internal'], { error: '只能是 public（公开）或 internal（内部）' })
	.default('public');

/** A non-empty line of Chinese text such as a name or a title. */
export const textField = z.string({ error: '应为文字' }).trim().min(1, { error: '不能为空' });

/** A short plain-text summary shown on cards and in search results. */
export const summaryField = documented(textField.max(200, { error: '摘要不超过 200 字' }), {
	label: '简介',
	help: '一两句话，显示在卡片和搜索结果里，不超过 200 字',
	example: '区政府驻地镇的统战阵地，联系城区各社区实践站。',
});

/** Fields of work (领域) an entry serves; at least one (ids in `taxonomies/domains.yaml`). */
export function domainsField({ reference }: Pick<SchemaHelpers, 'reference'>) {
	return documented(z.array(reference('domains')).min(1, { error: '至少填写一个领域' }), {
		label: '领域',
		help: '所属工作领域，至少一个；写 taxonomies/domains.yaml 里的编号（台账里也可以写中文名称）',
		example: '[town-village, private-economy]',
	});
}

/**
 * Coordinates of a point. Stored as longitude/latitude in CGCS2000/WGS-84; a point copied from
 * 高德/腾讯 (GCJ-02) or 百度 (BD-09) says so in `crs` and the build converts it once.
 */
export const coordinatesField = z
	.object({
		/** Longitude in degrees east, up to 6 decimals. */
		lng: documented(
			z
				.number({ error: '经度应为数字，例如 107.3925' })
				.min(-180, { error: '经度应在 -180 到 180 之间' })
				.max(180, { error: '经度应在 -180 到 180 之间' }),
			{ label: '经度', help: '东经度数，最多 6 位小数', example: '107.3925' },
		),
		/** Latitude in degrees north, up to 6 decimals; its range is checked with the longitude. */
		lat: documented(z.number({ error: '纬度应为数字，例如 34.5215' }), {
			label: '纬度',
			help: '北纬度数，最多 6 位小数',
			example: '34.5218',
		}),
		/** Coordinate system the numbers were taken in. */
		crs: documented(
			z
				.enum(['wgs84', 'cgcs2000', 'gcj02', 'bd09'], {
					error: '坐标系只能是 wgs84、cgcs2000、gcj02（高德/腾讯）或 bd09（百度）',
				})
				.default('cgcs2000'),
			{
				label: '坐标系',
				help: '坐标从哪里取得：cgcs2000（默认，天地图）、wgs84（GPS）、gcj02（高德、腾讯地图）、bd09（百度地图）',
				example: 'gcj02',
			},
		),
		/** True when the point is approximate (for example invented for the sample). */
		approximate: documented(z.boolean().default(false), {
			label: '坐标为近似',
			help: '坐标只是大致位置时写 true',
			example: 'false',
		}),
	})
	.superRefine(({ lng, lat }, context) => {
		if (Math.abs(lat) <= 90) return;
		// A latitude beyond ±90 whose longitude would be a valid latitude is almost always a swap.
		const swapped = Math.abs(lng) <= 90;
		context.addIssue({
			code: 'custom',
			path: swapped ? [] : ['lat'],
			message: swapped
				? `经度和纬度写反了：lat（纬度）是 ${lat}，超出了 -90 到 90 的范围。lng 填经度（东经，如 107.39），lat 填纬度（北纬，如 34.52），请交换这两个数。`
				: '纬度应在 -90 到 90 之间',
		});
	});

/** An internal contact person; internal-only, never in the public build. */
export const contactField = z.object({
	/** Role, e.g. 统战委员. */
	role: documented(textField, {
		label: '联系人职务',
		help: '职务，例如 统战委员',
		example: '统战委员',
	}),
	/** Name of the person. */
	name: documented(textField, { label: '联系人姓名', help: '姓名', example: '张三' }),
	/** Phone number; digits written without quotes are taken as text. */
	phone: documented(z.union([z.string(), z.number().transform(String)]).optional(), {
		label: '联系人电话',
		help: '办公电话（选填）',
		example: '0917-0000000',
	}),
});

import { z } from 'astro/zod';
import { documented } from '../../core/schemas/field-docs.ts';
import { entrySections, type EntrySection } from '../../core/sections.ts';

/** The sections (栏目) the inspection looks at: the collections with a page per entry. */
export const inspectedSections = entrySections;
export type InspectedSection = EntrySection;

/**
 * How many days a section may go without a new or changed entry: a number of days, or `off` for
 * a section that is not expected to change (and then is not checked).
 */
const limitField = z.union(
	[
		z.number().int({ error: '应为天数（整数）' }).positive({ error: '应为天数（大于 0）' }),
		// The form (and a quoted YAML value) gives text: `off`, or the days written as digits.
		z
			.string()
			.trim()
			.regex(/^(?:off|[1-9]\d*)$/, { error: '应为天数（例如 14、180），或 off（不检查）' })
			.transform((text): number | 'off' => (text === 'off' ? 'off' : Number(text))),
	],
	{ error: '应为天数（例如 14、180），或 off（不检查）' },
);

const sectionLimit = (label: string, fallback: string) =>
	documented(limitField.optional(), {
		label: `${label}更新期限`,
		help: `${label}栏目多少天没有新内容算“未及时更新”；off 表示不检查。不写按检查指标的默认值：${fallback}`,
		example: fallback === '14 天' ? '14' : '180',
	});

/** What `content/site.yaml` says to `npm run inspect` (`inspection:`). */
export const inspectionSettingsSchema = z.object({
	/** Per section: days without an update before it counts as stale (defaults: news 14, others 180). */
	staleAfter: documented(
		z
			.object({
				centers: sectionLimit('实践中心', '180 天'),
				stations: sectionLimit('实践站', '180 天'),
				bases: sectionLimit('示范基地', '180 天'),
				platforms: sectionLimit('品牌阵地', '180 天'),
				systems: sectionLimit('工作制度', '180 天'),
				cases: sectionLimit('案例', '14 天'),
			})
			.default({}),
		{
			label: '栏目更新期限',
			help: '各栏目多少天没有新内容算“未及时更新”（天数或 off）；不写按检查指标：动态类 14 天，其他 180 天',
			example: '{ cases: 14, systems: off }',
		},
	),
});
export type InspectionSettings = z.output<typeof inspectionSettingsSchema>;

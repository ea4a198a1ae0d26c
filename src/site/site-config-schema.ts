import { z } from 'astro/zod';
import { documented } from '../core/schemas/field-docs.ts';
import { textField } from '../core/schemas/fields.ts';
import type { SchemaHelpers } from '../core/schemas/helpers.ts';
import { siteIdentitySchema } from '../core/schemas/site-identity.ts';
import { mapSettingsSchema } from '../features/map/map-settings-schema.ts';
import {
	DEFAULT_REVIEW_LEVELS,
	reviewSettingsSchema,
} from '../features/review/review-settings-schema.ts';
import { wordingCheckField } from '../features/wording/wording-schema.ts';
import { inspectionSettingsSchema } from '../features/inspection/inspection-settings-schema.ts';

/** Identity of the site: `content/site.yaml`. Every field shows in the header or footer. */
export function siteConfigSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
	return siteIdentitySchema.extend({
		/** The district region (id in `content/regions`). */
		district: documented(reference('regions'), {
			label: '本区',
			help: '网站所属的区：regions/regions.yaml 里区的编号',
			example: 'fengxiang',
		}),
		/**
		 * Exact texts the personal-data guard lets through, such as an office hotline that happens
		 * to be a mobile number. Each one is published as written.
		 */
		personalDataAllowList: documented(z.array(textField).default([]), {
			label: '个人信息检查放行',
			help: '个人信息检查放行的原文，例如恰好是手机号的办公热线；每一项都会照原样公开',
			example: '["13800000000"]',
		}),
		/** Map settings: district extent, reviewed boundary, basemap tiles (see `map-settings.ts`). */
		map: documented(mapSettingsSchema.default({}), {
			label: '地图设置',
			help: '本区范围、审定的区界和底图，都可以不填',
			example: '{ bounds: { west: 107.15, south: 34.33, east: 107.65, north: 34.77 } }',
		}),
		/** Which review levels a public entry needs (三审三校), and whether sample entries are exempt. */
		review: documented(
			reviewSettingsSchema.default({ levels: [...DEFAULT_REVIEW_LEVELS], sampleExempt: false }),
			{
				label: '审核设置',
				help: '公开的条目要通过哪几级审核，以及示例条目是否免审；不写即 初审、复审、终审，示例不免审',
				example: '{ levels: [初审, 复审, 终审], sampleExempt: false }',
			},
		),
		/** Whether a hit of the wording check (content/wording.yaml) stops the build or warns. */
		wordingCheck: documented(wordingCheckField, {
			label: '错敏词检查',
			help: 'refuse：发现错敏词（content/wording.yaml）时停止构建（默认）；warn：只提醒',
			example: 'refuse',
		}),
		/**
		 * Where 修订记录 and 最后更新 come from: the content files' git commits (an editor's commit
		 * message is the summary), or only what the entries say (`revisions`, their dates).
		 */
		revisionHistory: documented(z.enum(['git', 'entries']).default('git'), {
			label: '修订记录来源',
			help: 'git：取自内容文件的 git 提交记录，提交说明即修订摘要（默认）；entries：只用条目里的 revisions 和日期',
			example: 'git',
		}),
		/** What `npm run inspect` holds the site to: how long each section may go without news. */
		inspection: documented(inspectionSettingsSchema.default({ staleAfter: {} }), {
			label: '网站检查设置',
			help: 'npm run inspect 的设置：各栏目的更新期限（staleAfter）',
			example: '{ staleAfter: { cases: 14 } }',
		}),
	});
}

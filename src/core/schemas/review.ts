import { z } from 'astro/zod';
import { documented } from './field-docs.ts';
import { dateField, textField } from './fields.ts';
import { internalOnly } from './internal.ts';

/** One review level signed off (三审三校: 初审, 复审, 终审 …). */
export const reviewLevelField = z.object({
	/** The level's name, as `content/site.yaml` lists it under `review.levels`. */
	level: documented(textField, {
		label: '审核级别',
		help: '审核级别的名称，和 site.yaml 里 review.levels 的写法一致，例如 初审',
		example: '初审',
	}),
	/** Who signed it off. Internal-only with the whole review record. */
	reviewer: documented(textField, {
		label: '审核人',
		help: '审核人姓名（只出现在内网版）',
		example: '李明',
	}),
	/** The day it was signed off. */
	date: documented(dateField, {
		label: '审核日期',
		help: '审核通过的日期',
		example: '2024-04-22',
	}),
});

/**
 * Who wrote an entry and who reviewed it at each level. The whole record is internal-only: the
 * names of authors and reviewers never reach the public build, which needs only its verdict
 * (an entry whose review is incomplete does not exist there at all).
 */
export const reviewRecordSchema = z.object({
	/** Who wrote the entry. */
	author: documented(textField.optional(), {
		label: '撰稿人',
		help: '撰稿人姓名（只出现在内网版）',
		example: '王芳',
	}),
	/** When it was written. */
	written: documented(dateField.optional(), {
		label: '撰稿日期',
		help: '稿件写成的日期',
		example: '2024-04-20',
	}),
	/** The levels signed off so far, in order. */
	levels: documented(z.array(reviewLevelField).default([]), {
		label: '审核记录',
		help: '已经通过的各级审核，每级写级别、审核人和日期',
		example: '[{ level: 初审, reviewer: 李明, date: 2024-04-22 }]',
	}),
});
export type ReviewRecord = z.output<typeof reviewRecordSchema>;

/** The review record and the publishing window every Markdown/MDX entry may carry. */
export const reviewFields = {
	/** 三审三校: author and each review level; internal-only. */
	review: internalOnly(
		documented(reviewRecordSchema.optional(), {
			label: '审核',
			help: '撰稿人和各级审核（初审、复审、终审）的记录；审核没有走完的条目不进入公开版。整个记录只出现在内网版',
			example:
				'{ author: 王芳, written: 2024-04-20, levels: [{ level: 初审, reviewer: 李明, date: 2024-04-22 }] }',
		}),
		'审核记录（撰稿人、审核人姓名）',
	),
	/** The first day the entry is public (scheduled publishing). */
	publishFrom: documented(dateField.optional(), {
		label: '发布日期',
		help: '从这一天起才出现在公开版（定时发布）；不填即审核通过后就发布',
		example: '2024-05-01',
	}),
	/** The last day the entry is public (a notice that expires). */
	publishUntil: documented(dateField.optional(), {
		label: '撤下日期',
		help: '公开到这一天为止，之后的构建不再包含它（到期的通知）；不填即一直公开',
		example: '2024-12-31',
	}),
};

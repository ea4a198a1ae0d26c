import { z } from 'astro/zod';
import { documented } from '../../core/schemas/field-docs.ts';
import { textField } from '../../core/schemas/fields.ts';

/** The review levels a public entry needs when `site.yaml` does not say (三审三校). */
export const DEFAULT_REVIEW_LEVELS = ['初审', '复审', '终审'] as const;

/** What `content/site.yaml` says about review before publishing (`review:`). */
export const reviewSettingsSchema = z.object({
	/** The levels every public entry must have signed off, in order; empty: no review needed. */
	levels: documented(
		z
			.array(textField)
			.default([...DEFAULT_REVIEW_LEVELS])
			.refine((levels) => new Set(levels).size === levels.length, {
				error: '审核级别不能重复',
			}),
		{
			label: '审核级别',
			help: '公开的条目要依次通过的审核级别；默认 初审、复审、终审。写 [] 表示不需要审核',
			example: '[初审, 复审, 终审]',
		},
	),
	/** Whether entries marked `sample: true` are published without review (the sample site). */
	sampleExempt: documented(z.boolean({ error: '应为 true 或 false' }).default(false), {
		label: '示例免审',
		help: '为 true 时，标了 sample: true 的示例条目不经审核也公开；换成真实内容后改为 false',
		example: 'false',
	}),
});
export type ReviewSettings = z.output<typeof reviewSettingsSchema>;

import { z } from 'astro/zod';
import { documented } from './field-docs.ts';
import { dateField, slugField, textField, visibilityField } from './fields.ts';
import { internalOnly } from './internal.ts';
import { reviewFields } from './review.ts';

/** Fields every Markdown/MDX entry carries, whatever its collection. */
export const entryBaseSchema = z.object({
	/** URL name of the entry (pinyin or English); also its id, so it must be unique in its folder. */
	slug: documented(slugField, {
		label: '网址名',
		help: '网页地址里的名字，只用小写拼音或英文、数字和连字符，同类条目里不能重复；`npm run new` 会按名称的拼音自动生成',
		example: 'chengguan-zhen',
	}),
	/** Who may see it: `public` (default) or `internal` (intranet build only). */
	visibility: documented(visibilityField, {
		label: '公开范围',
		help: 'public（公开，默认）或 internal（内部，只出现在内网版）',
		example: 'public',
	}),
	/** True when the entry holds details invented for the sample site (address, photo, items…). */
	sample: documented(z.boolean({ error: '应为 true 或 false' }).default(false), {
		label: '示例数据',
		help: '条目里有为示例编造的内容（地址、图片等）时写 true，网站会标明“示例”',
		example: 'false',
	}),
	/** Date the entry was last checked by an editor. */
	updated: documented(dateField.optional(), {
		label: '核对日期',
		help: '编辑最近一次核对这条内容的日期',
		example: '2024-04-23',
	}),
	...reviewFields,
	/** Wordings of `content/wording.yaml` that are right in this entry (a historical name…). */
	wordingAllow: documented(z.array(textField).default([]), {
		label: '错敏词放行',
		help: '错敏词表（content/wording.yaml）里在本条中确实要用的写法，例如引用历史名称；只对本条放行',
		example: '[万企帮万村]',
	}),
	/** Notes for staff; internal-only. */
	internalNotes: internalOnly(
		documented(textField.optional(), {
			label: '内部备注',
			help: '写给工作人员看的备注，只出现在内网版',
			example: '门牌待核实',
		}),
		'内部备注',
	),
});

import { z } from 'astro/zod';
import { documented } from '../../core/schemas/field-docs.ts';
import { textField } from '../../core/schemas/fields.ts';

/** A box of a structure diagram on the lowest row: who or what, and a short line under it. */
const structureLeaf = z.object({
	/** Text in the box, e.g. 区委书记. */
	label: documented(textField, {
		label: '下列框文字',
		help: '下一列中一个框的文字',
		example: '区委书记',
	}),
	/** A short line under the label, e.g. 第一责任人. */
	note: documented(textField.optional(), {
		label: '下列框说明',
		help: '下一列框文字下面的一行小字（选填）',
		example: '第一责任人',
	}),
});

/** A box on the second row, with the boxes under it. */
const structureBranch = z.object({
	/** Text in the box, e.g. 园区. */
	label: documented(textField, { label: '框内文字', help: '这个框里的文字', example: '园区' }),
	/** A short line under the label. */
	note: documented(textField.optional(), {
		label: '框内说明',
		help: '框里文字下面的一行小字（选填）',
		example: '高新区党工委',
	}),
	/** The boxes under this one. */
	children: documented(z.array(structureLeaf).default([]), {
		label: '下一列',
		help: '这个框下面列出的框，写法同上（选填）',
		example: '[{ label: 区委书记 }, { label: 镇党委书记 }]',
	}),
	/** True when the boxes under it are levels one below the other (区 → 镇 → 村), drawn with arrows. */
	sequence: documented(z.boolean({ error: '应为 true 或 false' }).default(false), {
		label: '逐级',
		help: '下一列是一级管一级（区 → 镇 → 村）时写 true，框之间画箭头',
		example: 'true',
	}),
});

/**
 * The structure diagram of a responsibility system, drawn on its page in HTML and CSS: a top
 * box, a row of boxes under it, and under each of those a column of boxes (three levels at most).
 */
export const structureField = z.object({
	/** Text in the top box. */
	label: documented(textField, {
		label: '顶框文字',
		help: '最上面那个框里的文字',
		example: '区委统一领导',
	}),
	/** A short line under the top box's text. */
	note: documented(textField.optional(), {
		label: '顶框说明',
		help: '顶框文字下面的一行小字（选填）',
		example: '区委统战部牵头协调',
	}),
	/** The row under the top box. */
	children: documented(z.array(structureBranch).min(1, { error: '结构图至少要有一个下级' }), {
		label: '第二排',
		help: '顶框下面的一排框，至少一个',
		example: '[{ label: 三级书记抓统战 }]',
	}),
});

export type Structure = z.infer<typeof structureField>;

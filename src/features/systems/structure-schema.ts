import { z } from 'astro/zod';
import { textField } from '../../core/schemas/fields.ts';

/** A box of a structure diagram: who or what, and a short line under it. */
const structureBox = z.object({
	/** Text in the box, e.g. 区委书记. */
	label: textField,
	/** A short line under the label, e.g. 第一责任人. */
	note: textField.optional(),
});

/** A box on the second row, with the boxes under it. */
const structureBranch = structureBox.extend({
	/** The boxes under this one. */
	children: z.array(structureBox).default([]),
	/** True when the boxes under it are levels one below the other (区 → 镇 → 村), drawn with arrows. */
	sequence: z.boolean({ error: '应为 true 或 false' }).default(false),
});

/**
 * The structure diagram of a responsibility system, drawn on its page in HTML and CSS: a top
 * box, a row of boxes under it, and under each of those a column of boxes (three levels at most).
 */
export const structureField = structureBox.extend({
	/** The row under the top box. */
	children: z.array(structureBranch).min(1, { error: '结构图至少要有一个下级' }),
});

export type Structure = z.infer<typeof structureField>;

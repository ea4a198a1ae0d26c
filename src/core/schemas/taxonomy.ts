import { z } from 'astro/zod';
import { documented } from './field-docs.ts';
import { listIdField, textField } from './fields.ts';

/** A term of a taxonomy (领域, 级别, 基地类别…) with its Chinese label. */
export const taxonomyTermSchema = z.object({
	/** Stable ASCII id used in entries, e.g. `enterprise`. */
	id: documented(listIdField, {
		label: '编号',
		help: '条目里引用它时写的编号，只用小写英文字母、数字和连字符；用过之后不要再改',
		example: 'enterprise',
	}),
	/** Chinese label shown to readers, e.g. 企业. */
	label: documented(textField, { label: '名称', help: '读者看到的中文名称', example: '企业' }),
	/** A sentence explaining the term. */
	description: documented(textField.optional(), {
		label: '说明',
		help: '一句话说明（选填）',
		example: '民营企业和非公有制经济人士',
	}),
	/** Order in lists (smaller first). */
	order: documented(z.number().int().default(100), {
		label: '排序',
		help: '在列表中的顺序，数字小的在前，默认 100',
		example: '3',
	}),
});

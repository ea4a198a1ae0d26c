import { z } from 'astro/zod';
import { listIdField, textField } from './fields.ts';

/** A term of a taxonomy (领域, 级别, 基地类别…) with its Chinese label. */
export const taxonomyTermSchema = z.object({
	/** Stable ASCII id used in entries, e.g. `enterprise`. */
	id: listIdField,
	/** Chinese label shown to readers, e.g. 企业. */
	label: textField,
	/** A sentence explaining the term. */
	description: textField.optional(),
	/** Order in lists (smaller first). */
	order: z.number().int().default(100),
});

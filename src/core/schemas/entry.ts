import { z } from 'astro/zod';
import { dateField, slugField, textField, visibilityField } from './fields.ts';
import { internalOnly } from './internal.ts';

/** Fields every Markdown/MDX entry carries, whatever its collection. */
export const entryBaseSchema = z.object({
	/** URL name of the entry (pinyin or English); also its id, so it must be unique in its folder. */
	slug: slugField,
	/** Who may see it: `public` (default) or `internal` (intranet build only). */
	visibility: visibilityField,
	/** True when the entry holds details invented for the sample site (address, photo, items…). */
	sample: z.boolean({ error: '应为 true 或 false' }).default(false),
	/** Date the entry was last checked by an editor. */
	updated: dateField.optional(),
	/** Notes for staff; internal-only. */
	internalNotes: internalOnly(textField.optional(), '内部备注'),
});

import { z } from 'astro/zod';
import { textField } from '../../core/schemas/fields.ts';

/** Where the dictionary of wrong wordings lives, relative to the content folder. */
export const WORDING_FILE = 'wording.yaml';

/** One item of `content/wording.yaml`: a wrong or outdated wording and its correct form. */
export const wordingItemSchema = z.object({
	/** The wording to look for, exactly as it is written wrongly. */
	wrong: textField,
	/** The correct form the report suggests. */
	correct: textField,
	/** Why it is wrong (the rule, the date of a change of name). */
	note: textField.optional(),
});
export type WordingItem = z.output<typeof wordingItemSchema>;

/** Whether a hit stops the build (`refuse`) or is only reported (`warn`): `site.yaml` `wordingCheck`. */
export const wordingCheckField = z
	.enum(['refuse', 'warn'], { error: '只能是 refuse（发现错敏词时停止构建）或 warn（只提醒）' })
	.default('refuse');

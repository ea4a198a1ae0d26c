import { z } from 'astro/zod';
import { dateField, listIdField, textField, visibilityField } from '../../core/schemas/fields.ts';

const valueField = z.number({ error: '数值应为数字，不带单位和逗号，例如 22176' });

/** One number the district reports, with its unit, date and source. */
export const figureSchema = z.object({
	/** Stable key, e.g. `member-ledger-people`. */
	id: listIdField,
	/** What is counted, e.g. 统战成员数据台账人数. */
	label: textField,
	/** The number itself. */
	value: valueField,
	/** Unit, e.g. 名, 个, 次. */
	unit: textField,
	/** Date the number holds for, `YYYY-MM-DD`. */
	asOf: dateField,
	/** Where the number comes from. */
	source: textField,
	/** Group shown on the figures page (e.g. 责任体系, 队伍建设, 阵地建设, 服务大局). */
	group: textField,
	/**
	 * Whether the same figure of several districts adds up to a city total on a portal: a count
	 * of sites or people does; a number of categories, or of rules each center runs, does not.
	 */
	additive: z.boolean().default(true),
	/** Show it among the key figures on the home page. */
	featured: z.boolean().default(false),
	/** A short note on what the number means. */
	note: textField.optional(),
	/** Parts that add up to the value (e.g. bases by kind). */
	breakdown: z.array(z.object({ label: textField, value: valueField })).default([]),
	/** Earlier values, for a trend. */
	history: z.array(z.object({ asOf: dateField, value: valueField })).default([]),
	/** Who may see it. */
	visibility: visibilityField,
	/** True when the number is invented for the sample. */
	sample: z.boolean().default(false),
});

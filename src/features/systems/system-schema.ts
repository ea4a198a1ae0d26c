import { z } from 'astro/zod';
import { entryBaseSchema } from '../../core/schemas/entry.ts';
import { dateField, summaryField, textField } from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { structureField } from './structure-schema.ts';

/**
 * 工作制度 / 机制 / 标准 / 责任体系: a work system, kept as a regulation template. The body holds
 * the template's sections as `##` headings.
 */
export function systemSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	return entryBaseSchema.extend({
		/** Title of the template, e.g. 同心实践中心学习培训制度. */
		title: textField,
		/** Kind of system (id in `taxonomies/system-kinds.yaml`: regulation, mechanism…). */
		kind: reference('systemKinds'),
		/** Who or what it applies to (ids in `taxonomies/scopes.yaml`). */
		appliesTo: z.array(reference('scopes')).min(1, { error: '至少填写一个适用对象' }),
		/** Body that issued it, e.g. 中共凤翔区委统战部. */
		issuer: textField,
		/** Document number (文号), if it was issued as a document. */
		documentNumber: textField.optional(),
		/** Date it took effect, `YYYY-MM-DD`. */
		effective: dateField,
		/** Version of the template, e.g. 1.0 or 2024年修订. */
		version: z.union([textField, z.number().transform(String)], {
			error: '版本应为文字，例如 1.0',
		}),
		/** Order within its group on list pages (smaller first). */
		order: z.number().int().default(100),
		/** One or two sentences shown on cards and in search results. */
		summary: summaryField,
		/** Related systems (ids in `content/systems`). */
		related: z.array(reference('systems')).default([]),
		/** Structure diagram of a responsibility system (who leads, who carries out). */
		structure: structureField.optional(),
		/**
		 * Sections (by their number: 2 is 二、) whose numbered items are the standard's checks; the
		 * template then gets a checklist page and a printable self-assessment sheet.
		 */
		checklist: z
			.array(z.number({ error: '应为节的序号，例如 2 表示“二、”' }).int().min(1))
			.min(1)
			.optional(),
	});
}

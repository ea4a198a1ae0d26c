import { z } from 'astro/zod';
import { entryBaseSchema } from '../../core/schemas/entry.ts';
import { dateField, slugField, summaryField, textField } from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { pictureSchema } from '../../core/schemas/image.ts';

/** 案例故事: a case story written in MDX, linked to the sites and systems it concerns. */
export function caseSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	return entryBaseSchema.extend({
		/** Headline of the story. */
		title: textField,
		/** Date of the story, `YYYY-MM-DD`. */
		date: dateField,
		/** One or two sentences shown on cards and in search results. */
		summary: summaryField,
		/** Fields of work it concerns (ids in `taxonomies/domains.yaml`). */
		domains: z.array(reference('domains')).min(1, { error: '至少填写一个领域' }),
		/** Practice centers it concerns. */
		centers: z.array(reference('centers')).default([]),
		/** Practice stations it concerns. */
		stations: z.array(reference('stations')).default([]),
		/** Demonstration bases it concerns. */
		bases: z.array(reference('bases')).default([]),
		/** Work systems it puts into practice. */
		systems: z.array(reference('systems')).default([]),
		/** Figures it reports (ids in `figures/figures.yaml`). */
		figures: z.array(reference('figures')).default([]),
		/** Main picture. */
		cover: pictureSchema(helpers).optional(),
		/**
		 * Pictures the body shows with `<Figure picture="name" />` and `<Gallery />`, by a short
		 * name (lower-case letters, digits, hyphens); each needs alt text like every picture.
		 */
		pictures: z.record(slugField, pictureSchema(helpers)).default({}),
		/** Who wrote it, e.g. 区委统战部. */
		author: textField.optional(),
	});
}

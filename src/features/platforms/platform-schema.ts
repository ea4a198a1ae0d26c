import { z } from 'astro/zod';
import { entryBaseSchema } from '../../core/schemas/entry.ts';
import { summaryField, textField } from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { pictureSchema } from '../../core/schemas/image.ts';

/** 品牌阵地: a named brand platform (同心荟, 同心讲堂, "亲清"会客室…) run at one or more sites. */
export function platformSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	return entryBaseSchema.extend({
		/** Name of the platform, e.g. 同心讲堂. */
		name: textField,
		/** Fields of work it serves (ids in `taxonomies/domains.yaml`). */
		domains: z.array(reference('domains')).min(1, { error: '至少填写一个领域' }),
		/** Where it is run: town/district level, or inside parks, enterprises, schools, hospitals. */
		scopes: z.array(reference('scopes')).default([]),
		/** One or two sentences shown on cards and in search results. */
		summary: summaryField,
		/** Main picture. */
		cover: pictureSchema(helpers).optional(),
	});
}

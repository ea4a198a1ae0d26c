import { z } from 'astro/zod';
import { entryBaseSchema } from '../../core/schemas/entry.ts';
import { documented } from '../../core/schemas/field-docs.ts';
import { domainsField, summaryField, textField } from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { coverField } from '../../core/schemas/image.ts';

/** 品牌阵地: a named brand platform (同心荟, 同心讲堂, "亲清"会客室…) run at one or more sites. */
export function platformSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	return entryBaseSchema.extend({
		/** Name of the platform, e.g. 同心讲堂. */
		name: documented(textField, { label: '名称', help: '品牌阵地的名称', example: '同心讲堂' }),
		/** Fields of work it serves (ids in `taxonomies/domains.yaml`). */
		domains: domainsField(helpers),
		/** Where it is run: town/district level, or inside parks, enterprises, schools, hospitals. */
		scopes: documented(z.array(reference('scopes')).default([]), {
			label: '开展范围',
			help: '在哪些地方开展：taxonomies/scopes.yaml 里的编号，例如 town、enterprise',
			example: '[town, enterprise]',
		}),
		/** One or two sentences shown on cards and in search results. */
		summary: summaryField,
		/** Main picture. */
		cover: coverField(helpers),
	});
}

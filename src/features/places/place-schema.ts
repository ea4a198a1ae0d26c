import { z } from 'astro/zod';
import { entryBaseSchema } from '../../core/schemas/entry.ts';
import {
	contactField,
	coordinatesField,
	dateField,
	summaryField,
	textField,
} from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { pictureSchema } from '../../core/schemas/image.ts';
import { internalOnly } from '../../core/schemas/internal.ts';

/**
 * The shared schema of every place the site shows — practice centers, practice stations and
 * demonstration bases. Each collection extends it with its own fields.
 */
export function siteSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	return entryBaseSchema.extend({
		/** Full Chinese name, e.g. 城关镇同心实践中心. */
		name: textField,
		/** The town, zone or village/community the site belongs to (id in `content/regions`). */
		region: reference('regions'),
		/** Fields of work (领域) the site serves; at least one (ids in `taxonomies/domains.yaml`). */
		domains: z.array(reference('domains')).min(1, { error: '至少填写一个领域' }),
		/** Level of the site (id in `taxonomies/levels.yaml`). */
		level: reference('levels'),
		/** Date the site was set up, `YYYY-MM-DD`. */
		established: dateField,
		/** Street address shown to visitors. */
		address: textField.optional(),
		/** Where the site is, for the map. */
		coordinates: coordinatesField.optional(),
		/** Opening hours as visitors should read them. */
		openingHours: textField.optional(),
		/** Main picture, shown on cards and at the top of the page. */
		cover: pictureSchema(helpers).optional(),
		/** More pictures, shown as a gallery. */
		gallery: z.array(pictureSchema(helpers)).default([]),
		/** Work systems and regulations the site has adopted (ids in `content/systems`). */
		systems: z.array(reference('systems')).default([]),
		/** Brand platforms (品牌阵地) run at the site (ids in `content/platforms`). */
		platforms: z.array(reference('platforms')).default([]),
		/** One or two sentences shown on cards and in search results. */
		summary: summaryField,
		/** People to contact; internal-only. */
		contacts: internalOnly(z.array(contactField).default([]), '联系人'),
	});
}

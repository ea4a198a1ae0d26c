import { z } from 'astro/zod';
import { textField } from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { siteSchema } from './place-schema.ts';

/** 示范基地 / 示范点: a demonstration base or point, of one of the kinds the report names. */
export function demonstrationBaseSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	return siteSchema(helpers).extend({
		/** Which kind of base (id in `taxonomies/base-kinds.yaml`). */
		kind: reference('baseKinds'),
		/** Body that named the base, e.g. 中共陕西省委统战部. */
		designatedBy: textField.optional(),
		/** For an entry that stands for a group of points (书记统战示范点): the points it holds. */
		points: z
			.array(
				z.object({
					/** Name of the point. */
					name: textField,
					/** Where it is (id in `content/regions`). */
					region: reference('regions'),
				}),
			)
			.default([]),
	});
}

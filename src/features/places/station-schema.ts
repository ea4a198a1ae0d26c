import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { siteSchema } from './place-schema.ts';

/** 同心实践站: a practice station in a village/community, enterprise, school or hospital. */
export function stationSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	return siteSchema(helpers).extend({
		/** What kind of unit hosts the station (id in `taxonomies/scopes.yaml`, e.g. enterprise). */
		host: reference('scopes'),
		/** The practice center that guides this station (id in `content/centers`). */
		center: reference('centers').optional(),
	});
}

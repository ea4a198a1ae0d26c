import { z } from 'astro/zod';
import { textField } from '../core/schemas/fields.ts';
import { siteIdentitySchema } from '../core/schemas/site-identity.ts';
import type { SchemaHelpers } from '../core/schemas/helpers.ts';
import { mapSettingsSchema } from '../features/map/map-settings-schema.ts';

/** Identity of the site: `content/site.yaml`. Every field shows in the header or footer. */
export function siteConfigSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
	return siteIdentitySchema.extend({
		/** The district region (id in `content/regions`). */
		district: reference('regions'),
		/**
		 * Exact texts the personal-data guard lets through, such as an office hotline that happens
		 * to be a mobile number. Each one is published as written.
		 */
		personalDataAllowList: z.array(textField).default([]),
		/** Map settings: district extent, reviewed boundary, basemap tiles (see `map-settings.ts`). */
		map: mapSettingsSchema.default({}),
	});
}

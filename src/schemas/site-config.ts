import { z } from 'astro/zod';
import { textField } from './fields.ts';
import type { SchemaHelpers } from './helpers.ts';
import { mapSettingsSchema } from './map-settings.ts';

/** Identity of the site: `content/site.yaml`. Every field shows in the header or footer. */
export function siteConfigSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
	return z.object({
		/** Name of the site in the header and the browser tab. */
		title: textField,
		/** A sentence under the title on the home page and in search engines. */
		description: textField,
		/** Organisation running the site (主办单位). */
		organisation: textField,
		/** Organisation maintaining the site (承办单位). */
		undertaker: textField.optional(),
		/** Contact line in the footer (an office phone or address, never a person). */
		contact: textField.optional(),
		/** Extra line of footer text. */
		footerText: textField.optional(),
		/** The district region (id in `content/regions`). */
		district: reference('regions'),
		/** Show the notice that the content is sample data. Turn off for real content. */
		sampleNotice: z.boolean().default(true),
		/** Map settings: district extent, reviewed boundary, basemap tiles (see `map-settings.ts`). */
		map: mapSettingsSchema.default({}),
	});
}

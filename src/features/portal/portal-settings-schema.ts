import { z } from 'astro/zod';
import { textField } from '../../core/schemas/fields.ts';
import { siteIdentitySchema } from '../../core/schemas/site-identity.ts';

/**
 * A portal's settings (`portal/portal.yaml`): the same identity fields as a district's
 * `site.yaml` (title, organisation, footer, filings, sample notice), the city or province it
 * covers, and where each district's published build is.
 */
export const portalSettingsSchema = siteIdentitySchema.extend({
	/** The city (or province) the portal covers. */
	region: z.object({
		/** Its name, e.g. 宝鸡市. */
		name: textField,
		/** Its division code: 2 digits for a province, 4 for a city, e.g. 6103. */
		code: z
			.string({ error: '区划代码应为文字（加引号），例如 "6103"' })
			.regex(/^\d{2}(?:\d{2})?$/, { error: '区划代码应为 2 位（省）或 4 位（市）数字' })
			.optional(),
	}),
	/**
	 * Where each district's published build is: its `dist/` folder (relative to the settings
	 * file) or its address on a web server, e.g. https://tongzhan.example.gov.cn/fengxiang/.
	 */
	districts: z
		.array(
			z.object({
				/** The build folder or address. */
				source: textField,
			}),
		)
		.min(1, { error: '至少列出一个区县网站的构建结果' }),
});

export type PortalSettings = z.infer<typeof portalSettingsSchema>;

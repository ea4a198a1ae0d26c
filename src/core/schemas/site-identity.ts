import { z } from 'astro/zod';
import { textField } from './fields.ts';

/**
 * Who runs a site and what its header and footer say: the part of `content/site.yaml` a portal's
 * settings share with a district's.
 */
export const siteIdentitySchema = z.object({
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
	/** 网站标识码 issued for government sites, shown in the footer and the SiteIDCode meta tag. */
	siteIdCode: textField.optional(),
	/** ICP备案号, e.g. 陕ICP备00000000号; linked to the MIIT filing site. */
	icpFiling: textField.optional(),
	/** 公安机关备案号, e.g. 陕公网安备 61030502000000号. */
	publicSecurityFiling: textField.optional(),
	/** 党政机关网站标识: the address of the site's page at the registry, and a local copy of the mark. */
	governmentSiteMark: z
		.object({
			/** Where the mark links to (the registry's page for this site). */
			href: z.url({ error: '应为完整网址，例如 https://bszs.conac.cn/…' }),
			/** The mark's picture, a file in public/ (never an address on another site). */
			image: textField.regex(/^\/[^/]/, { error: '应为站内文件路径，例如 /conac.png' }).optional(),
		})
		.optional(),
	/** Who the content comes from (ContentSource meta tag); the organisation when empty. */
	contentSource: textField.optional(),
	/**
	 * The notice on every page that the content is sample data: `true` for the standard
	 * sentence, a sentence of the site's own (for wholly made-up content), `false` for real content.
	 */
	sampleNotice: z
		.union([z.boolean(), textField], { error: '应为 true、false 或一句提示文字' })
		.default(true),
});

export type SiteIdentity = z.infer<typeof siteIdentitySchema>;

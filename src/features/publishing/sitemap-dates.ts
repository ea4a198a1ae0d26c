import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { siteFileOfUrl } from '../../core/post-build/site-files.ts';
import type { PostBuildStep } from '../../core/post-build/types.ts';

/** The date a built page says it was last changed (`<meta name="dcterms.modified">`). */
export function pageModified(html: string): string | undefined {
	return /<meta name="dcterms\.modified" content="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
}

/**
 * A sitemap with `<lastmod>` after each `<loc>` whose page has a date: `lastmodOf(loc)` gives
 * it, or undefined for pages without one (lists, the home page), which stay as they were.
 */
export function withLastModified(
	xml: string,
	lastmodOf: (loc: string) => string | undefined,
): string {
	return xml.replace(/<url><loc>([^<]*)<\/loc>(?!<lastmod>)/g, (whole, loc: string) => {
		const date = lastmodOf(loc.replace(/&amp;/g, '&'));
		return date ? `<url><loc>${loc}</loc><lastmod>${date}</lastmod>` : whole;
	});
}

/**
 * Adds `lastmod` to the sitemap (written by `@astrojs/sitemap`) from the dates the entries'
 * pages carry — the editor's check date, else the entry's own date — so crawlers revisit what
 * changed. Runs after Astro, on the pages it wrote.
 */
export const sitemapDates: PostBuildStep = {
	name: '站点地图日期',
	run({ dir, settings }) {
		for (const name of readdirSync(dir).filter((file) => /^sitemap-\d+\.xml$/.test(file))) {
			const sitemap = path.join(dir, name);
			const xml = withLastModified(readFileSync(sitemap, 'utf8'), (loc) => {
				const file = siteFileOfUrl(loc, settings);
				const page = file && path.join(dir, file);
				return page && existsSync(page) ? pageModified(readFileSync(page, 'utf8')) : undefined;
			});
			writeFileSync(sitemap, xml);
		}
		return [];
	},
};

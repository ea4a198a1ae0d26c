import type { SiteProfile } from '../../core/settings.ts';

/**
 * `robots.txt` of a build. The public edition lets crawlers in and points them to the sitemap;
 * the intranet edition is for staff and keeps every crawler out (its pages also carry `noindex`,
 * for crawlers that read pages but not this file). Crawlers read the file at the origin's root
 * only: a site under a sub-path has its lines merged into the root file by the server's owner.
 */
export function robotsTxt(profile: SiteProfile, sitemapUrl: string): string {
	return profile === 'intranet'
		? 'User-agent: *\nDisallow: /\n'
		: `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

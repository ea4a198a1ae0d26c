/**
 * Prefixes a site path with the base path the site is deployed under (`BASE_PATH`), keeping one
 * slash between them and a trailing slash on page paths.
 */
export function withBase(pathname: string, base: string): string {
	const cleanBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	const cleanPath = pathname.replace(/^\/+/, '');
	return `${cleanBase}${cleanPath}`;
}

/** The path of an entry's page, e.g. `/stations/tiannan-village/`. */
export function entryPath(section: string, slug: string): string {
	return `/${section}/${encodeURIComponent(slug)}/`;
}

/** An absolute URL of a site path under the origin, e.g. for feeds, sitemaps and share tags. */
export function absoluteUrl(sitePath: string, origin: string | URL): string {
	return new URL(sitePath, origin).href;
}

/** Where a site is served: its origin, and the base path under it. */
export interface SiteAddress {
	origin: string | URL;
	base: string;
}

/** The absolute URL of a site path under a site's address, e.g. for structured data. */
export function absoluteSiteUrl(site: SiteAddress, sitePath: string): string {
	return absoluteUrl(withBase(sitePath, site.base), site.origin);
}

import { absoluteUrl, entryPath, withBase } from './urls.ts';

/** A site path under the configured base path, for every link and asset URL in the pages. */
export function link(pathname: string): string {
	return withBase(pathname, import.meta.env.BASE_URL);
}

/** The URL of an entry's page under the base path. */
export function entryLink(section: string, slug: string): string {
	return link(entryPath(section, slug));
}

/** The absolute URL of a site path, under `SITE_URL` and the base path (feeds, share tags). */
export function absoluteLink(pathname: string): string {
	return absoluteUrl(link(pathname), import.meta.env.SITE);
}

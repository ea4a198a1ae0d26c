/**
 * The door from pages to content: lookups shared by many pages, each computed once per build.
 * What a build may show is decided before this, at the source: held-back entries and internal-only
 * fields never reach Astro's store (`src/content.config.ts`, `src/site/content-scope.ts`), so
 * nothing here filters, and a page that calls `getCollection()` itself cannot leak either.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { termsById } from './entries.ts';
import settings from 'virtual:tongxin/settings';
import { oncePerBuild } from './once-per-build.ts';

/** Which edition this build produces. */
export const profile = settings.profile;

/** Where the site is served, for absolute links (feeds, share tags, structured data). */
export const siteAddress = { origin: settings.siteUrl, base: settings.basePath };

type VisibleCollection = {
	[C in CollectionKey]: CollectionEntry<C>['data'] extends { visibility: unknown } ? C : never;
}[CollectionKey];

/** Entries of a collection in this build (every entry Astro holds: the loaders sealed it). */
export function published<C extends VisibleCollection>(
	collection: C,
): Promise<CollectionEntry<C>[]> {
	return oncePerBuild(`published:${collection}`, () => getCollection(collection));
}

/** The site settings from `content/site.yaml`. */
export function siteConfig() {
	return oncePerBuild('site-config', async () => {
		const [entry] = await getCollection('site');
		if (!entry) throw new Error('缺少网站设置文件 content/site.yaml。');
		return entry.data;
	});
}

type TaxonomyCollection = 'domains' | 'levels' | 'baseKinds' | 'systemKinds' | 'scopes';

/** The terms of a taxonomy, in their configured order, by id. */
export function taxonomy(name: TaxonomyCollection) {
	return oncePerBuild(`taxonomy:${name}`, async () => {
		const terms = await getCollection(name);
		return termsById(terms.map((term) => term.data));
	});
}

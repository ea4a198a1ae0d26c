/**
 * The one door from pages to content: every page reads collections through these functions, so
 * that the build profile (public or intranet) filters internal entries in one place.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { termsById } from './entries.ts';
import settings from 'virtual:tongxin/settings';
import { isVisibleIn } from './settings.ts';
import { oncePerBuild } from './once-per-build.ts';

/** Which edition this build produces. */
export const profile = settings.profile;

/** Where the site is served, for absolute links (feeds, share tags, structured data). */
export const siteAddress = { origin: settings.siteUrl, base: settings.basePath };

type VisibleCollection = {
	[C in CollectionKey]: CollectionEntry<C>['data'] extends { visibility: unknown } ? C : never;
}[CollectionKey];

/** Entries of a collection that belong in this build. */
export function published<C extends VisibleCollection>(
	collection: C,
): Promise<CollectionEntry<C>[]> {
	return oncePerBuild(`published:${collection}`, async () => {
		const entries = await getCollection(collection);
		return entries.filter((entry) =>
			isVisibleIn(profile, (entry.data as { visibility: 'public' | 'internal' }).visibility),
		);
	});
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

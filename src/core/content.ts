/**
 * The door from pages to content: lookups shared by many pages, each computed once per build.
 * What a build may show is decided before this, at the source: held-back entries and internal-only
 * fields never reach Astro's store (`src/content.config.ts`, `src/site/content-scope.ts`), so
 * nothing here filters, and a page that calls `getCollection()` itself cannot leak either.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { compareChinese } from './format.ts';
import settings from 'virtual:tongxin/settings';
import type { Ref } from './references.ts';
import { townOf } from '../features/regions/region-tree.ts';
import type { PlaceCollection } from './sections.ts';
import { oncePerBuild } from './once-per-build.ts';

/** Which edition this build produces. */
export const profile = settings.profile;

type VisibleCollection = {
	[C in CollectionKey]: CollectionEntry<C>['data'] extends { visibility: unknown } ? C : never;
}[CollectionKey];

/** Entries of a collection in this build (every entry Astro holds: the loaders sealed it). */
export function published<C extends VisibleCollection>(
	collection: C,
): Promise<CollectionEntry<C>[]> {
	return oncePerBuild(`published:${collection}`, () => getCollection(collection));
}

export type PlaceEntry = CollectionEntry<PlaceCollection>;

/** Every published center, station and base. */
export function allPlaces(): Promise<PlaceEntry[]> {
	return oncePerBuild('all-places', async () => {
		const groups = await Promise.all([
			published('centers'),
			published('stations'),
			published('bases'),
		]);
		return groups.flat();
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

/** Regions by id. */
export function regionsById() {
	return oncePerBuild('regions-by-id', async () => {
		const regions = await getCollection('regions');
		return new Map(regions.map((region) => [region.id, region.data]));
	});
}

export type Region = CollectionEntry<'regions'>['data'];

/** Towns and zones, ordered by division code with the zone last. */
export function towns(): Promise<Region[]> {
	return oncePerBuild('towns', async () => {
		const regions = await getCollection('regions');
		return regions
			.map((region) => region.data)
			.filter((region) => region.level === 'town' || region.level === 'zone')
			.sort((a, b) => (a.code ?? '999').localeCompare(b.code ?? '999'));
	});
}

/** The town or zone a place belongs to. */
export function townOfPlace(place: PlaceEntry, regions: Map<string, Region>) {
	return townOf(place.data.region.id, regions);
}

type TaxonomyCollection = 'domains' | 'levels' | 'baseKinds' | 'systemKinds' | 'scopes';

/** The terms of a taxonomy, in their configured order, by id. */
export function taxonomy(name: TaxonomyCollection) {
	return oncePerBuild(`taxonomy:${name}`, async () => {
		const terms = await getCollection(name);
		const sorted = terms
			.map((term) => term.data)
			.sort((a, b) => a.order - b.order || compareChinese(a.label, b.label));
		return new Map(sorted.map((term) => [term.id, term]));
	});
}

/** The Chinese label of a taxonomy term (its id when the term is unknown). */
export function labelOf(
	terms: Map<string, { label: string }>,
	ref: { id: string } | string,
): string {
	const id = typeof ref === 'string' ? ref : ref.id;
	return terms.get(id)?.label ?? id;
}

/**
 * The entries a list of references points to, in the list's order. A reference to an entry this
 * build does not hold (an internal entry, in the public build) is dropped.
 */
export function pick<E extends { id: string; collection: string }>(
	entries: readonly E[],
	refs: readonly Ref[],
): E[] {
	// Lists are shared by every page of a build, so each is indexed once.
	let byKey = entriesByKey.get(entries) as Map<string, E> | undefined;
	if (!byKey) {
		byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
		entriesByKey.set(entries, byKey);
	}
	return refs.flatMap((ref) => byKey.get(`${ref.collection}/${ref.id}`) ?? []);
}

const entriesByKey = new WeakMap<readonly object[], Map<string, unknown>>();

/**
 * Content entries for unit tests of page models: a content folder read and parsed through the
 * real schemas (the checker's), shaped like the entries Astro hands to pages. References come out
 * as `{ collection, id }` and pictures as `{ src, width, height, format }`, as with Astro.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import { readContent } from '../../src/core/content-check/read-content.ts';
import { validateEntries } from '../../src/core/content-check/validate.ts';
import { termsById } from '../../src/core/entries.ts';
import { isVisibleIn, type SiteProfile } from '../../src/core/settings.ts';
import type { PlaceVocabulary } from '../../src/features/places/place-data.ts';
import { contentModel } from '../../src/site/content-rules.ts';
import { FIXTURE_CONTENT } from './fixture-content.ts';

export interface FixtureEntries {
	/** Every entry of a collection that passed its schema, in file order. */
	all: <C extends CollectionKey>(collection: C) => CollectionEntry<C>[];
	/** The entries of a collection a build of the profile publishes (default: public). */
	published: <C extends CollectionKey>(
		collection: C,
		profile?: SiteProfile,
	) => CollectionEntry<C>[];
	/** One entry by id; throws when the fixture has none. */
	get: <C extends CollectionKey>(collection: C, id: string) => CollectionEntry<C>;
	/** The words a place is described with, as `placeVocabulary()` gives them to pages. */
	placeVocabulary: () => PlaceVocabulary;
}

/** Reads and parses a content folder (default: the test fixture) once. */
export function fixtureEntries(root: string = FIXTURE_CONTENT): FixtureEntries {
	const raw = readContent(root);
	const { checked, problems } = validateEntries(raw.entries, contentModel.schemas);
	if (raw.problems.length + problems.length > 0) {
		throw new Error(
			`The fixture content has problems: ${JSON.stringify([...raw.problems, ...problems])}`,
		);
	}
	const all = <C extends CollectionKey>(collection: C) =>
		checked
			.filter((entry) => entry.collection === collection && entry.data !== undefined)
			.map(
				(entry) =>
					({
						id: entry.id,
						collection,
						data: entry.data,
						body: entry.raw.body,
						filePath: entry.raw.file,
					}) as unknown as CollectionEntry<C>,
			);
	return {
		all,
		published: (collection, profile = 'public') =>
			all(collection).filter((entry) => {
				const visibility = (entry.data as { visibility?: 'public' | 'internal' }).visibility;
				return isVisibleIn(profile, visibility ?? 'public');
			}),
		get(collection, id) {
			const found = all(collection).find((entry) => entry.id === id);
			if (!found) throw new Error(`The fixture has no ${collection}/${id}.`);
			return found;
		},
		placeVocabulary: () => ({
			regions: new Map(all('regions').map((region) => [region.id, region.data])),
			domains: termsById(all('domains').map((term) => term.data)),
			levels: termsById(all('levels').map((term) => term.data)),
			baseKinds: termsById(all('baseKinds').map((term) => term.data)),
			scopes: termsById(all('scopes').map((term) => term.data)),
		}),
	};
}

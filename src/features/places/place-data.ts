/** The places (centers, stations, bases) as pages read them, once per build. */
import type { CollectionEntry } from 'astro:content';
import { published, taxonomy } from '../../core/content.ts';
import { compareChinese } from '../../core/format.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import type { PlaceCollection } from '../../core/sections.ts';
import { regionsById } from '../regions/region-data.ts';

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

/** Everything a place card or page needs to describe a place in words. */
export async function placeVocabulary() {
	const [regions, domains, levels, baseKinds, scopes] = await Promise.all([
		regionsById(),
		taxonomy('domains'),
		taxonomy('levels'),
		taxonomy('baseKinds'),
		taxonomy('scopes'),
	]);
	return { regions, domains, levels, baseKinds, scopes };
}
export type PlaceVocabulary = Awaited<ReturnType<typeof placeVocabulary>>;

/** Places of one collection, sorted by name. */
export async function placesOf(collection: PlaceCollection): Promise<PlaceEntry[]> {
	const entries: PlaceEntry[] = await published(collection);
	// A copy: the published list is shared by every page of the build.
	return [...entries].sort((a, b) => compareChinese(a.data.name, b.data.name));
}

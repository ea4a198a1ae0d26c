import type { CollectionEntry } from 'astro:content';
import { compareChinese } from '../../core/format.ts';
import { regionTrail } from '../regions/region-tree.ts';
import { sections, type PlaceCollection } from '../../core/sections.ts';
import { entryLink, link } from '../../core/links.ts';
import {
	labelOf,
	published,
	regionsById,
	taxonomy,
	townOfPlace,
	type PlaceEntry,
	type Region,
} from '../../core/content.ts';

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

/** What kind of place it is: the base kind for a base, else its section's name. */
export function placeKind(place: PlaceEntry, words: Pick<PlaceVocabulary, 'baseKinds'>): string {
	return place.collection === 'bases'
		? labelOf(words.baseKinds, (place as CollectionEntry<'bases'>).data.kind)
		: sections[place.collection].label;
}

/** The line under a place's name on cards: its kind, town and level. */
export function placeMeta(place: PlaceEntry, words: PlaceVocabulary): string[] {
	const town = townOfPlace(place, words.regions);
	return [placeKind(place, words), town?.name ?? '全区', labelOf(words.levels, place.data.level)];
}

/** The link to the page of a town or zone. */
export function townLink(town: Region): string {
	return entryLink(sections.towns.path, town.id);
}

/** Where a place is, as names from its town down, each town linked to its page. */
export function placeLocation(place: PlaceEntry, words: PlaceVocabulary) {
	return regionTrail(place.data.region.id, words.regions).map((region) => ({
		label: region.name,
		href: region.level === 'town' || region.level === 'zone' ? townLink(region) : undefined,
	}));
}

/** Domain tags of an entry, each linked to its domain page. */
export function domainTags(
	refs: readonly { id: string }[],
	words: Pick<PlaceVocabulary, 'domains'>,
) {
	return refs.map((ref) => ({
		label: labelOf(words.domains, ref),
		href: link(`/${sections.domains.path}/${ref.id}/`),
	}));
}

/** Places of one collection, sorted by name. */
export async function placesOf(collection: PlaceCollection): Promise<PlaceEntry[]> {
	const entries: PlaceEntry[] = await published(collection);
	// A copy: the published list is shared by every page of the build.
	return [...entries].sort((a, b) => compareChinese(a.data.name, b.data.name));
}

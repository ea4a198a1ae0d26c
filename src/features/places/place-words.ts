/** How a place is described in words and links: pure functions of the place and the vocabulary. */
import { labelOf } from '../../core/entries.ts';
import { link } from '../../core/links.ts';
import { sections } from '../../core/sections.ts';
import type { Region } from '../regions/region-data.ts';
import { townLink } from '../regions/region-links.ts';
import { regionTrail, townOf } from '../regions/region-tree.ts';
import type { PlaceEntry, PlaceVocabulary } from './place-data.ts';

/** The town or zone a place belongs to. */
export function townOfPlace(place: PlaceEntry, regions: Map<string, Region>) {
	return townOf(place.data.region.id, regions);
}

/** What kind of place it is: the base kind for a base, else its section's name. */
export function placeKind(place: PlaceEntry, words: Pick<PlaceVocabulary, 'baseKinds'>): string {
	return place.collection === 'bases'
		? labelOf(words.baseKinds, place.data.kind)
		: sections[place.collection].label;
}

/** The line under a place's name on cards: its kind, town and level. */
export function placeMeta(place: PlaceEntry, words: PlaceVocabulary): string[] {
	const town = townOfPlace(place, words.regions);
	return [placeKind(place, words), town?.name ?? '全区', labelOf(words.levels, place.data.level)];
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

/** The list page of one place collection (`/centers/`, `/stations/`, `/bases/`). */
import { labelOf } from '../../core/entries.ts';
import type { PlaceEntry, PlaceVocabulary } from './place-data.ts';

/** A group of the list: its heading ('' for a list without groups) and its places. */
export interface PlaceGroup {
	label: string;
	places: PlaceEntry[];
}

/**
 * The places in groups, in the order they come: stations read best by who hosts them, bases by
 * their kind; centers are one list.
 */
export function placeGroups(places: readonly PlaceEntry[], words: PlaceVocabulary): PlaceGroup[] {
	const labelOfPlace = (place: PlaceEntry): string => {
		if (place.collection === 'stations') return labelOf(words.scopes, place.data.host);
		if (place.collection === 'bases') return labelOf(words.baseKinds, place.data.kind);
		return '';
	};
	const groups = new Map<string, PlaceEntry[]>();
	for (const place of places) {
		const label = labelOfPlace(place);
		groups.set(label, [...(groups.get(label) ?? []), place]);
	}
	return [...groups].map(([label, members]) => ({ label, places: members }));
}

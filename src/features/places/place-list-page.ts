/** The list page of one place collection (`/centers/`, `/stations/`, `/bases/`), in pages. */
import { labelOf } from '../../core/entries.ts';
import { paginate, paginationNav, PAGE_SIZE, type ListPage } from '../../core/pagination.ts';
import { sections, type PlaceCollection } from '../../core/sections.ts';
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

/** A group as one page shows it: the places of the group on this page, and the group's size. */
export interface PagedPlaceGroup extends PlaceGroup {
	/** Places of the whole group, on every page. */
	total: number;
}

/** One page of a place list. */
export interface PlaceListPage {
	collection: PlaceCollection;
	page: ListPage<PlaceEntry>;
	groups: PagedPlaceGroup[];
	nav: ReturnType<typeof paginationNav>;
}

/**
 * The pages of a place list: the places in their groups' order, cut into pages; each page shows
 * the groups it holds (a group may continue on the next page, its heading counting the group).
 */
export function placeListPages(
	collection: PlaceCollection,
	places: readonly PlaceEntry[],
	words: PlaceVocabulary,
	size = PAGE_SIZE,
): PlaceListPage[] {
	const groups = placeGroups(places, words);
	const totals = new Map(groups.map((group) => [group.label, group.places.length]));
	const listPath = `/${sections[collection].path}/`;
	return paginate(
		groups.flatMap((group) => group.places),
		size,
	).map((page) => ({
		collection,
		page,
		groups: placeGroups(page.items, words).map((group) => ({
			...group,
			total: totals.get(group.label) ?? group.places.length,
		})),
		nav: paginationNav(listPath, page.number, page.count),
	}));
}

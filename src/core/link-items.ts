import { entryLink } from './links.ts';

/** An entry that has a page: its collection name is also its URL section. */
interface Linkable {
	id: string;
	collection: string;
	data: { name: string } | { title: string };
}

/** Items for a `LinkList`: each entry's page, its name or title, and an optional note. */
export function linkItems<E extends Linkable>(
	entries: readonly E[],
	noteOf?: (entry: E) => string,
) {
	return entries.map((entry) => ({
		href: entryLink(entry.collection, entry.id),
		label: 'name' in entry.data ? entry.data.name : entry.data.title,
		note: noteOf?.(entry),
	}));
}

/** What a `LinkList` shows: its heading, its links and, for a long list cut short, the rest. */
export interface LinkListModel {
	heading: string;
	items: { href: string; label: string; note?: string | undefined }[];
	/** Links of the whole list, when more than `items` (the heading counts them all). */
	total?: number | undefined;
	/** Where the whole list is, for a list cut short. */
	more?: { href: string; label: string } | undefined;
}

/** Related links on an entry's page stop at this many: a page repeats no list shown elsewhere. */
export const RELATED_LIMIT = 30;

/**
 * A list of related links cut to `limit`, saying how many there are in all and, when `more` is
 * given, linking to the page that lists them all.
 */
export function cappedLinkList(
	heading: string,
	items: LinkListModel['items'],
	more?: LinkListModel['more'],
	limit = RELATED_LIMIT,
): LinkListModel {
	if (items.length <= limit) return { heading, items };
	return { heading, items: items.slice(0, limit), total: items.length, more };
}

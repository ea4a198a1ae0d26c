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

import { sections, type SectionKey } from './sections.ts';

/**
 * What the page shell needs to know about an entry's own page: its title and description, the
 * section it belongs to (highlighted in the menu, and the first crumb), and its date for the
 * government meta tags.
 */
export function entryLayout<S extends SectionKey>(entry: {
	section: S;
	title: string;
	description?: string | undefined;
	published?: Date | undefined;
	/** When the entry was last changed, if it says. */
	modified?: Date | undefined;
}) {
	const section = sections[entry.section];
	return {
		title: entry.title,
		description: entry.description,
		section: entry.section,
		article: { published: entry.published, modified: entry.modified },
		breadcrumbs: [{ label: section.label, href: `/${section.path}/` }, { label: entry.title }],
	};
}

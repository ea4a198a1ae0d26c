/**
 * The template library's groupings for `/systems/`: by kind and by what a template applies to,
 * each group with its templates in library order, empty groups left out.
 */

interface Term {
	id: string;
	label: string;
}

interface Groupable {
	data: {
		title: string;
		order: number;
		kind: { id: string };
		appliesTo: readonly { id: string }[];
	};
}

export interface SystemGroup<T extends Term, E> {
	term: T;
	entries: E[];
}

/** Library order: the editor's `order`, then the title by pinyin. */
export function libraryOrder(
	compareTitles: (a: string, b: string) => number,
): (a: Groupable, b: Groupable) => number {
	return (a, b) => a.data.order - b.data.order || compareTitles(a.data.title, b.data.title);
}

/** Groups entries under the terms they carry; terms keep their order, empty ones are dropped. */
export function groupByTerms<T extends Term, E extends Groupable>(
	entries: readonly E[],
	terms: Iterable<T>,
	termsOf: (entry: E) => readonly { id: string }[],
	order: (a: E, b: E) => number,
): SystemGroup<T, E>[] {
	return [...terms]
		.map((term) => ({
			term,
			entries: entries
				.filter((entry) => termsOf(entry).some((ref) => ref.id === term.id))
				.sort(order),
		}))
		.filter((group) => group.entries.length > 0);
}

/**
 * The template library's groupings for `/systems/`: by kind and by what a template applies to,
 * each group with its templates in library order, empty groups left out.
 */
import {
	pageOfIndex,
	pagePath,
	paginate,
	paginationNav,
	PAGE_SIZE,
	type ListPage,
	type PaginationNav,
} from '../../core/pagination.ts';

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

/** A kind or scope in the library's index: how many templates it has and where they start. */
export interface LibraryIndexLink<T extends Term> {
	term: T;
	count: number;
	/** Site path of the page (and heading) where the group is, e.g. `/systems/page/2/#kind-x`. */
	href: string;
}

/** One page of the library: its templates by kind, the same by scope, and the kinds' index. */
export interface LibraryPage<K extends Term, S extends Term, E> {
	page: ListPage<E>;
	/** Every kind of the library with its count and the page it starts on. */
	kindIndex: LibraryIndexLink<K>[];
	/** The kinds on this page; `total` is the kind's count in the whole library. */
	byKind: (SystemGroup<K, E> & { total: number })[];
	/** This page's templates by what they apply to. */
	byScope: SystemGroup<S, E>[];
	nav: PaginationNav | undefined;
}

/**
 * The library in pages: templates by kind (each kind's templates in library order), cut into
 * pages of `size`. Each page lists its own templates by kind and by scope, and indexes every kind
 * with the page it starts on, so the index works across pages.
 */
export function libraryPages<K extends Term, S extends Term, E extends Groupable>(
	entries: readonly E[],
	kinds: Iterable<K>,
	scopes: Iterable<S>,
	order: (a: E, b: E) => number,
	listPath: string,
	size = PAGE_SIZE,
): LibraryPage<K, S, E>[] {
	const kindTerms = [...kinds];
	const scopeTerms = [...scopes];
	const kindOf = (entry: E) => [entry.data.kind];
	const groups = groupByTerms(entries, kindTerms, kindOf, order);
	const totals = new Map(groups.map((group) => [group.term.id, group.entries.length]));
	let start = 0;
	const kindIndex = groups.map((group) => {
		const href = `${pagePath(listPath, pageOfIndex(start, size))}#kind-${group.term.id}`;
		start += group.entries.length;
		return { term: group.term, count: group.entries.length, href };
	});
	return paginate(
		groups.flatMap((group) => group.entries),
		size,
	).map((page) => ({
		page,
		kindIndex,
		byKind: groupByTerms(page.items, kindTerms, kindOf, order).map((group) => ({
			...group,
			total: totals.get(group.term.id) ?? group.entries.length,
		})),
		byScope: groupByTerms(page.items, scopeTerms, (entry) => entry.data.appliesTo, order),
		nav: paginationNav(listPath, page.number, page.count),
	}));
}

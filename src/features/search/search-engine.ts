import type { FilterCounts, PagefindApi, PagefindResult, SelectedFilters } from './pagefind-api.ts';
import { exactQuery, looseQuery, queryTerms } from './query.ts';

/** One page found, with Pagefind's score and the way to load what it shows. */
export type SearchHit = Pick<PagefindResult, 'id' | 'score' | 'data'>;

/** What one query found. */
export interface SearchOutcome {
	/** The words searched for, as `queryTerms` read them. */
	terms: string[];
	/** Pages holding every word, best first, within the selected filters. */
	hits: SearchHit[];
	/** Per filter value, how many pages hold every word (ignoring the selected filters). */
	facets: FilterCounts;
}

/** Pagefind's answers for one word: ranked candidates and the pages holding it in a row. */
export interface TermAnswer {
	/** Pages holding every character of the word, with Pagefind's ranking. */
	ranked: SearchHit[];
	/** Ids of the pages holding the word as written (characters in a row). */
	exact: string[];
}

/**
 * Combines the answers for each word of a query: a page is a hit when it holds every word as
 * written; hits are ordered by the sum of Pagefind's scores for the words.
 */
export function combineAnswers(answers: readonly TermAnswer[]): SearchHit[] {
	const [first, ...rest] = answers;
	if (!first) return [];
	let kept = new Set(first.exact);
	for (const answer of rest) {
		const exact = new Set(answer.exact);
		kept = new Set([...kept].filter((id) => exact.has(id)));
	}
	const hits = new Map<string, SearchHit>();
	for (const answer of answers) {
		for (const hit of answer.ranked) {
			if (!kept.has(hit.id)) continue;
			const seen = hits.get(hit.id);
			hits.set(hit.id, seen ? { ...seen, score: seen.score + hit.score } : { ...hit });
		}
	}
	return [...hits.values()].sort((a, b) => b.score - a.score);
}

/** Adds up counts of several answers value by value, keeping only values every answer has. */
export function intersectCounts(countsPerTerm: readonly FilterCounts[]): FilterCounts {
	const [first, ...rest] = countsPerTerm;
	if (!first) return {};
	const result: FilterCounts = {};
	for (const [name, values] of Object.entries(first)) {
		result[name] = {};
		for (const [value, count] of Object.entries(values)) {
			result[name][value] = Math.min(count, ...rest.map((counts) => counts[name]?.[value] ?? 0));
		}
	}
	return result;
}

/**
 * Another site's index searched together with this one (Pagefind's multisite search), such as a
 * district site's under a portal: the address of its `pagefind/` folder, and the filter values
 * every page of it gets (e.g. `{ district: '凤翔区' }`).
 */
export interface MergedIndex {
	path: string;
	filters?: Record<string, string> | undefined;
}

/** How `connectPagefind` prepares Pagefind besides its options. */
export interface ConnectOptions {
	/** Other sites' indexes to merge into every search. */
	merge?: readonly MergedIndex[] | undefined;
	/**
	 * Load every filter list before the first search (the default), so that every filter value
	 * is counted. A portal over many indexes passes `false`: the lists of all its indexes are a
	 * large part of a first search, and the merged indexes' own filters (`MergedIndex.filters`)
	 * are counted without them; the others load when a filter is used or `filters()` is called.
	 */
	loadFilters?: boolean | undefined;
}

/** Merges other sites' indexes into every later search (also after `connectPagefind`). */
export async function mergeIndexes(
	pagefind: PagefindApi,
	indexes: readonly MergedIndex[],
): Promise<void> {
	if (indexes.length === 0) return;
	const merge = pagefind.mergeIndex?.bind(pagefind);
	if (!merge) throw new Error('this Pagefind cannot merge indexes');
	await Promise.all(
		indexes.map((index) => merge(index.path, index.filters ? { mergeFilter: index.filters } : {})),
	);
}

/**
 * Prepares Pagefind for `SiteSearch`: searching on the page's own thread (Pagefind's worker file
 * would add 12 KB to the first search, and searches take milliseconds at this site's size),
 * merging the indexes of other sites if any (`mergeIndex`), and loading the filter lists, without
 * which Pagefind counts no filter values.
 */
export async function connectPagefind(
	pagefind: PagefindApi,
	options: Record<string, unknown> = {},
	{ merge = [], loadFilters = true }: ConnectOptions = {},
): Promise<SiteSearch> {
	// Pagefind keeps only the last options given before it starts, so they go in one call.
	await pagefind.options({ noWorker: true, ...options });
	await mergeIndexes(pagefind, merge);
	if (loadFilters) await pagefind.filters();
	return new SiteSearch(pagefind);
}

/** Searches the site through Pagefind, with the character-by-character matching of `han-text.ts`. */
export class SiteSearch {
	private readonly pagefind: PagefindApi;

	constructor(pagefind: PagefindApi) {
		this.pagefind = pagefind;
	}

	private async answer(term: string, filters: SelectedFilters) {
		const [ranked, exact] = await Promise.all([
			this.pagefind.search(looseQuery(term), { filters }),
			this.pagefind.search(exactQuery(term), { filters }),
		]);
		return {
			answer: {
				ranked: ranked?.results ?? [],
				exact: (exact?.results ?? []).map((result) => result.id),
			} satisfies TermAnswer,
			counts: exact?.filters ?? {},
		};
	}

	/** Finds the pages that hold every word of `input`, within the selected filters. */
	async search(input: string, filters: SelectedFilters = {}): Promise<SearchOutcome> {
		const terms = queryTerms(input);
		if (terms.length === 0) return { terms, hits: [], facets: {} };
		const filtered = await Promise.all(terms.map((term) => this.answer(term, filters)));
		const hits = combineAnswers(filtered.map(({ answer }) => answer));
		const hasFilters = Object.values(filters).some((values) => values.length > 0);
		const unfiltered = hasFilters
			? await Promise.all(terms.map((term) => this.answer(term, {})))
			: filtered;
		return { terms, hits, facets: await this.facets(terms, unfiltered) };
	}

	/**
	 * Counts per filter value. For one word Pagefind counts them; for several, a value's count is
	 * the number of pages that hold every word and have that value, found with one filtered
	 * search per word and value that could have any.
	 */
	private async facets(
		terms: string[],
		answers: { answer: TermAnswer; counts: FilterCounts }[],
	): Promise<FilterCounts> {
		const upperBounds = intersectCounts(answers.map(({ counts }) => counts));
		if (terms.length === 1) return upperBounds;
		const facets: FilterCounts = {};
		for (const [name, values] of Object.entries(upperBounds)) {
			facets[name] = {};
			for (const [value, bound] of Object.entries(values)) {
				if (bound === 0) {
					facets[name][value] = 0;
					continue;
				}
				const narrowed = await Promise.all(
					terms.map((term) =>
						this.pagefind.search(exactQuery(term), { filters: { [name]: [value] } }),
					),
				);
				const idSets = narrowed.map((response) => new Set(response?.results.map((r) => r.id)));
				const [first = new Set<string>(), ...rest] = idSets;
				facets[name][value] = [...first].filter((id) => rest.every((ids) => ids.has(id))).length;
			}
		}
		return facets;
	}
}

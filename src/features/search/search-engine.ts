import type {
	FilterCounts,
	PagefindApi,
	PagefindResponse,
	PagefindResult,
	SelectedFilters,
} from './pagefind-api.ts';
import { looseQuery } from './query.ts';
import { NO_QUERY_DATA, type QueryData } from './query-data.ts';
import {
	comparePages,
	matchTitle,
	planQuery,
	rankPage,
	segmentWords,
	tokenize,
	type Segment,
	type PageRank,
	type QueryPlan,
	type RankedPage,
	type Tier,
	type TokenOnPage,
} from './ranking.ts';
import { unspaceHan } from './han-text.ts';

/** One page found, with its tier, Pagefind's score and the way to load what it shows. */
export type SearchHit = Pick<PagefindResult, 'id' | 'score' | 'data'> & { tier: Tier };

/** A page offered when nothing is found: one that shares the most characters with the query. */
export interface Suggestion {
	title: string;
	url: string;
}

/** What one query found. */
export interface SearchOutcome {
	/** The words to highlight in excerpts of tier 2–4 hits: the terms' readings and their words. */
	terms: string[];
	/** The words to highlight in excerpts of tier 1 hits: the terms' readings only. */
	phrases: string[];
	/** How the query was read (normalised, converted, widened with synonyms). */
	plan: QueryPlan;
	/** Pages found, best first, within the selected filters; each with its tier. */
	hits: SearchHit[];
	/** The best tier among the hits, if any. */
	tier?: Tier;
	/** Per filter value, how many pages are found (ignoring the selected filters). */
	facets: FilterCounts;
	/** When nothing is found: pages sharing characters with the query. */
	suggestions: Suggestion[];
}

/** How many of the first results have their titles read to order them (their fragments load). */
export const RERANK_DEPTH = 12;

/** How many suggestions are offered when nothing is found. */
const SUGGESTIONS = 5;

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
	{
		merge = [],
		loadFilters = true,
		data = NO_QUERY_DATA,
	}: ConnectOptions & { data?: QueryData } = {},
): Promise<SiteSearch> {
	// Pagefind keeps only the last options given before it starts, so they go in one call.
	await pagefind.options({ noWorker: true, ...options });
	await mergeIndexes(pagefind, merge);
	if (loadFilters) await pagefind.filters();
	return new SiteSearch(pagefind, data);
}

/** The pages Pagefind finds for one index word, with what ranking needs of each. */
type TokenPages = {
	response: PagefindResponse | null;
	pages: Map<string, { result: PagefindResult; token: TokenOnPage }>;
};

/**
 * Searches the site through Pagefind: each index word of the query is looked up once (and kept
 * for the next query), pages are placed in tiers and ordered by `ranking.ts`, and the titles of
 * the first ones are read to order them. Filters are applied to the pages found, so one lookup
 * serves the results and every filter value's count.
 */
export class SiteSearch {
	private readonly pagefind: PagefindApi;
	private readonly data: QueryData;
	private tokens = new Map<string, Promise<TokenPages>>();
	private members = new Map<string, Promise<Set<string>>>();

	constructor(pagefind: PagefindApi, data: QueryData = NO_QUERY_DATA) {
		this.pagefind = pagefind;
		this.data = data;
	}

	/** Merges other sites' indexes into later searches, forgetting what was looked up before. */
	async merge(indexes: readonly MergedIndex[]): Promise<void> {
		if (indexes.length === 0) return;
		await mergeIndexes(this.pagefind, indexes);
		this.tokens.clear();
		this.members.clear();
	}

	private lookUp(token: string): Promise<TokenPages> {
		let found = this.tokens.get(token);
		if (!found) {
			const latin = !/\p{Script=Han}/u.test(token);
			found = this.pagefind.search(looseQuery(token)).then((response) => {
				const pages: TokenPages['pages'] = new Map();
				for (const result of response?.results ?? []) {
					const fields = result.matchedMetaFields ?? [];
					// Letters: the title's own pinyin counts as the title, a later word's does not.
					const inTitle = latin
						? fields.includes('title') || fields.includes('pinyin')
						: fields.includes('title');
					pages.set(result.id, {
						result,
						token: { positions: result.words ?? [], score: result.score, inTitle },
					});
				}
				return { response, pages };
			});
			this.tokens.set(token, found);
		}
		return found;
	}

	/** The ids of the pages with one filter value (Pagefind's search without a term). */
	private membersOf(name: string, value: string): Promise<Set<string>> {
		const key = `${name}\u0000${value}`;
		let found = this.members.get(key);
		if (!found) {
			found = this.pagefind
				.search(null, { filters: { [name]: [value] } })
				.then((response) => new Set((response?.results ?? []).map((result) => result.id)));
			this.members.set(key, found);
		}
		return found;
	}

	/** Finds and ranks the pages for `input`, within the selected filters. */
	async search(input: string, filters: SelectedFilters = {}): Promise<SearchOutcome> {
		const plan = planQuery(input, this.data);
		const { terms, phrases } = highlightTerms(plan);
		if (plan.tokens.length === 0) {
			return { terms, phrases, plan, hits: [], facets: {}, suggestions: [] };
		}
		const looked = await Promise.all(plan.tokens.map((token) => this.lookUp(token)));
		const byPage = new Map<string, { result: PagefindResult; tokens: Map<string, TokenOnPage> }>();
		looked.forEach(({ pages }, index) => {
			const token = plan.tokens[index] ?? '';
			for (const [id, { result, token: onPage }] of pages) {
				const page = byPage.get(id) ?? { result, tokens: new Map<string, TokenOnPage>() };
				page.tokens.set(token, onPage);
				byPage.set(id, page);
			}
		});
		let ranked: RankedPage[] = [];
		for (const [id, page] of byPage) {
			const rank = rankPage(id, plan, page.tokens);
			if (rank) ranked.push(rank);
		}
		if (ranked.length === 0) {
			for (const [id, page] of byPage) {
				const rank = rankPage(id, plan, page.tokens, true);
				if (rank) ranked.push(rank);
			}
		}
		ranked.sort(comparePages);

		const facets = await this.facets(ranked, looked);
		const selected = Object.entries(filters).filter(([, values]) => values.length > 0);
		if (selected.length > 0) {
			const allowed = await Promise.all(
				selected.map(async ([name, values]) => {
					const sets = await Promise.all(values.map((value) => this.membersOf(name, value)));
					return (id: string) => sets.some((set) => set.has(id));
				}),
			);
			ranked = ranked.filter((page) => allowed.every((allows) => allows(page.id)));
		}

		// The first pages' titles decide their order within their tiers.
		const top = ranked.slice(0, RERANK_DEPTH);
		await Promise.all(
			top.map(async (page) => {
				const fragment = await byPage.get(page.id)?.result.data();
				if (!fragment) return;
				page.title = matchTitle(plan, unspaceHan(fragment.meta['title'] ?? ''), {
					pinyin: fragment.meta['pinyin'] ?? '',
					aliases: fragment.meta['aliases'] ?? '',
				});
			}),
		);
		ranked = [...top.sort(comparePages), ...ranked.slice(RERANK_DEPTH)];

		const hits: SearchHit[] = ranked.map((page) => {
			const { result } = byPage.get(page.id) as { result: PagefindResult };
			return { id: page.id, score: page.score, data: result.data, tier: page.tier };
		});
		const suggestions = hits.length === 0 ? await this.suggest(byPage) : [];
		const tier = hits[0] ? { tier: hits[0].tier } : {};
		return { terms, phrases, plan, hits, ...tier, facets, suggestions };
	}

	/** Per filter value, how many of the ranked pages have it. */
	private async facets(
		ranked: readonly PageRank[],
		looked: readonly TokenPages[],
	): Promise<FilterCounts> {
		const values = new Map<string, Set<string>>();
		for (const { response } of looked) {
			for (const [name, counts] of Object.entries(response?.filters ?? {})) {
				const known = values.get(name) ?? new Set<string>();
				for (const value of Object.keys(counts)) known.add(value);
				values.set(name, known);
			}
		}
		const ids = ranked.map((page) => page.id);
		const facets: FilterCounts = {};
		await Promise.all(
			[...values].map(async ([name, known]) => {
				const counts: Record<string, number> = {};
				for (const value of known) {
					const members = ids.length > 0 ? await this.membersOf(name, value) : new Set();
					counts[value] = ids.filter((id) => members.has(id)).length;
				}
				facets[name] = counts;
			}),
		);
		return facets;
	}

	/** The pages that share the most index words with the query, by title. */
	private async suggest(
		byPage: ReadonlyMap<
			string,
			{ result: PagefindResult; tokens: ReadonlyMap<string, TokenOnPage> }
		>,
	): Promise<Suggestion[]> {
		const best = [...byPage.values()]
			.sort((a, b) => b.tokens.size - a.tokens.size || b.result.score - a.result.score)
			.slice(0, SUGGESTIONS);
		return Promise.all(
			best.map(async ({ result }) => {
				const fragment = await result.data();
				return { title: unspaceHan(fragment.meta['title'] ?? fragment.url), url: fragment.url };
			}),
		);
	}
}

/**
 * The words excerpts highlight: for tier 1 the terms' readings (as typed and synonyms); for the
 * other tiers also their words (`Intl.Segmenter`'s, two characters or more), longest first.
 */
export function highlightTerms(
	plan: QueryPlan,
	segment: Segment = segmentWords,
): { terms: string[]; phrases: string[] } {
	const phrases = new Set<string>();
	const words = new Set<string>();
	for (const term of plan.terms) {
		for (const variant of term.variants) {
			phrases.add(variant.text);
			for (const word of term.latin ? [] : segment(variant.text)) {
				if (tokenize(word).length >= 2) words.add(word);
			}
		}
	}
	const longestFirst = (list: Iterable<string>) => [...list].sort((a, b) => b.length - a.length);
	return { terms: longestFirst(new Set([...phrases, ...words])), phrases: longestFirst(phrases) };
}

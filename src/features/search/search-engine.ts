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
	pageTokensFromText,
	planQuery,
	rankPage,
	requiredTokens,
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
import type { HeadSource } from './head-index.ts';
import { PAGE_SIZE } from './result-list.ts';

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
	/**
	 * True when Pagefind answered: every page found is listed and `facets` are counted. False
	 * when the head index did (a first search): `facets` are empty, and with `atLeast` some pages
	 * may be missing; `search(…, { complete: true })` then finds them all.
	 */
	complete: boolean;
	/** The list is the best pages only: some of a common character's pages are not looked at. */
	atLeast: boolean;
}

/** How many of the first results have their titles read to order them (their fragments load). */
export const RERANK_DEPTH = 12;

/** How many suggestions are offered when nothing is found. */
const SUGGESTIONS = 5;

/** A one-term query of at most this many index words is a word many pages may hold as typed. */
const SHORT_WORD = 6;

/**
 * How many pages the head index lists for some but not all of a query's common characters are
 * read to see whether they hold the rest (their titles hold the most of the query first).
 */
const HEAD_CHECKS = 4;

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

/**
 * A search that answers first from the head index and loads Pagefind (`load`, then prepared as
 * `connectPagefind` does) only when it needs every page: on filtering, paging past the best
 * pages, or when the best pages do not answer the query.
 */
export function headFirstSearch(
	load: () => Promise<PagefindApi>,
	heads: HeadSource,
	data: QueryData,
	options: Record<string, unknown> = {},
): SiteSearch {
	let loaded: Promise<PagefindApi> | undefined;
	const pagefind = () =>
		(loaded ??= load().then(async (module) => {
			await module.options({ noWorker: true, ...options });
			await module.filters();
			return module;
		}));
	return new SiteSearch(pagefind, data, heads);
}

/** The pages Pagefind finds for one index word, with what ranking needs of each. */
type TokenPages = {
	response: PagefindResponse | null;
	pages: Map<string, { result: PagefindResult; token: TokenOnPage }>;
	/** The head index lists only the best pages of the word. */
	cut?: boolean;
};

/** The pages found for a query's index words, with what each page holds of them. */
type FoundPages = Map<string, { result: PagefindResult; tokens: Map<string, TokenOnPage> }>;

/** What ranking needs of Pagefind's (or the head index's) answer for one index word. */
function tokenPages(token: string, response: PagefindResponse | null): TokenPages['pages'] {
	const latin = !/\p{Script=Han}/u.test(token);
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
	return pages;
}

/** The pages of each index word, gathered by page. */
function gatherPages(tokens: readonly string[], looked: readonly TokenPages[]): FoundPages {
	const byPage: FoundPages = new Map();
	looked.forEach(({ pages }, index) => {
		const token = tokens[index] ?? '';
		for (const [id, { result, token: onPage }] of pages) {
			const page = byPage.get(id) ?? { result, tokens: new Map<string, TokenOnPage>() };
			page.tokens.set(token, onPage);
			byPage.set(id, page);
		}
	});
	return byPage;
}

/**
 * The pages in tiers 1–3 (with `partial`, in tier 4: for when there are none), best first,
 * their titles not yet read.
 */
function rankFound(plan: QueryPlan, byPage: FoundPages, partial = false): RankedPage[] {
	const ranked: RankedPage[] = [];
	for (const [id, page] of byPage) {
		const rank = rankPage(id, plan, page.tokens, partial);
		if (rank && (partial || rank.tier < 4)) ranked.push(rank);
	}
	return ranked.sort(comparePages);
}

/** Reads the titles of `top` (their fragments load) and orders them by them. */
async function readTitles(
	plan: QueryPlan,
	top: RankedPage[],
	byPage: FoundPages,
): Promise<RankedPage[]> {
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
	return top.sort(comparePages);
}

/**
 * Searches the site through Pagefind: each index word of the query is looked up once (and kept
 * for the next query), pages are placed in tiers and ordered by `ranking.ts`, and the titles of
 * the first ones are read to order them. Filters are applied to the pages found, so one lookup
 * serves the results and every filter value's count.
 */
export class SiteSearch {
	private readonly pagefind: () => Promise<PagefindApi>;
	private readonly data: QueryData;
	private readonly heads: HeadSource | undefined;
	private tokens = new Map<string, Promise<TokenPages>>();
	private headTokens = new Map<string, Promise<TokenPages>>();
	private members = new Map<string, Promise<Set<string>>>();

	/**
	 * `pagefind` is Pagefind's API, or a function that loads it when first needed; with `heads`,
	 * first searches run on the head index (see `headFirstSearch`).
	 */
	constructor(
		pagefind: PagefindApi | (() => Promise<PagefindApi>),
		data: QueryData = NO_QUERY_DATA,
		heads?: HeadSource,
	) {
		this.pagefind = typeof pagefind === 'function' ? pagefind : () => Promise.resolve(pagefind);
		this.data = data;
		this.heads = heads;
	}

	/** Merges other sites' indexes into later searches, forgetting what was looked up before. */
	async merge(indexes: readonly MergedIndex[]): Promise<void> {
		if (indexes.length === 0) return;
		if (this.heads) throw new Error('a search over a head index cannot merge other indexes');
		await mergeIndexes(await this.pagefind(), indexes);
		this.tokens.clear();
		this.members.clear();
	}

	private lookUp(token: string): Promise<TokenPages> {
		let found = this.tokens.get(token);
		if (!found) {
			found = this.pagefind()
				.then((pagefind) => pagefind.search(looseQuery(token)))
				.then((response) => ({ response, pages: tokenPages(token, response) }));
			this.tokens.set(token, found);
		}
		return found;
	}

	private headLookUp(heads: HeadSource, token: string): Promise<TokenPages> {
		let found = this.headTokens.get(token);
		if (!found) {
			const latin = !/\p{Script=Han}/u.test(token);
			found = heads.search(token, latin).then(({ response, cut }) => ({
				response,
				pages: tokenPages(token, response),
				cut,
			}));
			this.headTokens.set(token, found);
		}
		return found;
	}

	/** The ids of the pages with one filter value (Pagefind's search without a term). */
	private membersOf(name: string, value: string): Promise<Set<string>> {
		const key = `${name}\u0000${value}`;
		let found = this.members.get(key);
		if (!found) {
			found = this.pagefind()
				.then((pagefind) => pagefind.search(null, { filters: { [name]: [value] } }))
				.then((response) => new Set((response?.results ?? []).map((result) => result.id)));
			this.members.set(key, found);
		}
		return found;
	}

	/**
	 * Finds and ranks the pages for `input`, within the selected filters. A first search with
	 * the head index and no filter answers from it when it can; `complete` asks Pagefind for
	 * every page and the filter counts.
	 */
	async search(
		input: string,
		filters: SelectedFilters = {},
		{ complete = false }: { complete?: boolean } = {},
	): Promise<SearchOutcome> {
		const plan = planQuery(input, this.data);
		const { terms, phrases } = highlightTerms(plan);
		const nothing = { terms, phrases, plan, hits: [], facets: {}, suggestions: [] };
		if (plan.tokens.length === 0) return { ...nothing, complete: true, atLeast: false };
		const selected = Object.entries(filters).filter(([, values]) => values.length > 0);
		if (this.heads && !complete && selected.length === 0) {
			const answer = await this.searchHeads(this.heads, plan);
			if (answer) return { terms, phrases, plan, ...answer };
		}

		const looked = await Promise.all(plan.tokens.map((token) => this.lookUp(token)));
		const byPage = gatherPages(plan.tokens, looked);
		let ranked = rankFound(plan, byPage);
		if (ranked.length === 0) ranked = rankFound(plan, byPage, true);
		const facets = await this.facets(ranked, looked);
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
		const top = await readTitles(plan, ranked.slice(0, RERANK_DEPTH), byPage);
		ranked = [...top, ...ranked.slice(RERANK_DEPTH)];
		const hits = hitsOf(ranked, byPage);
		const suggestions = hits.length === 0 ? await this.suggest(byPage) : [];
		const tier = hits[0] ? { tier: hits[0].tier } : {};
		return {
			terms,
			phrases,
			plan,
			hits,
			...tier,
			facets,
			suggestions,
			complete: true,
			atLeast: false,
		};
	}

	/**
	 * A first search on the head index. Where every word of the query is listed whole, this is
	 * the whole answer. Where a common character lists only its best pages, the pages that hold
	 * all the query's words among those lists are ranked as usual, and pages missing from some
	 * lists are read and ranked by their text: all of them when a word of the query is listed
	 * whole and on few pages (every answer is among those, so the answer is whole), else the few
	 * whose titles hold the most of the query, since a title the query covers ranks first.
	 * Returns undefined when a list is cut and that finds no page holding the query as typed:
	 * Pagefind then looks it all up (such a page may be in none of the lists; and for tier 4, or
	 * to say truly that nothing is found).
	 */
	private async searchHeads(
		heads: HeadSource,
		plan: QueryPlan,
	): Promise<Omit<SearchOutcome, 'terms' | 'phrases' | 'plan'> | undefined> {
		const looked = await Promise.all(plan.tokens.map((token) => this.headLookUp(heads, token)));
		const cut = new Set(plan.tokens.filter((_, index) => looked[index]?.cut));
		const byPage = gatherPages(plan.tokens, looked);
		let ranked = rankFound(plan, byPage);
		let whole = cut.size === 0;
		let checked: RankedPage[] = [];
		let readCount = 0;
		if (!whole) {
			const listed = new Set(ranked.map((page) => page.id));
			const required = requiredTokens(plan);
			// The pages of the rarest word listed whole, if one is: every answer is among them.
			const bound = looked
				.filter((found, index) => !found.cut && required.has(plan.tokens[index] ?? ''))
				.sort((a, b) => a.pages.size - b.pages.size)[0];
			const unsure = [...byPage]
				.filter(
					([id, page]) =>
						!listed.has(id) &&
						(!bound || bound.pages.has(id)) &&
						[...required].every((token) => page.tokens.has(token) || cut.has(token)),
				)
				.map(([id, page]) => {
					const values = [...page.tokens.values()];
					const inTitle = values.filter((token) => token.inTitle).length;
					const score = values.reduce((sum, token) => sum + token.score, 0);
					return { id, page, inTitle, held: page.tokens.size, score };
				});
			whole = bound !== undefined && unsure.length <= RERANK_DEPTH;
			// As many as the first pages' titles would have been read for, and at least a few.
			const reads = Math.max(HEAD_CHECKS, RERANK_DEPTH - ranked.length);
			const toRead = whole
				? unsure
				: unsure
						.filter((page) => page.inTitle > 0)
						.sort((a, b) => b.inTitle - a.inTitle || b.held - a.held || b.score - a.score)
						.slice(0, reads);
			readCount = toRead.length;
			const read = await Promise.all(
				toRead.map(async ({ id, page }) => {
					page.tokens = pageTokensFromText(plan.tokens, await page.result.data(), page.tokens);
					return rankPage(id, plan, page.tokens);
				}),
			);
			checked = read.filter((rank): rank is PageRank => rank !== undefined);
		}
		// Pages holding the query as typed may stand outside every cut list. Unless the answer is
		// whole, Pagefind looks them up when the lists show none, and for a short word also when
		// they do not fill the first screen with them: many pages hold a word. Few pages hold a
		// name typed in full or several terms as typed, so their first screen may mix tiers once
		// one such page is found (measured in docs/search.md).
		const found = [...ranked, ...checked];
		const exact = found.filter((page) => page.tier === 1).length;
		const word = plan.terms.length === 1 && plan.tokens.length <= SHORT_WORD;
		const wanted = word ? Math.min(PAGE_SIZE, found.length) : 1;
		if (!whole && exact < wanted) return undefined;
		if (ranked.length + checked.length === 0) {
			// Only some of the words, if any: ranked from the lists only when none is cut.
			if (cut.size > 0) return undefined;
			ranked = rankFound(plan, byPage, true);
		}
		// Every fragment read counts against the first search's budget of `RERANK_DEPTH`.
		const firstRead = Math.max(0, RERANK_DEPTH - readCount);
		const top = await readTitles(plan, [...checked, ...ranked.slice(0, firstRead)], byPage);
		ranked = [...top, ...ranked.slice(firstRead)];
		const hits = hitsOf(ranked, byPage);
		const suggestions = hits.length === 0 ? await this.suggest(byPage) : [];
		const tier = hits[0] ? { tier: hits[0].tier } : {};
		return { hits, ...tier, facets: {}, suggestions, complete: false, atLeast: !whole };
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
	private async suggest(byPage: FoundPages): Promise<Suggestion[]> {
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

/** The hits of ranked pages, with the way to load what each shows. */
function hitsOf(ranked: readonly RankedPage[], byPage: FoundPages): SearchHit[] {
	return ranked.flatMap((page) => {
		const found = byPage.get(page.id);
		return found
			? [{ id: page.id, score: page.score, data: found.result.data, tier: page.tier }]
			: [];
	});
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

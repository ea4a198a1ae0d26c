/**
 * The part of Pagefind's JavaScript API (`pagefind/pagefind.js`) the search uses, typed here
 * because the module only exists in the built site.
 */

/** Selected filter values by filter name, e.g. `{ town: ['柳林镇'] }`. */
export type SelectedFilters = Record<string, string[]>;

/** Result counts per value per filter, e.g. `{ town: { 柳林镇: 3 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What Pagefind keeps about a page: its indexed text, meta and filters. */
export interface PagefindFragment {
	url: string;
	raw_url?: string;
	content: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
}

export interface PagefindResult {
	id: string;
	score: number;
	/** Positions of the matched words in the page's text. */
	words?: number[];
	/** The meta fields (title, aliases, kind …) that hold a word of the query (Pagefind 1.6). */
	matchedMetaFields?: string[];
	data: () => Promise<PagefindFragment>;
}

export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: FilterCounts;
	totalFilters: FilterCounts;
}

export interface PagefindApi {
	options: (options: Record<string, unknown>) => Promise<void>;
	search: (
		term: string | null,
		options?: { filters?: SelectedFilters },
	) => Promise<PagefindResponse | null>;
	filters: () => Promise<FilterCounts>;
	/**
	 * Adds another site's index to every search (Pagefind's multisite search). Pagefind always has
	 * it; stand-ins that merge nothing may leave it out.
	 */
	mergeIndex?: (path: string, options?: Record<string, unknown>) => Promise<void>;
}

/**
 * What the search page needs besides Pagefind to read a query the way readers type it: the
 * synonym groups of `content/taxonomies/synonyms.yaml` and a table from traditional to simplified
 * characters, cut down at build time to the characters the site's pages hold (the full table of
 * opencc-js is 52 KB gzipped; this one is a few KB), and the list of the head index's chunks.
 * The build writes it beside Pagefind's files.
 */
import type { HeadIndexInfo } from './head-index.ts';

/** The file the build writes into `pagefind/` and the search page loads on its first search. */
export const QUERY_DATA_FILE = 'tongxin-query.json';

export interface QueryData {
	/** Groups of words that mean the same, lower-cased (see `synonyms.ts`). */
	synonyms: string[][];
	/** Traditional (or variant) character → its simplified form, for characters the site holds. */
	traditional: Record<string, string>;
	/** The head index a first search runs on without Pagefind (`head-index.ts`), if built. */
	heads?: HeadIndexInfo;
}

/** No synonyms and no conversion: what a search without the data file uses. */
export const NO_QUERY_DATA: QueryData = { synonyms: [], traditional: {} };

/** The text with every character the table knows replaced by its simplified form. */
export function toSimplified(text: string, traditional: Readonly<Record<string, string>>): string {
	let result = '';
	for (const char of text) result += traditional[char] ?? char;
	return result;
}

import { spaceHan } from './han-text.ts';

/** At most this many words of a query are searched; more only slow the search down. */
export const MAX_TERMS = 8;

// Marks between two letters or digits that are not Chinese (`1+6`, `3.5`, `e-mail`): the index
// keeps such words whole and drops the marks, so the query does too.
const MARKS_INSIDE_A_WORD =
	/(?<=[^\s\p{P}\p{S}\p{Script=Han}])[\p{P}\p{S}]+(?=[^\s\p{P}\p{S}\p{Script=Han}])/gu;

/**
 * The words of what the reader typed, the way the search compares them: full-width letters and
 * digits made half-width (NFKC), lower case, split at spaces and punctuation, each word once.
 * `“五步法” 统战` → `['五步法', '统战']`; `“1+6”工作机制` → `['16', '工作机制']`.
 */
export function queryTerms(input: string): string[] {
	const words = input
		.normalize('NFKC')
		.toLocaleLowerCase('zh-CN')
		.replace(MARKS_INSIDE_A_WORD, '')
		.split(/[\s\p{P}\p{S}]+/u)
		.filter(Boolean);
	return [...new Set(words)].slice(0, MAX_TERMS);
}

/** The Pagefind query that finds pages holding every character of a word, ranked by Pagefind. */
export function looseQuery(term: string): string {
	return spaceHan(term).trim();
}

/** The Pagefind query that keeps only pages holding the word's characters in a row. */
export function exactQuery(term: string): string {
	return `"${looseQuery(term)}"`;
}

/** True when the text holds every query word (the meaning of a search hit, used by the benchmark). */
export function textMatches(text: string, terms: readonly string[]): boolean {
	const normalized = normalizeForMatch(text);
	return terms.every((term) => normalized.includes(term));
}

/** Text as queries compare it: NFKC, lower case, punctuation and spaces removed. */
export function normalizeForMatch(text: string): string {
	return text
		.normalize('NFKC')
		.toLocaleLowerCase('zh-CN')
		.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * Chinese text as the search index sees it. Pagefind finds words by spaces; Chinese has none, and
 * the segmenter Pagefind uses while indexing (ICU4X) and the one the browser uses for the query
 * (`Intl.Segmenter`) can cut the same phrase differently, so a page can be missed although it holds
 * the very words typed. We therefore index every Chinese character as a word of its own and send
 * queries the same way: a single character cannot be cut two ways. Phrases are then matched as
 * runs of consecutive characters (see `query.ts`), and the spaces are taken out again for display.
 */

/** One Chinese (Han) character, including the compatibility and extension blocks. */
const HAN = String.raw`\p{Script=Han}`;

// A space goes between a Chinese character and a letter, digit or other character next to it.
// Punctuation never stands alone: opening quotes and brackets stay with the next word, other
// marks with the one before, so that “五位一体” and 五、突出 take no word positions of their own
// and a phrase typed without them still matches.
const WORD_CHAR = String.raw`[^\s\p{P}]`;
const AROUND_HAN = new RegExp(
	`(${HAN})(?=${WORD_CHAR}|[\\p{Ps}\\p{Pi}])|(${WORD_CHAR}|[^\\s\\p{Ps}\\p{Pi}])(?=${HAN})`,
	'gu',
);
const SPACE_NEXT_TO_HAN = new RegExp(`(?<=${HAN})[ \\t]+(?=\\S)|(?<=\\S)[ \\t]+(?=${HAN})`, 'gu');

/** True when the text holds at least one Chinese character. */
export function hasHan(text: string): boolean {
	return new RegExp(HAN, 'u').test(text);
}

/**
 * Puts a space on both sides of every Chinese character, so that the index holds each one as a
 * word: `“345”责任体系` → `“345” 责 任 体 系`. Latin words and numbers stay whole.
 */
export function spaceHan(text: string): string {
	return text.replace(AROUND_HAN, '$1$2 ');
}

/**
 * Undoes `spaceHan` for display: removes the spaces next to Chinese characters. A space the
 * editor typed between two Chinese words goes too, which Chinese text rarely has.
 */
export function unspaceHan(text: string): string {
	return text.replace(SPACE_NEXT_TO_HAN, '');
}

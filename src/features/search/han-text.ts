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
const HAN_CHAR = new RegExp(HAN, 'u');
/** Punctuation and symbols: they belong to a word but are no word of their own. */
const MARK = /[\p{P}\p{S}]/u;
/** Opening quotes and brackets, which belong to the word after them. */
const OPENING = /[\p{Ps}\p{Pi}]/u;
const SPACE = /\s/u;

// A space that `spaceHan` may have put in: next to a Chinese character, or between the marks
// that follow one and the next word, or between a word and the marks before one.
const SPACE_NEXT_TO_HAN = new RegExp(
	`(?<=${HAN}[\\p{P}\\p{S}]*)[ \\t]+(?=\\S)|(?<=\\S)[ \\t]+(?=[\\p{P}\\p{S}]*${HAN})`,
	'gu',
);

/** True when the text holds at least one Chinese character. */
export function hasHan(text: string): boolean {
	return HAN_CHAR.test(text);
}

interface Word {
	/** What the word is made of apart from its marks: one Chinese character, or other letters. */
	core: 'han' | 'other' | 'none';
	text: string;
}

/**
 * Puts a space on both sides of every Chinese character, so that the index holds each one as a
 * word: `“345”责任体系` → `“345” 责 任 体 系`. Punctuation and symbols never stand alone, since
 * the index would give them a word position of their own and a phrase typed without them would
 * no longer match: opening quotes and brackets stay with the next word, other marks (”、，+ …)
 * with the one before, so that `“五位一体”`, `五、突出`, `共性+个性` and `全覆盖，189个` index as
 * `“五 位 一 体”`, `五、 突 出`, `共 性+ 个 性` and `全 覆 盖， 189 个`. Latin words and numbers stay
 * whole with the marks inside them (`1+6`, `3.5`); the index drops those marks (`16`, `35`).
 */
export function spaceHan(text: string): string {
	const parts: (Word | string)[] = [];
	let opening = '';
	const last = () => {
		const part = parts.at(-1);
		return typeof part === 'object' ? part : undefined;
	};
	for (const char of text) {
		if (SPACE.test(char)) {
			if (opening) parts.push({ core: 'none', text: opening });
			opening = '';
			parts.push(char);
		} else if (MARK.test(char)) {
			const word = last();
			if (OPENING.test(char) || opening || !word) opening += char;
			else word.text += char;
		} else if (HAN_CHAR.test(char)) {
			parts.push({ core: 'han', text: opening + char });
			opening = '';
		} else {
			const word = last();
			// Letters and digits join the word before unless a Chinese character or a space is between.
			if (word && word.core !== 'han') {
				word.text += opening + char;
				if (word.core === 'none') word.core = 'other';
			} else parts.push({ core: 'other', text: opening + char });
			opening = '';
		}
	}
	if (opening) parts.push({ core: 'none', text: opening });
	let result = '';
	parts.forEach((part, index) => {
		const before = parts[index - 1];
		result +=
			typeof part === 'string' ? part : `${typeof before === 'object' ? ' ' : ''}${part.text}`;
	});
	return result;
}

/**
 * Undoes `spaceHan` for display: removes the spaces next to Chinese characters and their marks.
 * A space the editor typed between two Chinese words goes too, which Chinese text rarely has.
 */
export function unspaceHan(text: string): string {
	return text.replace(SPACE_NEXT_TO_HAN, '');
}

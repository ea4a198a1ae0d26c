/**
 * Fill-in blanks in a template: a name in 【】 such as 【单位名称】 or 【年份】. The page's form
 * fills them in the browser; printing and downloads carry whatever the reader typed.
 */

/** A blank in running text, e.g. 【单位名称】: 1 to 20 characters, no bracket inside. */
export const BLANK_PATTERN = /【([^【】\n]{1,20})】/g;

/** A piece of running text: plain text, a blank to fill in, or a link (printed as its text). */
export type Inline =
	| { type: 'text'; text: string }
	| { type: 'blank'; name: string }
	| { type: 'link'; text: string; href: string };

/** Splits running text into plain text and blanks, in order. */
export function splitBlanks(text: string): Inline[] {
	const parts: Inline[] = [];
	let last = 0;
	for (const match of text.matchAll(BLANK_PATTERN)) {
		if (match.index > last) parts.push({ type: 'text', text: text.slice(last, match.index) });
		parts.push({ type: 'blank', name: match[1] ?? '' });
		last = match.index + match[0].length;
	}
	if (last < text.length) parts.push({ type: 'text', text: text.slice(last) });
	return parts;
}

/** How a blank reads while it is not filled in. */
export function blankPlaceholder(name: string): string {
	return `【${name}】`;
}

/** Blanks most templates share, asked for first and in this order on the form. */
const COMMON_BLANKS = ['单位名称', '负责人', '联系电话', '年份'];

/** The distinct blank names of a text: the common ones first, then in order of appearance. */
export function blankNames(text: string): string[] {
	const names = [...new Set([...text.matchAll(BLANK_PATTERN)].map((match) => match[1] ?? ''))];
	const rank = (name: string) => {
		const index = COMMON_BLANKS.indexOf(name);
		return index === -1 ? COMMON_BLANKS.length : index;
	};
	return names.sort((a, b) => rank(a) - rank(b));
}

/** Values typed into the form, by blank name; an empty value leaves the blank as it is. */
export type BlankValues = Readonly<Record<string, string>>;

/** The text with every blank that has a value replaced by it. */
export function fillBlanks(text: string, values: BlankValues): string {
	return text.replace(BLANK_PATTERN, (whole, name: string) => values[name]?.trim() || whole);
}

/** Where a 【 or 】 does not make a blank (unclosed, empty, too long): 0-based offsets. */
export function strayBrackets(text: string): number[] {
	const inBlanks = new Set<number>();
	for (const match of text.matchAll(BLANK_PATTERN)) {
		inBlanks.add(match.index);
		inBlanks.add(match.index + match[0].length - 1);
	}
	const stray: number[] = [];
	for (let index = 0; index < text.length; index += 1) {
		const char = text[index];
		if ((char === '【' || char === '】') && !inBlanks.has(index)) stray.push(index);
	}
	return stray;
}

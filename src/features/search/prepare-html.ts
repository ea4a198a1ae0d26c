import { Parser } from 'htmlparser2';
import { spaceHan } from './han-text.ts';

/** Meta values that are addresses, not words: they are kept as they are. */
const LITERAL_META = /^(?:image|image_alt|url)$/;

// A Chinese character (with the marks before or after it) at either end of a text node.
const HAN_AT_START = /^([\p{P}\p{S}]*\p{Script=Han})/u;
const HAN_AT_END = /(\p{Script=Han}[\p{P}\p{S}]*)$/u;

/** Elements whose text is code, not words. */
const RAW_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/**
 * Spaces the Chinese characters of each `key:value` of a `data-pagefind-meta` attribute, so that
 * meta words are indexed the same way as the text (`kind:同心实践站` → `kind:同 心 实 践 站`).
 */
export function spaceMetaAttribute(value: string): string {
	return value
		.split(/,\s*/)
		.map((part) => {
			const colon = part.indexOf(':');
			if (colon < 0) return part;
			const key = part.slice(0, colon).trim();
			return LITERAL_META.test(key) || key.includes('[')
				? part
				: `${part.slice(0, colon + 1)}${spaceHan(part.slice(colon + 1))}`;
		})
		.join(', ');
}

/**
 * The page as the search index reads it (the built file itself is not changed): every Chinese
 * character of its text and meta values is a word of its own (see `han-text.ts`). Filter values
 * stay whole, since readers see them as they are.
 */
export function prepareForIndex(html: string): string {
	const edits: { from: number; to: number; text: string }[] = [];
	let rawDepth = 0;
	const parser = new Parser(
		{
			onopentag(name) {
				if (RAW_TEXT.has(name)) rawDepth++;
			},
			onclosetag(name) {
				if (RAW_TEXT.has(name)) rawDepth = Math.max(0, rawDepth - 1);
			},
			ontext(text) {
				if (rawDepth > 0) return;
				// Spaces at the ends too: `<b>` and `<a>` join their text to the next without one.
				const spaced = spaceHan(text).replace(HAN_AT_START, ' $1').replace(HAN_AT_END, '$1 ');
				if (spaced !== text)
					edits.push({ from: parser.startIndex, to: parser.endIndex + 1, text: spaced });
			},
		},
		{ decodeEntities: false },
	);
	parser.write(html);
	parser.end();
	let result = '';
	let cursor = 0;
	for (const edit of edits) {
		result += html.slice(cursor, edit.from) + edit.text;
		cursor = edit.to;
	}
	result += html.slice(cursor);
	return result.replace(
		/(data-pagefind-meta=")([^"]*)(")/g,
		(_, open: string, value: string, close: string) =>
			`${open}${spaceMetaAttribute(value)}${close}`,
	);
}

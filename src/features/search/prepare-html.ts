import { Parser } from 'htmlparser2';
import { titleAliases } from './aliases.ts';
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

/** The mark put after a label (`<dt>`) and after a value (`<dd>`) of a facts list. */
const AFTER_TERM: Record<string, string> = { dt: '：', dd: '；' };

/** The meta fields that hold the words a page is also found by (see `aliases.ts`). */
export const PINYIN_META = 'pinyin';
export const ALIASES_META = 'aliases';

export interface PrepareOptions {
	/** Synonym groups: a title's other words join its aliases. */
	synonyms?: readonly (readonly string[])[];
}

// Astro escapes these five in text and attribute values; titles hold no other entities.
const ENTITIES: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };
const decode = (text: string) =>
	text.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) => ENTITIES[name] ?? '');

/**
 * The page's title as Pagefind reads it: its `title` meta if it sets one, else the text of its
 * first `<h1>` (Pagefind's default).
 */
export function metaTitle(html: string): string | undefined {
	const meta = /data-pagefind-meta="title:([^"]*)"/.exec(html)?.[1];
	if (meta !== undefined) return decode(meta).trim();
	const heading = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
	return heading === undefined ? undefined : decode(heading.replace(/<[^>]*>/g, '')).trim();
}

/**
 * The page as the search index reads it (the built file itself is not changed): every Chinese
 * character of its text and meta values is a word of its own (see `han-text.ts`); labels and
 * values of facts lists (`<dl>`) are kept apart by a mark, so that excerpts read “所在地：城关镇；”;
 * and the title's pinyin and synonyms are added as the `aliases` meta (see `aliases.ts`). Filter
 * values stay whole, since readers see them as they are.
 */
export function prepareForIndex(html: string, { synonyms = [] }: PrepareOptions = {}): string {
	const edits: { from: number; to: number; text: string }[] = [];
	let rawDepth = 0;
	const title = metaTitle(html);
	const found = title ? titleAliases(title, synonyms) : { pinyin: '', aliases: '' };
	const metaSpans = (
		[
			[PINYIN_META, found.pinyin],
			[ALIASES_META, found.aliases],
		] as const
	)
		.filter(([, value]) => value)
		.map(
			([key, value]) => `<span data-pagefind-meta="${key}:${value.replace(/[",]/g, ' ')}"></span>`,
		)
		.join('');
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (RAW_TEXT.has(name)) rawDepth++;
				if (metaSpans && 'data-pagefind-body' in attributes) {
					const at = parser.endIndex + 1;
					edits.push({ from: at, to: at, text: metaSpans });
				}
			},
			onclosetag(name, isImplied) {
				if (RAW_TEXT.has(name)) rawDepth = Math.max(0, rawDepth - 1);
				const mark = AFTER_TERM[name];
				if (mark && !isImplied) {
					// The mark joins the last word, as `spaceHan` attaches marks, so it takes no word position.
					const last = edits.at(-1);
					if (last && last.to === parser.startIndex && / $/.test(last.text)) {
						last.text = `${last.text.slice(0, -1)}${mark} `;
					} else edits.push({ from: parser.startIndex, to: parser.startIndex, text: mark });
				}
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

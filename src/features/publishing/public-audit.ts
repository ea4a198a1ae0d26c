/**
 * The backstop behind the sealed source: after a public build, every file of the output is
 * searched for what must not be there — the names, addresses and unique phrases of the entries
 * the build held back, the values of internal-only fields, the names of pictures only held-back
 * entries use, and personal data. A hit stops the build naming the output file and the entry it
 * came from. It catches what a broken loader, page or plug-in would let through.
 */
import { collectionSources, type CollectionName } from '../../core/collections.ts';
import type { ContentScope } from '../../core/content-scope.ts';
import type { RawContent } from '../../core/content-check/read-content.ts';
import { findingLabels, isPersonalMailDomain, isResidentIdNumber } from './personal-data.ts';
import { textOf } from '../../core/format.ts';

/** One thing to look for, and where it comes from (for the message). */
export interface Needle {
	text: string;
	/** Where the search looks: in file contents, or in file names. */
	in: 'contents' | 'names';
	/** The content file it comes from and what it is, e.g. `systems/x.md` 的标题. */
	source: string;
	what: string;
}

/**
 * Shorter texts are too common to prove a leak; a text without Chinese must look like a name or
 * a number (a hyphen, a digit, a slash), not like an English word that code may hold.
 */
const MIN_HAN = 5;
const MIN_OTHER = 8;
/** How many phrases of each held-back entry's body are looked for. */
const PHRASES_PER_ENTRY = 6;

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);
const distinctive = (text: string) =>
	hasHan(text) ? text.length >= MIN_HAN : text.length >= MIN_OTHER && /[-/\d]/.test(text);
/** Pages store Chinese text with spaces between characters for the search index. */
export const compact = (text: string) => text.replace(/\s+/g, '');

function* strings(value: unknown, path: string): Generator<{ path: string; text: string }> {
	if (typeof value === 'string') yield { path, text: value };
	else if (typeof value === 'number' && String(value).length >= MIN_OTHER)
		yield { path, text: String(value) };
	else if (Array.isArray(value))
		for (const [index, item] of value.entries()) yield* strings(item, `${path}[${index}]`);
	else if (value && typeof value === 'object' && !(value instanceof Date))
		for (const [key, item] of Object.entries(value))
			yield* strings(item, path ? `${path}.${key}` : key);
}

/** Phrases of a body: the runs between punctuation, longest first, Markdown marks removed. */
export function phrasesOf(body: string): string[] {
	const text = body
		.replace(/<[^>]*>/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[#>*_`~|{}[\]()-]/g, ' ');
	const phrases = text
		.split(/[。！？；，、：“”‘’（）《》\n.!?;,:"]+/)
		.map((phrase) => compact(phrase))
		.filter((phrase) => phrase.length >= 8 && hasHan(phrase));
	return [...new Set(phrases)].sort((a, b) => b.length - a.length);
}

/** The URL folder of a collection's pages: its content folder (`systems`, `cases`…). */
const folderOf = (collection: CollectionName) => {
	const source = collectionSources[collection];
	return source.type === 'folder' ? source.folder : undefined;
};

/**
 * What a public build must not hold, from the content as written: for each held-back entry its
 * texts, its body's phrases, its pages' addresses and its pictures' names; for every other
 * entry the values of the fields the public build removes. A text that public content also holds
 * is left out: it proves nothing.
 */
export function auditNeedles(content: RawContent, scope: ContentScope): Needle[] {
	const publicTexts: string[] = [];
	const publicPictures = new Set<string>();
	const candidates: Needle[] = [];
	const heldPictures = new Map<string, string>();
	for (const [collection, entries] of content.entries) {
		const removed = scope.removedFields(collection);
		for (const entry of entries) {
			if (entry.unreadable) continue;
			const data = (entry.data ?? {}) as Record<string, unknown>;
			const held = scope.heldBack(collection, data);
			const source = `${entry.file}${collectionSources[collection].type === 'folder' ? '' : `（${textOf(data['id'] ?? '')}）`}`;
			const pictures = [...strings(data, '')].filter(({ path }) => /(?:^|\.)src$/.test(path));
			if (held) {
				for (const { path, text } of strings(data, '')) {
					if (/(?:^|\.)src$/.test(path)) continue;
					candidates.push({ text, in: 'contents', source, what: ` 的 ${path} 字段` });
				}
				for (const phrase of phrasesOf(entry.body ?? '').slice(0, PHRASES_PER_ENTRY))
					candidates.push({ text: phrase, in: 'contents', source, what: ' 的正文' });
				const folder = folderOf(collection);
				const id = textOf(data['slug'] ?? data['id'] ?? '');
				if (folder && id) {
					for (const ending of ['/', '.'])
						candidates.push({
							text: `${folder}/${id}${ending}`,
							in: 'contents',
							source,
							what: ' 的网址',
						});
					candidates.push({ text: `${folder}/${id}`, in: 'names', source, what: ' 的网页' });
				}
				for (const { text } of pictures) heldPictures.set(text, source);
				continue;
			}
			for (const { text } of pictures) publicPictures.add(text.split('/').pop()!);
			for (const [key, value] of Object.entries(data)) {
				if (removed.has(key)) {
					for (const { path, text } of strings(value, key))
						candidates.push({ text, in: 'contents', source, what: ` 的内部字段 ${path}` });
				} else {
					for (const { text } of strings(value, key)) publicTexts.push(compact(text));
				}
			}
			if (entry.body) publicTexts.push(compact(entry.body));
			const slug = data['slug'] ?? data['id'];
			if (slug !== undefined) publicTexts.push(textOf(slug));
		}
	}
	// Pictures only held-back entries use: Astro names its copies after the file.
	for (const [src, source] of heldPictures) {
		const name = src.split('/').pop()!;
		const stem = name.replace(/\.[^.]+$/, '');
		if (publicPictures.has(name) || stem.length < 4) continue;
		candidates.push({ text: `${stem}.`, in: 'names', source, what: ` 的图片 ${name}` });
	}
	const seen = new Set<string>();
	const needles = candidates.filter((needle) => {
		const text = needle.in === 'contents' ? compact(needle.text) : needle.text;
		const key = `${needle.in}\u0000${text}`;
		if (seen.has(key) || !distinctive(text)) return false;
		seen.add(key);
		needle.text = text;
		return true;
	});
	// One pass over the public texts finds the needles they hold.
	const inPublic = new Set(
		needleMatcher(
			needles.filter((needle) => needle.in === 'contents'),
			{ overlapping: true },
		)(publicTexts.join('\n')).map((needle) => needle.text),
	);
	return needles.filter((needle) => needle.in === 'names' || !inPublic.has(needle.text));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for many needles at once: one regular expression, which V8 runs fast over long texts.
 * With `overlapping`, a needle inside or overlapping another is found too (a lookahead at each
 * start); otherwise the first needle found at each place stands for the others.
 */
export function needleMatcher(needles: readonly Needle[], { overlapping = false } = {}) {
	const byText = new Map(needles.map((needle) => [needle.text, needle]));
	// Longest first, so that a needle that starts another does not hide it.
	const alternatives = [...byText.keys()]
		.sort((a, b) => b.length - a.length)
		.map(escape)
		.join('|');
	const pattern =
		needles.length === 0
			? undefined
			: new RegExp(overlapping ? `(?=(${alternatives}))` : alternatives, 'g');
	return (text: string): Needle[] => {
		if (!pattern) return [];
		const found = new Map<string, Needle>();
		for (const match of text.matchAll(pattern)) {
			const hit = match[1] ?? match[0];
			found.set(hit, byText.get(hit)!);
			if (overlapping) {
				// Shorter needles starting at the same place.
				for (const [candidate, needle] of byText)
					if (candidate.length < hit.length && text.startsWith(candidate, match.index))
						found.set(candidate, needle);
			}
		}
		return [...found.values()];
	};
}

// Personal data as a built page can spell it: digits contiguous or in the usual groups, ASCII or
// full-width. (Numbers in drawings — SVG paths, coordinates — are not joined across spaces.)
const DIGIT = '[0-9０-９]';
const SEP = '[ \\-－\\u00A0\\u3000]?';
const ID_IN_OUTPUT = new RegExp(
	`(?<![0-9０-９.A-Za-z])[1-9１-９]${DIGIT}{5}${SEP}${DIGIT}{4}${SEP}${DIGIT}{4}${SEP}${DIGIT}{3}[0-9０-９XxＸｘ](?![0-9０-９.A-Za-z])`,
	'g',
);
const MOBILE_IN_OUTPUT = new RegExp(
	`(?<![0-9０-９.+])(?:\\+?86${SEP})?[1１][3-9３-９]${DIGIT}${SEP}${DIGIT}{4}${SEP}${DIGIT}{4}(?![0-9０-９.])`,
	'g',
);

const EMAIL_IN_OUTPUT =
	/[A-Za-z0-9._%+\-Ａ-Ｚａ-ｚ０-９]+[@＠][A-Za-z0-9\-Ａ-Ｚａ-ｚ０-９]+(?:[.．][A-Za-z0-9\-Ａ-Ｚａ-ｚ０-９]+)+/g;

/** Runs of digits long enough to be a mobile or ID number: found first, cheaply. */
const DIGIT_RUN = /[0-9０-９][0-9０-９ \-－\u00A0\u3000]{9,}[0-9０-９XxＸｘ]/g;

/**
 * Personal data in a built file's text: what it is and the text as found. The exact patterns run
 * only around runs of digits and around `@`, which a quick first pass finds (a built site is
 * hundreds of megabytes of text at 10,000 entries).
 */
export function personalDataInOutput(
	text: string,
	allowList: readonly string[],
): { kind: keyof typeof findingLabels; match: string }[] {
	const allowed = new Set(allowList.map((item) => item.normalize('NFKC').replace(/[\s-]/g, '')));
	const found: { kind: keyof typeof findingLabels; match: string }[] = [];
	const plain = (match: string) => match.normalize('NFKC').replace(/[\s\-\u00A0]/g, '');
	for (const run of text.matchAll(DIGIT_RUN)) {
		// One character either side, for the patterns' look-behind and look-ahead.
		const from = Math.max(0, run.index - 1);
		const window = text.slice(from, run.index + run[0].length + 1);
		for (const [match] of window.matchAll(ID_IN_OUTPUT)) {
			if (isResidentIdNumber(plain(match)) && !allowed.has(plain(match)))
				found.push({ kind: 'id-number', match });
		}
		for (const [match] of window.matchAll(MOBILE_IN_OUTPUT)) {
			if (!allowed.has(plain(match)) && !allowed.has(plain(match).replace(/^\+?86/, '')))
				found.push({ kind: 'mobile', match });
		}
	}
	for (let at = text.search(/[@＠]/); at >= 0;) {
		const window = text.slice(Math.max(0, at - 64), at + 64);
		for (const match of window.matchAll(EMAIL_IN_OUTPUT)) {
			const mailbox = match[0].normalize('NFKC');
			if (isPersonalMailDomain(mailbox.split('@')[1]!) && !allowed.has(mailbox))
				found.push({ kind: 'email', match: match[0] });
		}
		const next = text.slice(at + 64).search(/[@＠]/);
		at = next < 0 ? -1 : at + 64 + next;
	}
	return [
		...new Map(found.map((finding) => [`${finding.kind}${finding.match}`, finding])).values(),
	];
}

/** The wording check (错敏词): finds each wrong wording of the dictionary in a text. Pure. */
import type { WordingItem } from './wording-schema.ts';

/** One hit: where in the text, and which item. */
export interface WordingHit {
	index: number;
	item: WordingItem;
}

/**
 * Every place in `text` where a wrong wording stands, left to right. Where two wrong wordings
 * overlap (人仕 inside 党外代表人仕) the longer one is reported; a wording in `allowed` is not.
 * Whitespace inside a wording does not hide it (Markdown may break a line in the middle).
 */
export function findWording(
	text: string,
	dictionary: readonly WordingItem[],
	allowed: ReadonlySet<string> = new Set(),
): WordingHit[] {
	const hits: (WordingHit & { end: number })[] = [];
	for (const item of dictionary) {
		if (allowed.has(item.wrong)) continue;
		const pattern = new RegExp(
			[...item.wrong].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'),
			'gu',
		);
		for (const match of text.matchAll(pattern))
			hits.push({ index: match.index, end: match.index + match[0].length, item });
	}
	hits.sort((a, b) => a.index - b.index || b.end - a.end);
	const kept: WordingHit[] = [];
	let reached = -1;
	for (const hit of hits) {
		if (hit.index < reached) continue;
		kept.push({ index: hit.index, item: hit.item });
		reached = hit.end;
	}
	return kept;
}

/** The message of a hit, in Chinese. */
export function wordingMessage(item: WordingItem): string {
	return `错敏词“${item.wrong}”，应为“${item.correct}”${item.note ? `（${item.note}）` : ''}。确属本条需要的写法，把它写进本条的 wordingAllow。`;
}

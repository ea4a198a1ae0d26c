/** A piece of an excerpt: plain text, or a matched word to highlight. */
export interface ExcerptPart {
	text: string;
	match: boolean;
}

/**
 * A pattern finding a query word in text, with spaces, punctuation and symbols allowed between
 * its characters, as the search matches it (`个性职责` in `“共性+个性”职责`).
 */
function termPattern(term: string): RegExp {
	const chars = Array.from(term, (char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(chars.join('[\\s\\p{P}\\p{S}]*'), 'gu');
}

/** Where each term occurs in the text, as [start, end) ranges, sorted and not overlapping. */
export function matchRanges(text: string, terms: readonly string[]): [number, number][] {
	const lower = text.toLocaleLowerCase('zh-CN');
	const ranges: [number, number][] = [];
	for (const term of terms) {
		if (!term) continue;
		for (const match of lower.matchAll(termPattern(term))) {
			ranges.push([match.index, match.index + match[0].length]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([...range]);
	}
	return merged;
}

/**
 * A short passage of the text around the first place the terms occur, cut to about `length`
 * characters, with the matched words marked. The window is moved to hold as many different terms
 * as it can, so a two-word query shows both words when they are close. When the text starts with
 * the page's `title` (shown above the excerpt anyway), the passage comes from after it.
 */
export function buildExcerpt(
	text: string,
	terms: readonly string[],
	length = 80,
	title = '',
): ExcerptPart[] {
	const clean = text.replace(/\s+/g, ' ').trim();
	const allRanges = matchRanges(clean, terms);
	const skip = title && clean.startsWith(title) ? title.length : 0;
	const afterTitle = allRanges.filter(([from]) => from >= skip);
	const ranges = afterTitle.length > 0 || allRanges.length === 0 ? afterTitle : allRanges;
	let start = allRanges.length === 0 ? skip : 0;
	if (ranges.length > 0) {
		const floor = afterTitle.length > 0 ? skip : 0;
		let best = { start: floor, covered: -1 };
		for (const [from] of ranges) {
			const windowStart = Math.max(floor, from - Math.floor(length / 4));
			const inWindow = clean.slice(windowStart, windowStart + length).toLocaleLowerCase('zh-CN');
			const covered = terms.filter((term) => term && termPattern(term).test(inWindow)).length;
			if (covered > best.covered) best = { start: windowStart, covered };
		}
		start = best.start;
	}
	const end = Math.min(clean.length, start + length);
	const parts: ExcerptPart[] = [];
	if (start > 0) parts.push({ text: '…', match: false });
	let cursor = start;
	for (const [from, to] of allRanges) {
		if (to <= start || from >= end) continue;
		const markFrom = Math.max(from, start);
		const markTo = Math.min(to, end);
		if (markFrom > cursor) parts.push({ text: clean.slice(cursor, markFrom), match: false });
		parts.push({ text: clean.slice(markFrom, markTo), match: true });
		cursor = markTo;
	}
	if (cursor < end) parts.push({ text: clean.slice(cursor, end), match: false });
	if (end < clean.length) parts.push({ text: '…', match: false });
	return parts;
}

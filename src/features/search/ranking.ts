/**
 * How the search reads a query and ranks what Pagefind finds, as pure functions. A query is
 * normalised (NFKC, lower case, traditional characters made simplified), split into terms at
 * spaces and punctuation, each term widened with its synonyms, and cut into tokens: one per
 * Chinese character, one per run of letters or digits — the words of the index (`han-text.ts`).
 * The engine asks Pagefind for each token once; from the positions of the tokens on each page,
 * a page falls into a tier:
 *
 * 1. it holds every term as typed (or a synonym of it, ranked after);
 * 2. it holds every word of every term, in any order, with other characters between;
 * 3. it holds every character (ranked by how close together they stand);
 * 4. only when no page is in 1–3: it holds some of the words.
 *
 * Within a tier, pages whose title holds the query come first, the shorter title first.
 */
import { queryTerms } from './query.ts';
import { toSimplified, type QueryData } from './query-data.ts';
import type { Tier } from './result-list.ts';

export type { Tier } from './result-list.ts';

/** One way of reading a term: as typed, or with a synonym in place of one of its words. */
export interface TermVariant {
	text: string;
	/** The index words of the text, in order. */
	tokens: string[];
	/** True when a synonym replaced part of the typed text. */
	synonym: boolean;
	/** Indexes of tokens that may stand alone as a word of their own in tier 2. */
	singles: number[];
}

/** One term of the query (the text between spaces or punctuation). */
export interface PlanTerm {
	text: string;
	/** Letters or digits only (pinyin, initials, numbers): matched as the start of an index word. */
	latin: boolean;
	/** The typed reading first, then synonyms. */
	variants: TermVariant[];
	/** The words of the typed text (a segmenter's, two characters or more), for tier 4. */
	words: string[];
}

/** A query as the search reads it. */
export interface QueryPlan {
	/** The query after normalisation and conversion to simplified characters. */
	query: string;
	/** True when traditional characters were converted. */
	converted: boolean;
	terms: PlanTerm[];
	/** Every distinct index word to look up, at most `MAX_TOKENS`. */
	tokens: string[];
}

/** At most this many different index words of a query are looked up. */
export const MAX_TOKENS = 32;

/** At most this many readings of one term (the typed one and synonyms). */
const MAX_VARIANTS = 6;

/**
 * Words that ask rather than name, taken off the start and end of a term: `怎么申请实践站` is read
 * as `申请实践站`, `同心荟在哪里` as `同心荟`.
 */
export const QUESTION_WORDS = [
	'请问',
	'怎么样',
	'怎么',
	'怎样',
	'如何',
	'什么是',
	'是什么',
	'有哪些',
	'哪些',
	'在哪里',
	'在哪儿',
	'在哪',
	'哪里',
	'是哪个',
	'有没有',
	'有什么',
	'有多少',
	'多少',
	'几个',
	'什么',
	'吗',
	'呢',
	'的',
	'了',
];

/** A term without the question words at its ends (never emptied). */
export function stripQuestionWords(term: string): string {
	let text = term;
	for (let changed = true; changed;) {
		changed = false;
		for (const word of QUESTION_WORDS) {
			if (text.length > word.length && text.startsWith(word)) {
				text = text.slice(word.length);
				changed = true;
			}
			if (text.length > word.length && text.endsWith(word)) {
				text = text.slice(0, -word.length);
				changed = true;
			}
		}
	}
	return text;
}

const HAN = /\p{Script=Han}/u;

/** The index words of a term: each Chinese character, each run of other letters and digits. */
export function tokenize(text: string): string[] {
	return text.match(/\p{Script=Han}|[^\p{Script=Han}\s\p{P}\p{S}]+/gu) ?? [];
}

/** Splits text into words, the way `Intl.Segmenter` does (or not at all where it is missing). */
export type Segment = (text: string) => string[];

let segmenter: Intl.Segmenter | undefined;
/** The browser's (or Node's) dictionary segmenter for Chinese. */
export const segmentWords: Segment = (text) => {
	if (typeof Intl.Segmenter !== 'function') return [text];
	segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
	return [...segmenter.segment(text)]
		.filter((part) => part.isWordLike !== false)
		.map((part) => part.segment);
};

/** The readings of a term: as typed, then with each synonym group's word replaced by the others. */
export function termVariants(text: string, groups: readonly (readonly string[])[]): string[] {
	const variants = [text];
	// Longest words first, so that 同心实践中心 is replaced before the 实践中心 inside it.
	const words = groups
		.flatMap((group) => group.map((word) => ({ word, group })))
		.sort((a, b) => b.word.length - a.word.length);
	const covered: [number, number][] = [];
	for (const { word, group } of words) {
		let at = text.indexOf(word);
		while (at >= 0) {
			const end = at + word.length;
			if (!covered.some(([from, to]) => at < to && end > from)) {
				covered.push([at, end]);
				for (const other of group) {
					if (other === word) continue;
					const variant = text.slice(0, at) + other + text.slice(end);
					if (!variants.includes(variant)) variants.push(variant);
				}
			}
			at = text.indexOf(word, at + 1);
		}
	}
	return variants.slice(0, MAX_VARIANTS);
}

/** Indexes of the tokens of `text` that the segmenter gives as one-character words. */
function singleTokens(text: string, tokens: readonly string[], segment: Segment): number[] {
	const singles: number[] = [];
	let index = 0;
	for (const word of segment(text)) {
		const wordTokens = tokenize(word);
		if (wordTokens.length === 1) singles.push(index);
		index += wordTokens.length;
	}
	return singles.filter((single) => single < tokens.length);
}

/** Reads a query: normalised, converted, split into terms, widened with synonyms, tokenised. */
export function planQuery(
	input: string,
	data: QueryData,
	segment: Segment = segmentWords,
): QueryPlan {
	const normalized = input.normalize('NFKC');
	const simplified = toSimplified(normalized, data.traditional);
	const terms: PlanTerm[] = [];
	const tokens = new Set<string>();
	for (const typed of queryTerms(simplified)) {
		const text = HAN.test(typed) ? stripQuestionWords(typed) : typed;
		const latin = !HAN.test(text);
		const variants = (latin ? [text] : termVariants(text, data.synonyms)).map((variant, index) => {
			const variantTokens = tokenize(variant);
			return {
				text: variant,
				tokens: variantTokens,
				synonym: index > 0,
				singles: singleTokens(variant, variantTokens, segment),
			};
		});
		const words = latin
			? [text]
			: segment(text).filter((word) => tokenize(word).length >= 2 || text.length === 1);
		terms.push({ text, latin, variants, words: words.length > 0 ? words : [text] });
		for (const variant of variants) for (const token of variant.tokens) tokens.add(token);
	}
	return {
		query: simplified.trim(),
		converted: simplified !== normalized,
		terms,
		tokens: [...tokens].slice(0, MAX_TOKENS),
	};
}

/** Spaces, punctuation and symbols, which no index word keeps. */
const MARKS = /[\s\p{P}\p{S}]+/gu;

/** A title as queries compare it: NFKC, lower case, no spaces or punctuation. */
function normalizeTitle(title: string): string {
	return title.normalize('NFKC').toLocaleLowerCase('zh-CN').replace(MARKS, '');
}

/**
 * The index words every page in tiers 1–3 holds: for each term, those of all its readings (a
 * synonym may stand in for the others).
 */
export function requiredTokens(plan: QueryPlan): Set<string> {
	const required = new Set<string>();
	for (const term of plan.terms) {
		const [first, ...others] = term.variants.map((variant) => new Set(variant.tokens));
		for (const token of first ?? []) {
			if (others.every((tokens) => tokens.has(token))) required.add(token);
		}
	}
	return required;
}

/** What Pagefind says about one index word on one page. */
export interface TokenOnPage {
	/** Word positions in the page's text (empty when only a meta field holds it). */
	positions: number[];
	/** Pagefind's score of the page for this word. */
	score: number;
	/** The title (or the title's aliases) holds the word. */
	inTitle: boolean;
}

/** The index words of the query that a page holds. */
export type PageTokens = ReadonlyMap<string, TokenOnPage>;

/**
 * The words of a page's indexed text, as Pagefind counts their positions, each with the forms
 * Pagefind indexes it under: without its punctuation, and its parts between marks
 * (`0917-0000101` is also `0917` and `0000101`).
 */
export function indexWords(content: string): string[][] {
	return content
		.split(/\s+/)
		.filter(Boolean)
		.map((word) => {
			const normal = word.normalize('NFKC').toLocaleLowerCase('zh-CN');
			const parts = normal.split(MARKS).filter(Boolean);
			return [...new Set([normal.replace(MARKS, ''), ...parts])];
		});
}

/**
 * What a page holds of each index word, read from its fragment (its indexed text and title) for
 * the words `known` does not hold: the positions of the page's words that are the word (letters
 * and digits: that start with it), and whether the title holds it (letters: or the title's
 * pinyin). Scores are only known from an index; a word read this way scores 0.
 */
export function pageTokensFromText(
	tokens: readonly string[],
	page: { content: string; meta: Readonly<Record<string, string | undefined>> },
	known: PageTokens = new Map(),
): Map<string, TokenOnPage> {
	const words = indexWords(page.content);
	const title = normalizeTitle(page.meta['title'] ?? '');
	const pinyin = (page.meta['pinyin'] ?? '').toLocaleLowerCase('en').split(/\s+/);
	const result = new Map(known);
	for (const token of tokens) {
		if (result.has(token)) continue;
		const latin = !/\p{Script=Han}/u.test(token);
		const positions = words.flatMap((forms, at) =>
			forms.some((form) => (latin ? form.startsWith(token) : form === token)) ? [at] : [],
		);
		const inTitle =
			title.includes(token) || (latin && pinyin.some((word) => word.startsWith(token)));
		if (positions.length > 0 || inTitle) result.set(token, { positions, score: 0, inTitle });
	}
	return result;
}

/** How a page answers one reading of a term. */
interface VariantMatch {
	/** 1: the tokens in a row; 2: covered by words in any order; 3: every token; 0: not all. */
	level: 0 | 1 | 2 | 3;
	/** How many separate pieces cover the term (1 in a row). */
	pieces: number;
	/** The narrowest stretch of text holding every token (0 when unknown). */
	span: number;
	/** Every token is in the title. */
	inTitle: boolean;
}

/** Whether `tokens[from..to)` stand in a row somewhere on the page. */
function inRow(tokens: readonly string[], from: number, to: number, page: PageTokens): boolean {
	const first = page.get(tokens[from] ?? '');
	if (!first) return false;
	const sets = tokens.slice(from + 1, to).map((token) => new Set(page.get(token)?.positions));
	return first.positions.some((start) => sets.every((set, offset) => set.has(start + offset + 1)));
}

/** The narrowest window of positions holding every token (a classic minimum window). */
export function narrowestSpan(tokens: readonly string[], page: PageTokens): number {
	const wanted = [...new Set(tokens)];
	const events = wanted
		.flatMap((token, index) => (page.get(token)?.positions ?? []).map((at) => ({ at, index })))
		.sort((a, b) => a.at - b.at);
	if (wanted.some((token) => (page.get(token)?.positions.length ?? 0) === 0)) return 0;
	const counts = wanted.map(() => 0);
	let have = 0;
	let best = Infinity;
	let left = 0;
	for (const event of events) {
		counts[event.index] = (counts[event.index] ?? 0) + 1;
		if (counts[event.index] === 1) have++;
		while (have === wanted.length) {
			const start = events[left];
			if (!start) break;
			best = Math.min(best, event.at - start.at + 1);
			counts[start.index] = (counts[start.index] ?? 1) - 1;
			if (counts[start.index] === 0) have--;
			left++;
		}
	}
	return Number.isFinite(best) ? best : 0;
}

/** How a page answers one reading of a term. */
export function matchVariant(variant: TermVariant, latin: boolean, page: PageTokens): VariantMatch {
	const { tokens } = variant;
	const held = tokens.map((token) => page.get(token));
	if (tokens.length === 0 || held.some((token) => !token)) {
		return { level: 0, pieces: 0, span: 0, inTitle: false };
	}
	const inTitle = held.every((token) => token?.inTitle);
	// Letters and digits match the start of an index word (pinyin aliases): as typed.
	if (latin || tokens.length === 1) return { level: 1, pieces: 1, span: 1, inTitle };
	if (inRow(tokens, 0, tokens.length, page)) {
		return { level: 1, pieces: 1, span: tokens.length, inTitle };
	}
	// Fewest pieces covering the term: runs of two or more tokens in a row on the page, or tokens
	// the segmenter reads as words of one character.
	const singles = new Set(variant.singles);
	const fewest = new Array<number>(tokens.length + 1).fill(Infinity);
	fewest[0] = 0;
	for (let from = 0; from < tokens.length; from++) {
		const before = fewest[from] ?? Infinity;
		if (!Number.isFinite(before)) continue;
		if (singles.has(from)) fewest[from + 1] = Math.min(fewest[from + 1] ?? Infinity, before + 1);
		for (let to = from + 2; to <= tokens.length; to++) {
			if (!inRow(tokens, from, to, page)) break;
			fewest[to] = Math.min(fewest[to] ?? Infinity, before + 1);
		}
	}
	const pieces = fewest[tokens.length] ?? Infinity;
	const span = narrowestSpan(tokens, page);
	return Number.isFinite(pieces)
		? { level: 2, pieces, span, inTitle }
		: { level: 3, pieces: tokens.length, span, inTitle };
}

/** Where a page stands for a query, before its title is read. */
export interface PageRank {
	id: string;
	tier: Tier;
	/** A synonym, not the typed text, put it in its tier. */
	synonym: boolean;
	/** Pieces covering the terms, summed (fewer is better). */
	pieces: number;
	/** The narrowest stretches holding each term, summed (smaller is better; 0 unknown). */
	span: number;
	/** Every token of the best readings is in the title. */
	inTitle: boolean;
	/** Pagefind's scores of the tokens, summed. */
	score: number;
	/** For tier 4: how many words of the query the page holds. */
	words: number;
}

/**
 * Places a page in its tier, or returns undefined when it does not hold every term (every
 * character at least). `partial` places it in tier 4 instead when it holds some of the words.
 */
export function rankPage(
	id: string,
	plan: QueryPlan,
	page: PageTokens,
	partial = false,
): PageRank | undefined {
	let tier: Tier = 1;
	let synonym = false;
	let pieces = 0;
	let span = 0;
	let inTitle = true;
	const score = [...page.values()].reduce((sum, token) => sum + token.score, 0);
	for (const term of plan.terms) {
		let best: (VariantMatch & { synonym: boolean }) | undefined;
		for (const variant of term.variants) {
			const match = matchVariant(variant, term.latin, page);
			if (match.level === 0) continue;
			const better =
				!best ||
				match.level < best.level ||
				(match.level === best.level && !variant.synonym && best.synonym) ||
				(match.level === best.level &&
					variant.synonym === best.synonym &&
					match.pieces < best.pieces);
			if (better) best = { ...match, synonym: variant.synonym };
		}
		if (!best) {
			if (!partial) return undefined;
			const held = plan.terms.reduce(
				(count, each) =>
					count +
					each.words.filter(
						(word) =>
							matchVariant(
								{ text: word, tokens: tokenize(word), synonym: false, singles: [] },
								each.latin,
								page,
							).level === 1,
					).length,
				0,
			);
			return held > 0
				? { id, tier: 4, synonym: false, pieces: 0, span: 0, inTitle: false, score, words: held }
				: undefined;
		}
		tier = Math.max(tier, best.level) as Tier;
		synonym ||= best.synonym;
		pieces += best.pieces;
		span += best.span;
		inTitle &&= best.inTitle;
	}
	return { id, tier, synonym, pieces, span, inTitle, score, words: 0 };
}

/** What the page's fragment tells about its title, once loaded. */
export interface TitleMatch {
	/** 0: the title holds every term as typed (or its pinyin); 1: every character; 2: not all. */
	level: 0 | 1 | 2;
	/** The share of the title the query makes up (the shorter the title, the closer the match). */
	coverage: number;
}

/**
 * How well a title matches the query. Letters match the title's own pinyin (`pinyin`: level 0)
 * or the pinyin from a later word of it (`aliases`: level 1).
 */
export function matchTitle(
	plan: QueryPlan,
	title: string,
	{ pinyin = '', aliases = '' }: { pinyin?: string; aliases?: string } = {},
): TitleMatch {
	const text = normalizeTitle(title);
	const words = (value: string) => value.toLocaleLowerCase('en').split(/\s+/).filter(Boolean);
	const own = words(pinyin);
	const later = words(aliases);
	let level: TitleMatch['level'] = 0;
	let matched = 0;
	for (const term of plan.terms) {
		if (term.latin) {
			const starts = (word: string) => word.startsWith(term.text);
			if (text.includes(term.text) || own.some(starts)) {
				// A pinyin syllable stands for about three letters.
				matched += Math.min(text.length, Math.ceil(term.text.length / 3));
			} else if (later.some(starts)) {
				level = Math.max(level, 1) as TitleMatch['level'];
			} else level = 2;
			continue;
		}
		const phrase = term.variants.find((variant) => text.includes(variant.text));
		if (phrase) {
			matched += phrase.text.length;
			continue;
		}
		const chars = term.variants.some((variant) =>
			variant.tokens.every((token) => text.includes(token)),
		);
		level = Math.max(level, chars ? 1 : 2) as TitleMatch['level'];
		if (chars) matched += term.text.length;
	}
	return { level, coverage: text.length > 0 ? Math.min(1, matched / text.length) : 0 };
}

/** A ranked page, with its title's match once the fragment is loaded. */
export interface RankedPage extends PageRank {
	title?: TitleMatch;
}

/** 0: the title holds the query as typed; 1: every character of it; 2: not all (estimated until read). */
function titleLevel(page: RankedPage): number {
	return page.title?.level ?? (page.inTitle ? (page.tier === 1 ? 0 : 1) : 2);
}

/**
 * The group a page is ranked in, before anything else: pages whose title holds the query as
 * typed, then pages whose title holds all of it (a station named 陈村镇紫荆村同心实践站 for
 * 紫荆村实践站, ahead of a page that only mentions the station), then the tiers in order.
 */
export function rankGroup(page: RankedPage): number {
	const title = titleLevel(page);
	if (page.tier === 1 && title === 0) return 0;
	if (page.tier <= 3 && title <= 1) return 1;
	return page.tier + 1;
}

/**
 * Orders pages: group (see `rankGroup`), typed before synonyms, tier, more words (tier 4), the
 * closer title, fewer pieces, closer together (tier 3), Pagefind's score.
 */
export function comparePages(a: RankedPage, b: RankedPage): number {
	return (
		rankGroup(a) - rankGroup(b) ||
		Number(a.synonym) - Number(b.synonym) ||
		a.tier - b.tier ||
		b.words - a.words ||
		titleLevel(a) - titleLevel(b) ||
		(b.title?.coverage ?? 0) - (a.title?.coverage ?? 0) ||
		a.pieces - b.pieces ||
		(a.tier === 3 ? (a.span || Infinity) - (b.span || Infinity) : 0) ||
		b.score - a.score
	);
}

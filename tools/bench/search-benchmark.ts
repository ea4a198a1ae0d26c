/**
 * The search benchmark's query set and scores. Queries come from the built site itself; the
 * right answer for a query is every page whose indexed text holds it (for two words, both).
 */
import { normalizeForMatch, queryTerms } from '../../src/features/search/query.ts';

/** An indexed page as the benchmark sees it. */
export interface IndexedPage {
	/** Pagefind's id of the page (its fragment), which changes with the index. */
	id: string;
	/** The page's address, which identifies it across indexes. */
	url: string;
	title: string;
	/** The indexed text, as readers see it (Chinese without the index's spaces). */
	text: string;
}

export type QueryKind = 'title' | 'term' | 'pair';

export interface BenchQuery {
	kind: QueryKind;
	text: string;
	/** Addresses of the pages whose indexed text holds every word of the query. */
	relevant: string[];
	/** For a title query: the addresses of the pages with exactly that title. */
	titled?: string[];
}

/**
 * Names and phrases people type, from the issue and the report; those found in the site's text
 * join the query set.
 */
export const SEED_TERMS = [
	'统战',
	'五步法',
	'六有四好',
	'民营企业',
	'宗教中国化',
	'同心荟',
	'新乡贤',
	'万企兴万村',
	'三级书记抓统战',
	'亲清',
	'同心实践站',
	'责任体系',
	'党外代表人士',
	'新的社会阶层',
	'示范基地',
	'联谊交友',
];

/** Names the text puts in Chinese quotes, such as “五步法” or “六有四好” (2–6 characters). */
export function quotedPhrases(text: string): Set<string> {
	return new Set(
		[...text.matchAll(/“(\p{Script=Han}{2,6})”/gu)].map((match) => match[1] ?? '').filter(Boolean),
	);
}

const wordSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The Chinese words (2–6 characters) of a text, as a dictionary segmenter cuts them, once each. */
export function hanWords(text: string): Set<string> {
	const words = new Set<string>();
	for (const { segment, isWordLike } of wordSegmenter.segment(text)) {
		if (isWordLike && /^\p{Script=Han}{2,6}$/u.test(segment)) words.add(segment);
	}
	return words;
}

/** The addresses of the pages that hold every word of the query. */
export function relevantPages(pages: readonly IndexedPage[], query: string): string[] {
	const terms = queryTerms(query);
	return pages
		.filter((page) => {
			const text = normalizeForMatch(page.text);
			return terms.every((term) => text.includes(term));
		})
		.map((page) => page.url);
}

export interface QuerySetOptions {
	/** At most this many title queries (every n-th title when there are more). */
	maxTitles?: number;
	/** Quoted names added at most (an even sample when there are more). */
	maxQuoted?: number;
	/** Widespread words added per length from 2 to 6 characters. */
	termsPerLength?: number;
	/** Two-word queries. */
	pairs?: number;
}

/** Every n-th item, so a long list is sampled evenly and the same way on every run. */
function evenly<T>(items: readonly T[], count: number): T[] {
	if (items.length <= count) return [...items];
	const step = items.length / count;
	return Array.from({ length: count }, (_, index) => items[Math.floor(index * step)] as T);
}

/**
 * The benchmark's queries: the title of every page, the seed terms found in the text, the names
 * the text quotes, the most widespread 2–6 character words of each length (shared by 2 pages to
 * a third of them), and two-word queries made of a seed term and such a word that occur together.
 */
export function buildQuerySet(
	pages: readonly IndexedPage[],
	{ maxTitles = 200, maxQuoted = 30, termsPerLength = 6, pairs = 12 }: QuerySetOptions = {},
): BenchQuery[] {
	const queries: BenchQuery[] = [];
	const seen = new Set<string>();
	const add = (kind: QueryKind, text: string, titled?: string[]) => {
		const key = queryTerms(text).join(' ');
		if (!key || seen.has(key)) return;
		const relevant = relevantPages(pages, text);
		if (relevant.length === 0) return;
		seen.add(key);
		queries.push({ kind, text, relevant, ...(titled ? { titled } : {}) });
	};

	const titles = [...new Set(pages.map((page) => page.title))].sort();
	for (const title of evenly(titles, maxTitles)) {
		add(
			'title',
			title,
			pages.filter((page) => page.title === title).map((page) => page.url),
		);
	}

	const seeds = SEED_TERMS.filter((term) => relevantPages(pages, term).length > 0);
	for (const term of seeds) add('term', term);

	const quoted = new Set<string>();
	const frequency = new Map<string, number>();
	for (const page of pages) {
		for (const phrase of quotedPhrases(page.text)) quoted.add(phrase);
		for (const word of hanWords(page.text)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	}
	for (const phrase of evenly([...quoted].sort(), maxQuoted)) add('term', phrase);
	const ceiling = Math.max(2, Math.floor(pages.length / 3));
	const words: string[] = [];
	for (let length = 2; length <= 6; length++) {
		const ofLength = [...frequency]
			.filter(([word, count]) => word.length === length && count >= 2 && count <= ceiling)
			.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
			.map(([word]) => word);
		for (const word of ofLength.slice(0, termsPerLength)) {
			words.push(word);
			add('term', word);
		}
	}

	// Each seed is paired with a different word, so the pairs do not all share one.
	let made = 0;
	seeds.forEach((seed, seedIndex) => {
		for (let step = 0; step < words.length && made < pairs; step++) {
			const word = words[(seedIndex * 5 + step) % words.length] ?? '';
			if (seed.includes(word) || word.includes(seed)) continue;
			const before = queries.length;
			add('pair', `${seed} ${word}`);
			if (queries.length > before) {
				made++;
				return;
			}
		}
	});
	return queries;
}

/** How one query went. */
export interface QueryScore {
	recall: number;
	precisionAt10: number;
	/** For title queries: whether a page with that title is among the first three. */
	titleInTop3?: boolean;
}

/**
 * Scores the ranked result addresses of a query. Precision at 10 is the share of right pages among the
 * first ten, out of ten or of all right pages when there are fewer.
 */
export function scoreQuery(query: BenchQuery, ranked: readonly string[]): QueryScore {
	const relevant = new Set(query.relevant);
	const found = ranked.filter((id) => relevant.has(id)).length;
	const top10 = ranked.slice(0, 10).filter((id) => relevant.has(id)).length;
	return {
		recall: found / relevant.size,
		precisionAt10: top10 / Math.min(10, relevant.size),
		...(query.titled
			? { titleInTop3: ranked.slice(0, 3).some((id) => query.titled?.includes(id)) }
			: {}),
	};
}

export interface BenchSummary {
	queries: number;
	byKind: Record<QueryKind, number>;
	recall: number;
	precisionAt10: number;
	titleInTop3: number;
}

const mean = (values: number[]) =>
	values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Averages the scores over the queries (each query counts once). */
export function summarize(
	queries: readonly BenchQuery[],
	scores: readonly QueryScore[],
): BenchSummary {
	const byKind: Record<QueryKind, number> = { title: 0, term: 0, pair: 0 };
	for (const query of queries) byKind[query.kind]++;
	return {
		queries: queries.length,
		byKind,
		recall: mean(scores.map((score) => score.recall)),
		precisionAt10: mean(scores.map((score) => score.precisionAt10)),
		titleInTop3: mean(
			scores.flatMap((score) =>
				score.titleInTop3 === undefined ? [] : [score.titleInTop3 ? 1 : 0],
			),
		),
	};
}

/** How one typed-like query went (see `typed-queries.ts`). */
export interface TypedScore {
	recall: number;
	precisionAt10: number;
	/** An expected page is among the first three. */
	inTop3: boolean;
	/** Nothing at all was found. */
	empty: boolean;
}

/** Scores the ranked addresses of a typed-like query against the pages a reader expects. */
export function scoreTyped(expected: readonly string[], ranked: readonly string[]): TypedScore {
	const wanted = new Set(expected);
	const found = ranked.filter((url) => wanted.has(url)).length;
	const top10 = ranked.slice(0, 10).filter((url) => wanted.has(url)).length;
	return {
		recall: found / wanted.size,
		precisionAt10: top10 / Math.min(10, wanted.size),
		inTop3: ranked.slice(0, 3).some((url) => wanted.has(url)),
		empty: ranked.length === 0,
	};
}

export interface TypedSummary {
	queries: number;
	recall: number;
	precisionAt10: number;
	inTop3: number;
	/** The queries that found nothing. */
	empty: string[];
	/** Share of queries with an expected page in the top 3, per kind. */
	inTop3ByKind: Record<string, number>;
}

/** Averages typed-like scores (each query counts once). */
export function summarizeTyped(
	queries: readonly { kind: string; text: string }[],
	scores: readonly TypedScore[],
): TypedSummary {
	const byKind: Record<string, number[]> = {};
	queries.forEach((query, index) => {
		(byKind[query.kind] ??= []).push(scores[index]?.inTop3 ? 1 : 0);
	});
	return {
		queries: queries.length,
		recall: mean(scores.map((score) => score.recall)),
		precisionAt10: mean(scores.map((score) => score.precisionAt10)),
		inTop3: mean(scores.map((score) => (score.inTop3 ? 1 : 0))),
		empty: queries.filter((_, index) => scores[index]?.empty).map((query) => query.text),
		inTop3ByKind: Object.fromEntries(
			Object.entries(byKind).map(([kind, values]) => [kind, mean(values)]),
		),
	};
}

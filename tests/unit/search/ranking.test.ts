import { describe, expect, it } from 'vitest';
import {
	comparePages,
	matchTitle,
	narrowestSpan,
	pageTokensFromText,
	planQuery,
	rankPage,
	requiredTokens,
	stripQuestionWords,
	termVariants,
	tokenize,
	type PageTokens,
	type RankedPage,
	type TokenOnPage,
} from '../../../src/features/search/ranking.ts';
import { NO_QUERY_DATA, type QueryData } from '../../../src/features/search/query-data.ts';

/** A page as the engine sees it: each index word of `text` at its position. */
function pageOf(text: string, title = ''): PageTokens {
	const tokens = new Map<string, TokenOnPage>();
	tokenize(text).forEach((token, position) => {
		const seen = tokens.get(token) ?? { positions: [], score: 0, inTitle: title.includes(token) };
		seen.positions.push(position);
		seen.score += 1;
		tokens.set(token, seen);
	});
	return tokens;
}

const data: QueryData = {
	synonyms: [
		['职教', '职业教育'],
		['实践中心', '同心实践中心'],
	],
	traditional: { 實: '实', 踐: '践' },
};

/** Whole words only, as a stand-in for `Intl.Segmenter`. */
const segment = (text: string) =>
	text.match(/陈村|实践|中心|紫荆村|议政|制度|职业教育|职教|./gu) ?? [];

describe('planQuery', () => {
	it('normalises, converts traditional characters and drops question words', () => {
		const plan = planQuery('ＡＢ 實踐中心在哪里', data, segment);
		expect(plan.converted).toBe(true);
		expect(plan.terms.map((term) => term.text)).toEqual(['ab', '实践中心']);
		expect(plan.terms[0]?.latin).toBe(true);
	});

	it('widens a term with its synonyms, the typed reading first', () => {
		const plan = planQuery('职教实践站', data, segment);
		expect(plan.terms[0]?.variants.map((variant) => [variant.text, variant.synonym])).toEqual([
			['职教实践站', false],
			['职业教育实践站', true],
		]);
		expect(plan.tokens).toEqual(['职', '教', '实', '践', '站', '业', '育']);
	});

	it('replaces the longest synonym first', () => {
		expect(termVariants('同心实践中心', data.synonyms)).toEqual(['同心实践中心', '实践中心']);
	});

	it('keeps question words inside a term', () => {
		expect(stripQuestionWords('怎么申请实践站')).toBe('申请实践站');
		expect(stripQuestionWords('一条生产路怎么修')).toBe('一条生产路怎么修');
		expect(stripQuestionWords('六有四好是什么')).toBe('六有四好');
	});
});

describe('rankPage', () => {
	const plan = (query: string) => planQuery(query, NO_QUERY_DATA, segment);

	it('puts a page holding the query as typed in tier 1', () => {
		expect(rankPage('a', plan('陈村'), pageOf('陈村镇同心实践中心'))?.tier).toBe(1);
	});

	it('puts a page holding every word apart in tier 2', () => {
		const rank = rankPage('a', plan('陈村实践中心'), pageOf('陈村镇同心实践中心'));
		expect(rank?.tier).toBe(2);
		expect(rank?.pieces).toBe(2);
	});

	it('puts a page holding every character, not the words, in tier 3', () => {
		const rank = rankPage('a', plan('议政制度'), pageOf('政策议题，制定度量'));
		expect(rank?.tier).toBe(3);
	});

	it('leaves out a page missing a character, unless some words are asked for', () => {
		expect(rankPage('a', plan('紫荆村实践站'), pageOf('紫荆村的故事'))).toBeUndefined();
		expect(rankPage('a', plan('紫荆村实践站'), pageOf('紫荆村的故事'), true)?.tier).toBe(4);
	});

	it('ranks a page whose title holds every word before one that only mentions the phrase', () => {
		const query = plan('陈村实践中心');
		const pages = [
			{ id: 'far', text: '陈村有人。后来在别处建了实践中心', title: '别处' },
			{ id: 'center', text: '陈村镇同心实践中心', title: '陈村镇同心实践中心' },
			{ id: 'exact', text: '这里说陈村实践中心', title: '一篇文章' },
		];
		const ranked = pages
			.map((page) => rankPage(page.id, query, pageOf(page.text, page.title)) as RankedPage)
			.sort(comparePages)
			.map((page) => page.id);
		expect(ranked).toEqual(['center', 'exact', 'far']);
	});

	it('ranks a synonym match after the typed one in the same tier', () => {
		const query = planQuery('职教', data, segment);
		const typed = rankPage('typed', query, pageOf('职教中心')) as RankedPage;
		const synonym = rankPage('synonym', query, pageOf('职业教育中心')) as RankedPage;
		expect(synonym.tier).toBe(1);
		expect(synonym.synonym).toBe(true);
		expect([synonym, typed].sort(comparePages).map((page) => page.id)).toEqual([
			'typed',
			'synonym',
		]);
	});
});

describe('matchTitle', () => {
	const plan = planQuery('陈村', NO_QUERY_DATA, segment);

	it('prefers the shorter title that holds the query', () => {
		const town = matchTitle(plan, '陈村镇');
		const center = matchTitle(plan, '陈村镇同心实践中心');
		expect(town.level).toBe(0);
		expect(town.coverage).toBeGreaterThan(center.coverage);
	});

	it('matches pinyin against the title’s aliases', () => {
		const pinyin = planQuery('ccz', NO_QUERY_DATA, segment);
		expect(matchTitle(pinyin, '陈村镇', { pinyin: 'chencunzhen ccz' }).level).toBe(0);
		const later = { pinyin: 'zijingcun zjc', aliases: 'cunzhen czz' };
		expect(matchTitle(planQuery('czz', NO_QUERY_DATA, segment), '紫荆村镇', later).level).toBe(1);
		expect(matchTitle(pinyin, '柳林镇', { pinyin: 'liulinzhen llz' }).level).toBe(2);
	});
});

describe('narrowestSpan', () => {
	it('measures the narrowest stretch holding every token', () => {
		expect(narrowestSpan(['议', '制'], pageOf('议一二三制议制'))).toBe(2);
		expect(narrowestSpan(['议', '无'], pageOf('议'))).toBe(0);
	});
});

describe('pageTokensFromText', () => {
	const page = {
		content: '陈 村 镇 紫 荆 村 同 心 实 践 站。 电 话 0917-0000101， open data',
		meta: { title: '陈 村 镇 紫 荆 村 同 心 实 践 站', pinyin: 'chencunzhen ccz' },
	};

	it('finds each word at the positions Pagefind counts, and whether the title holds it', () => {
		const tokens = pageTokensFromText(['村', '站', '电', '0000101', 'ope', 'ccz', '柳'], page);
		expect(tokens.get('村')).toEqual({ positions: [1, 5], score: 0, inTitle: true });
		expect(tokens.get('站')?.positions).toEqual([10]);
		expect(tokens.get('电')).toEqual({ positions: [11], score: 0, inTitle: false });
		// A part between marks is a word too, and letters match the start of a word.
		expect(tokens.get('0000101')?.positions).toEqual([13]);
		expect(tokens.get('ope')?.positions).toEqual([14]);
		expect(tokens.get('ccz')).toEqual({ positions: [], score: 0, inTitle: true });
		expect(tokens.has('柳')).toBe(false);
	});

	it('keeps what the index already said', () => {
		const known = new Map([['村', { positions: [99], score: 3, inTitle: false }]]);
		expect(pageTokensFromText(['村'], page, known).get('村')?.score).toBe(3);
	});
});

describe('requiredTokens', () => {
	it('keeps the words every reading of a term holds', () => {
		const data: QueryData = { ...NO_QUERY_DATA, synonyms: [['统战', '统一战线']] };
		expect([...requiredTokens(planQuery('统战 陈村', data))].sort()).toEqual(
			['村', '陈', '统', '战'].sort(),
		);
		expect([...requiredTokens(planQuery('陈村', NO_QUERY_DATA))]).toEqual(['陈', '村']);
	});
});

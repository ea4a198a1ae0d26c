import { describe, expect, it } from 'vitest';
import {
	buildQuerySet,
	hanWords,
	quotedPhrases,
	relevantPages,
	scoreQuery,
	summarize,
	type IndexedPage,
} from '../../../tools/bench/search-benchmark.ts';

const page = (url: string, title: string, text: string): IndexedPage => ({
	id: url,
	url,
	title,
	text: `${title}${text}`,
});

const pages = [
	page('/a/', '田南村同心实践站', '村里用协商“五步法”商量修路，统战成员出主意。'),
	page('/b/', '协商“五步法”', '确定议题、调研准备、协商议事、成果报送、反馈评估。统战工作。'),
	page('/c/', '民营企业同心实践站', '服务民营企业，统战工作走进企业。'),
];

describe('relevantPages', () => {
	it('is every page holding all words of the query', () => {
		expect(relevantPages(pages, '五步法')).toEqual(['/a/', '/b/']);
		expect(relevantPages(pages, '五步法 统战工作')).toEqual(['/b/']);
	});
});

describe('query sources', () => {
	it('finds quoted names and dictionary words', () => {
		expect([...quotedPhrases('协商“三时段”和“五步法”，“一”')]).toEqual(['三时段', '五步法']);
		expect(hanWords('民营企业的统战工作')).toContain('企业');
	});
});

describe('buildQuerySet', () => {
	const queries = buildQuerySet(pages);

	it('asks for every title, seed terms found in the text and quoted names', () => {
		expect(queries.filter((query) => query.kind === 'title').map((query) => query.text)).toEqual([
			'协商“五步法”',
			'民营企业同心实践站',
			'田南村同心实践站',
		]);
		const terms = queries.filter((query) => query.kind === 'term').map((query) => query.text);
		expect(terms).toContain('五步法');
		expect(terms).toContain('民营企业');
		expect(terms).not.toContain('宗教中国化');
	});

	it('gives each query the pages that hold it, and each title query its page', () => {
		for (const query of queries) {
			expect(query.relevant).toEqual(relevantPages(pages, query.text));
			expect(query.relevant.length).toBeGreaterThan(0);
		}
		const title = queries.find((query) => query.text === '民营企业同心实践站');
		expect(title?.titled).toEqual(['/c/']);
	});
});

describe('scoreQuery and summarize', () => {
	const query = { kind: 'title' as const, text: 't', relevant: ['/a/', '/b/'], titled: ['/a/'] };

	it('scores recall over all results and precision over the first ten', () => {
		expect(scoreQuery(query, ['/x/', '/a/'])).toEqual({
			recall: 0.5,
			precisionAt10: 0.5,
			titleInTop3: true,
		});
		expect(scoreQuery(query, ['/x/', '/y/', '/z/', '/a/', '/b/']).titleInTop3).toBe(false);
	});

	it('averages over queries, title-in-top-3 over title queries only', () => {
		const term = { kind: 'term' as const, text: 'u', relevant: ['/a/'] };
		const summary = summarize(
			[query, term],
			[scoreQuery(query, ['/a/', '/b/']), scoreQuery(term, [])],
		);
		expect(summary).toMatchObject({ queries: 2, recall: 0.5, precisionAt10: 0.5, titleInTop3: 1 });
		expect(summary.byKind).toEqual({ title: 1, term: 1, pair: 0 });
	});
});

import { describe, expect, it } from 'vitest';
import type {
	PagefindApi,
	PagefindResponse,
	SelectedFilters,
} from '../../../src/features/search/pagefind-api.ts';
import type { HeadSource } from '../../../src/features/search/head-index.ts';
import { spaceHan } from '../../../src/features/search/han-text.ts';
import { SiteSearch } from '../../../src/features/search/search-engine.ts';
import { tokenize } from '../../../src/features/search/ranking.ts';

interface FakePage {
	id: string;
	title: string;
	text: string;
	town: string;
}

/**
 * A stand-in Pagefind over a few pages, as the engine uses it: one index word per search (its
 * positions in title + text, as in the built pages whose h1 comes first), or no word and a filter.
 */
function fakePagefind(pages: FakePage[]): PagefindApi & { searches: string[] } {
	const searches: string[] = [];
	const respond = (found: { page: FakePage; words: number[] }[]): PagefindResponse => {
		const towns: Record<string, number> = {};
		for (const { page } of found) towns[page.town] = (towns[page.town] ?? 0) + 1;
		return {
			results: found.map(({ page, words }, index) => ({
				id: page.id,
				score: 10 - index,
				words,
				matchedMetaFields: words.some((at) => at < tokenize(page.title).length) ? ['title'] : [],
				data: async () => ({
					url: `/${page.id}/`,
					content: page.text,
					meta: { title: page.title },
					filters: {},
				}),
			})),
			unfilteredResultCount: found.length,
			filters: { town: towns },
			totalFilters: { town: towns },
		};
	};
	return {
		searches,
		options: async () => {},
		filters: async () => ({}),
		search: async (term: string | null, options?: { filters?: SelectedFilters }) => {
			searches.push(term ?? `filter:${JSON.stringify(options?.filters)}`);
			if (term === null) {
				const town = options?.filters?.['town']?.[0];
				return respond(
					pages.filter((page) => page.town === town).map((page) => ({ page, words: [] })),
				);
			}
			const found = pages.flatMap((page) => {
				const words = tokenize(`${page.title}。${page.text}`).flatMap((token, at) =>
					token === term ? [at] : [],
				);
				return words.length > 0 ? [{ page, words }] : [];
			});
			return respond(found);
		},
	};
}

describe('SiteSearch', () => {
	const pages: FakePage[] = [
		{ id: 'station', title: '陈村镇紫荆村同心实践站', text: '村里的实践站。', town: '陈村镇' },
		{ id: 'center', title: '陈村镇同心实践中心', text: '中心联系紫荆村实践站。', town: '陈村镇' },
		{ id: 'other', title: '柳林镇同心实践站', text: '柳林村的站，紫荆花开。', town: '柳林镇' },
	];

	it('ranks the station named by the query first, then the page mentioning it, then the rest', async () => {
		const search = new SiteSearch(fakePagefind(pages));
		const outcome = await search.search('紫荆村实践站');
		expect(outcome.hits.map((hit) => [hit.id, hit.tier])).toEqual([
			['station', 2],
			['center', 1],
			// 紫荆 (in 紫荆花), 村, 实践 and 站 stand apart on it: every word, not in a row.
			['other', 2],
		]);
		expect(outcome.tier).toBe(2);
		expect(outcome.facets['town']).toEqual({ 陈村镇: 2, 柳林镇: 1 });
	});

	it('applies filters to the hits but counts values over all hits', async () => {
		const search = new SiteSearch(fakePagefind(pages));
		const outcome = await search.search('紫荆村实践站', { town: ['柳林镇'] });
		expect(outcome.hits.map((hit) => hit.id)).toEqual(['other']);
		expect(outcome.facets['town']).toEqual({ 陈村镇: 2, 柳林镇: 1 });
	});

	it('looks each index word up once, also across queries', async () => {
		const pagefind = fakePagefind(pages);
		const search = new SiteSearch(pagefind);
		await search.search('实践站');
		await search.search('实践');
		const words = pagefind.searches.filter((term) => !term.startsWith('filter:'));
		expect(words).toEqual(['实', '践', '站']);
	});

	it('reads traditional characters and synonyms from the query data', async () => {
		const search = new SiteSearch(fakePagefind(pages), {
			synonyms: [['实践站', '同心实践站']],
			traditional: { 實: '实', 踐: '践' },
		});
		const outcome = await search.search('紫荆村實踐站');
		expect(outcome.plan.query).toBe('紫荆村实践站');
		expect(outcome.plan.converted).toBe(true);
		expect(outcome.hits[0]?.id).toBe('station');
	});

	it('suggests titles sharing characters when no word of the query occurs', async () => {
		const search = new SiteSearch(fakePagefind(pages));
		const outcome = await search.search('柳树花园');
		expect(outcome.hits).toEqual([]);
		expect(outcome.suggestions.map((suggestion) => suggestion.title)).toContain('柳林镇同心实践站');
	});

	it('returns nothing for an empty query', async () => {
		const outcome = await new SiteSearch(fakePagefind(pages)).search(' ， ');
		expect(outcome.hits).toEqual([]);
		expect(outcome.terms).toEqual([]);
	});
});

/**
 * A stand-in head index over the same pages: what the fake Pagefind finds for a word, cut to the
 * first `headPages` pages of `order` (ids) when it finds more. Fragments hold the page's text
 * spaced as the build's are, so that reading a page gives the positions Pagefind would.
 */
function fakeHeads(
	pages: FakePage[],
	headPages: number,
	order: (word: string) => string[],
): HeadSource & { words: string[] } {
	const pagefind = fakePagefind(pages);
	const words: string[] = [];
	return {
		words,
		search: async (word: string) => {
			words.push(word);
			const response = (await pagefind.search(word)) as PagefindResponse;
			const ranked = order(word);
			const rankOf = (id: string) => (ranked.includes(id) ? ranked.indexOf(id) : Infinity);
			const results = response.results
				.map((result) => {
					const page = pages.find((each) => each.id === result.id) as FakePage;
					return {
						...result,
						data: async () => ({
							url: `/${page.id}/`,
							content: spaceHan(`${page.title}。${page.text}`),
							meta: { title: page.title },
							filters: {},
						}),
					};
				})
				.sort((a, b) => rankOf(a.id) - rankOf(b.id));
			const cut = results.length > headPages;
			return {
				response: { ...response, results: results.slice(0, headPages), filters: {} },
				cut,
			};
		},
	};
}

describe('SiteSearch on a head index', () => {
	// Twelve stations that all say 实践站, and the one named 陈村镇紫荆村同心实践站.
	const stations: FakePage[] = Array.from({ length: 12 }, (_, index) => ({
		id: `s${index}`,
		title: `第${index}号同心实践站`,
		text: '实践站的活动。',
		town: '柳林镇',
	}));
	const named: FakePage = {
		id: 'named',
		title: '陈村镇紫荆村同心实践站',
		text: '村里的实践站。',
		town: '陈村镇',
	};
	const pages = [...stations, named];

	it('answers from the head index alone when every word is listed whole', async () => {
		const pagefind = fakePagefind(pages);
		const heads = fakeHeads(pages, 100, () => []);
		const outcome = await new SiteSearch(pagefind, NO_DATA, heads).search('紫荆村');
		expect(outcome.hits.map((hit) => hit.id)).toEqual(['named']);
		expect(outcome.complete).toBe(false);
		expect(outcome.atLeast).toBe(false);
		expect(pagefind.searches).toEqual([]);
		expect(heads.words).toEqual(['紫', '荆', '村']);
	});

	it('reads the pages of a word listed whole, and then knows the whole answer', async () => {
		const pagefind = fakePagefind(pages);
		// 实, 践 and 站 list ten pages each, not the named station; 紫 and 荆 list it, whole.
		const heads = fakeHeads(pages, 10, () => stations.map((page) => page.id));
		const outcome = await new SiteSearch(pagefind, NO_DATA, heads).search('紫荆村实践站');
		expect(outcome.hits.map((hit) => [hit.id, hit.tier])).toEqual([['named', 2]]);
		expect(outcome.atLeast).toBe(false);
		expect(pagefind.searches).toEqual([]);
	});

	it('reads a page that some cut lists leave out when its title holds the query', async () => {
		const pagefind = fakePagefind(pages);
		// 站 lists the named station first; 实 and 践 list ten of the others.
		const heads = fakeHeads(pages, 10, (word) =>
			[...(word === '站' ? [named] : []), ...stations].map((page) => page.id),
		);
		const outcome = await new SiteSearch(pagefind, NO_DATA, heads).search('实践站');
		expect(outcome.atLeast).toBe(true);
		expect(outcome.hits).toHaveLength(11);
		expect(outcome.hits.find((hit) => hit.id === 'named')?.tier).toBe(1);
		expect(pagefind.searches).toEqual([]);
	});

	it('asks Pagefind when the lists hold no page with every word, or to filter', async () => {
		const pagefind = fakePagefind(pages);
		const heads = fakeHeads(pages, 5, () => pages.map((page) => page.id));
		const search = new SiteSearch(pagefind, NO_DATA, heads);
		// 站 is cut, and no page holds 柳: only Pagefind can say which pages hold some of it.
		const outcome = await search.search('站柳');
		expect(outcome.complete).toBe(true);
		expect(pagefind.searches).toEqual(['站', '柳']);
		const filtered = await search.search('紫荆村', { town: ['陈村镇'] });
		expect(filtered.complete).toBe(true);
		expect(filtered.hits.map((hit) => hit.id)).toEqual(['named']);
	});

	it('asks Pagefind when no listed page holds the query as typed', async () => {
		const pagefind = fakePagefind(pages);
		const heads = fakeHeads(pages, 5, () => pages.map((page) => page.id));
		// 实 and 站 stand apart on every page: a page with 实站 in a row could be in no list.
		const outcome = await new SiteSearch(pagefind, NO_DATA, heads).search('实站');
		expect(outcome.complete).toBe(true);
		expect(pagefind.searches.filter((term) => !term.startsWith('filter:'))).toEqual(['实', '站']);
	});

	it('answers from the best pages even when they are few', async () => {
		const pagefind = fakePagefind(pages);
		const heads = fakeHeads(pages, 5, () => pages.map((page) => page.id));
		const outcome = await new SiteSearch(pagefind, NO_DATA, heads).search('实践站');
		expect(outcome.atLeast).toBe(true);
		expect(outcome.hits.map((hit) => hit.id)).toEqual(['s0', 's1', 's2', 's3', 's4']);
		expect(pagefind.searches).toEqual([]);
	});

	it('looks every page up when asked for all of them', async () => {
		const pagefind = fakePagefind(pages);
		const heads = fakeHeads(pages, 10, () => stations.map((page) => page.id));
		const search = new SiteSearch(pagefind, NO_DATA, heads);
		const first = await search.search('实践站');
		expect(first.atLeast).toBe(true);
		expect(first.hits).toHaveLength(10);
		const whole = await search.search('实践站', {}, { complete: true });
		expect(whole.hits).toHaveLength(13);
		expect(whole.facets['town']).toEqual({ 柳林镇: 12, 陈村镇: 1 });
	});
});

const NO_DATA = { synonyms: [], traditional: {} };

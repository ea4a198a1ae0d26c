import { describe, expect, it } from 'vitest';
import type {
	PagefindApi,
	PagefindResponse,
	SelectedFilters,
} from '../../../src/features/search/pagefind-api.ts';
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

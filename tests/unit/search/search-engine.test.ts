import { describe, expect, it } from 'vitest';
import type {
	PagefindApi,
	PagefindResponse,
	SelectedFilters,
} from '../../../src/features/search/pagefind-api.ts';
import {
	combineAnswers,
	intersectCounts,
	SiteSearch,
} from '../../../src/features/search/search-engine.ts';
import { spaceHan } from '../../../src/features/search/han-text.ts';

const hit = (id: string, score: number) => ({ id, score, data: async () => ({}) as never });

describe('combineAnswers', () => {
	it('keeps pages holding every word as written, ranked by their summed scores', () => {
		const hits = combineAnswers([
			{ ranked: [hit('a', 1), hit('b', 3), hit('c', 5)], exact: ['a', 'b'] },
			{ ranked: [hit('a', 4), hit('b', 1)], exact: ['a', 'b', 'd'] },
		]);
		expect(hits.map((found) => [found.id, found.score])).toEqual([
			['a', 5],
			['b', 4],
		]);
	});

	it('finds nothing for no words', () => {
		expect(combineAnswers([])).toEqual([]);
	});
});

describe('intersectCounts', () => {
	it('bounds each value by the smallest count among the words', () => {
		expect(intersectCounts([{ town: { 柳林镇: 3, 城关镇: 1 } }, { town: { 柳林镇: 2 } }])).toEqual({
			town: { 柳林镇: 2, 城关镇: 0 },
		});
	});
});

/** A stand-in Pagefind over a few pages: loose = all characters, exact = characters in a row. */
function fakePagefind(pages: { id: string; text: string; town: string }[]): PagefindApi {
	const respond = (ids: string[]): PagefindResponse => {
		const towns: Record<string, number> = {};
		for (const page of pages.filter((candidate) => ids.includes(candidate.id))) {
			towns[page.town] = (towns[page.town] ?? 0) + 1;
		}
		return {
			results: ids.map((id, index) => hit(id, 10 - index)),
			unfilteredResultCount: ids.length,
			filters: { town: towns },
			totalFilters: { town: towns },
		};
	};
	return {
		options: async () => {},
		filters: async () => ({}),
		search: async (term: string | null, options?: { filters?: SelectedFilters }) => {
			const query = term ?? '';
			const exact = query.startsWith('"');
			const words = query.replace(/"/g, '').split(' ');
			const town = options?.filters?.['town']?.[0];
			const ids = pages
				.filter((page) => !town || page.town === town)
				.filter((page) =>
					exact
						? spaceHan(page.text).includes(words.join(' '))
						: words.every((word) => page.text.includes(word)),
				)
				.map((page) => page.id);
			return respond(ids);
		},
	};
}

describe('SiteSearch', () => {
	const pages = [
		{ id: 'p1', text: '柳林镇民营企业统战工作', town: '柳林镇' },
		{ id: 'p2', text: '城关镇企业民营统战', town: '城关镇' },
		{ id: 'p3', text: '城关镇民营企业', town: '城关镇' },
	];
	const search = new SiteSearch(fakePagefind(pages));

	it('finds only pages holding the words in a row', async () => {
		const outcome = await search.search('民营企业');
		expect(outcome.hits.map((found) => found.id).sort()).toEqual(['p1', 'p3']);
		expect(outcome.facets['town']).toEqual({ 柳林镇: 1, 城关镇: 1 });
	});

	it('needs every word of a two-word query and counts filter values for both', async () => {
		const outcome = await search.search('民营企业 统战');
		expect(outcome.hits.map((found) => found.id)).toEqual(['p1']);
		expect(outcome.facets['town']).toEqual({ 柳林镇: 1, 城关镇: 0 });
	});

	it('applies filters to the hits but counts values over all hits', async () => {
		const outcome = await search.search('民营企业', { town: ['城关镇'] });
		expect(outcome.hits.map((found) => found.id)).toEqual(['p3']);
		expect(outcome.facets['town']).toEqual({ 柳林镇: 1, 城关镇: 1 });
	});

	it('returns nothing for an empty query', async () => {
		await expect(search.search(' ， ')).resolves.toEqual({ terms: [], hits: [], facets: {} });
	});
});

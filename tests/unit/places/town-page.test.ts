import { describe, expect, it } from 'vitest';
import { townPages } from '../../../src/features/places/town-page.ts';
import { townOf } from '../../../src/features/regions/region-tree.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';
import { fixtureEntries } from '../../helpers/fixture-entries.ts';
import { placesOf } from '../../helpers/page-contexts.ts';

const sample = fixtureEntries(SAMPLE_CONTENT);
const words = sample.placeVocabulary();
const places = placesOf(sample);
const town = sample.get('regions', 'liulin').data;
const inTown = places.filter(
	(place) => townOf(place.data.region.id, words.regions)?.id === 'liulin',
);

describe('townPages', () => {
	it('lists the town’s sites only: centers, then stations, then bases', () => {
		const [page] = townPages(town, places, words.regions);
		expect(page!.page.total).toBe(inTown.length);
		expect(inTown.length).toBeGreaterThan(1);
		const kinds = page!.groups.map((group) => group.collection);
		expect(kinds).toEqual(
			['centers', 'stations', 'bases'].filter((kind) => kinds.includes(kind as never)),
		);
		expect(page!.lead).toContain(`柳林镇共有 ${inTown.length} 个站点`);
	});

	it('cuts the sites into pages; the mini map and the search are on the first page only', () => {
		const pages = townPages(town, places, words.regions, 1);
		expect(pages).toHaveLength(inTown.length);
		expect(pages.map((page) => page.miniMap)).toEqual(pages.map((_, index) => index === 0));
		expect(pages[0]!.layout.search).toMatchObject({ town: '柳林镇' });
		expect(pages[1]!.layout.search).toBeUndefined();
		expect(pages[1]!.layout.title).toBe('柳林镇（第 2 页）');
		expect(pages[1]!.nav?.previous).toBe('/towns/liulin/');
		// Each heading counts the kind in the whole town, not on the page.
		const centers = inTown.filter((place) => place.collection === 'centers').length;
		expect(pages[0]!.groups[0]).toMatchObject({ collection: 'centers', total: centers });
	});

	it('says so when a town has no sites yet: one page, no groups', () => {
		const pages = townPages({ id: 'nowhere', name: '无名镇' }, places, words.regions);
		expect(pages).toHaveLength(1);
		expect(pages[0]!.groups).toEqual([]);
		expect(pages[0]!.lead).toBe('无名镇共有 0 个站点。');
	});
});

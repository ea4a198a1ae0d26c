import { describe, expect, it } from 'vitest';
import { termsById } from '../../../src/core/entries.ts';
import { buildMapData } from '../../../src/features/map/map-model.ts';
import {
	MAP_SITE_LIMIT,
	mapPage,
	mergedDots,
	siteGroupId,
} from '../../../src/features/map/map-page.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';
import { fixtureEntries } from '../../helpers/fixture-entries.ts';
import { placesOf } from '../../helpers/page-contexts.ts';

const sample = fixtureEntries(SAMPLE_CONTENT);
const words = sample.placeVocabulary();
const config = sample.get('site', 'site').data;
const towns = [...words.regions.values()]
	.filter((region) => region.level === 'town' || region.level === 'zone')
	.sort((a, b) => (a.code ?? '999').localeCompare(b.code ?? '999'));
const data = buildMapData({ config, places: placesOf(sample), towns, words });
const domains = [...termsById(sample.all('domains').map((term) => term.data)).values()];

describe('buildMapData', () => {
	it('holds every published place with coordinates, ordered by town', () => {
		const withPoints = placesOf(sample).filter((place) => place.data.coordinates);
		expect(data.sites.length).toBe(withPoints.length);
		expect(data.towns.map((town) => town.id)).toEqual(towns.map((town) => town.id));
		expect(data.districtName).toBe('凤翔区');
	});
});

describe('mapPage', () => {
	const page = mapPage(data, domains);

	it('places a dot for every site and one marker per town, each site in one town’s count', () => {
		expect(page.dots).toHaveLength(data.sites.length);
		expect(page.anchors).toHaveLength(page.aggregates.length);
		expect(page.aggregates.length).toBeGreaterThanOrEqual(towns.length);
		expect(page.aggregates.reduce((sum, town) => sum + town.sites.length, 0)).toBe(
			data.sites.length,
		);
	});

	it('offers only the domains some site on the map serves', () => {
		const used = new Set(data.sites.flatMap((site) => site.domains.map((domain) => domain.id)));
		expect(page.usedDomains.map((domain) => domain.id).sort()).toEqual([...used].sort());
	});

	it('says the drawing is a schematic without a reviewed boundary, and draws no tiles', () => {
		expect(page.notice.schematic).toBe(true);
		expect(page.tiles).toEqual([]);
	});

	it('links each town marker to its group of the site list', () => {
		expect(siteGroupId('liulin')).toBe('list-liulin');
		expect(siteGroupId(undefined)).toBe('list-district');
	});
});

describe('the map of a large district', () => {
	it('merges the dots of one kind that fall in the same cell, counting the sites', () => {
		const dots = mergedDots(
			[
				{ kind: 'centers', x: 1, y: 1 },
				{ kind: 'centers', x: 6, y: 6 },
				{ kind: 'stations', x: 2, y: 2 },
				{ kind: 'centers', x: 8, y: 1 },
			],
			7,
		);
		expect(dots).toEqual([
			{ kind: 'centers', x: 3.5, y: 3.5, count: 2 },
			{ kind: 'stations', x: 3.5, y: 3.5, count: 1 },
			{ kind: 'centers', x: 10.5, y: 3.5, count: 1 },
		]);
	});

	it('draws every site up to the limit, and merged dots with town counts above it', () => {
		expect(mapPage(data, domains).detailed).toBe(data.sites.length <= MAP_SITE_LIMIT);
		const large = mapPage(data, domains, data.sites.length - 1);
		expect(large.detailed).toBe(false);
		expect(large.dots).toEqual([]);
		expect(large.merged.length).toBeGreaterThan(0);
		expect(large.merged.length).toBeLessThanOrEqual(data.sites.length);
		expect(large.merged.reduce((sum, dot) => sum + dot.count, 0)).toBe(data.sites.length);
		// The towns keep their markers and counts.
		expect(large.aggregates.reduce((sum, town) => sum + town.sites.length, 0)).toBe(
			data.sites.length,
		);
	});
});

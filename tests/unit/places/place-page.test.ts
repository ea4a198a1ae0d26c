import { describe, expect, it } from 'vitest';
import { placeGroups, placeListPages } from '../../../src/features/places/place-list-page.ts';
import { placePage, type PlacePageContext } from '../../../src/features/places/place-page.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';
import { fixtureEntries } from '../../helpers/fixture-entries.ts';
import { casesAboutPlace } from '../../../src/features/cases/case-index.ts';
import { caseIndexOf, TEST_SITE } from '../../helpers/page-contexts.ts';

const fixture = fixtureEntries();

function contextOf(entries = fixture, overrides: Partial<PlacePageContext> = {}): PlacePageContext {
	return {
		words: entries.placeVocabulary(),
		systems: entries.published('systems'),
		platforms: entries.published('platforms'),
		centers: entries.published('centers'),
		stations: entries.published('stations'),
		casesAbout: casesAboutPlace(caseIndexOf(entries)),
		organisation: '测试区委统战部',
		profile: 'public',
		site: TEST_SITE,
		...overrides,
	};
}

describe('placePage', () => {
	const station = fixture.get('stations', 'east-street');

	it('lists the facts of a station in order, its host among them', () => {
		const page = placePage(station, contextOf());
		expect(page.facts.map((fact) => fact.label)).toEqual(['类别', '级别', '承建单位', '建立时间']);
		expect(page.facts[0]?.value).toBe('同心实践站');
		expect(page.facts[3]?.value).toBe('2023年1月5日');
	});

	it('says where the station is, from its town down, the town linked', () => {
		const page = placePage(station, contextOf());
		expect(page.location.map((place) => place.label)).toEqual(['东镇', '东街社区居委会']);
		expect(page.location[0]?.href).toMatch(/\/towns\/easttown\/$/);
		expect(page.location[1]?.href).toBeUndefined();
		expect(page.layout.search).toMatchObject({ kind: '同心实践站', town: '东镇' });
	});

	it('links the station to its center and the systems it runs', () => {
		const page = placePage(station, contextOf());
		const lists = Object.fromEntries(page.linkLists.map((list) => [list.heading, list.items]));
		expect(lists['指导中心']?.map((item) => item.label)).toEqual(['东镇同心实践中心']);
		expect(lists['执行的工作制度']?.length).toBe(1);
		expect(lists['联系的实践站']).toEqual([]);
	});

	it('links a center to the stations it guides', () => {
		const center = fixture.get('centers', 'easttown');
		const lists = placePage(center, contextOf()).linkLists;
		expect(
			lists.find((list) => list.heading === '联系的实践站')?.items.map((i) => i.label),
		).toEqual(['东街社区同心实践站']);
	});

	it('lists the first 30 stations of a center with hundreds, linking to its town’s page', () => {
		const center = fixture.get('centers', 'easttown');
		const stations = Array.from({ length: 45 }, (_, index) => ({
			...station,
			id: `station-${index}`,
			data: { ...station.data, name: `站${index}` },
		}));
		const list = placePage(center, contextOf(fixture, { stations })).linkLists.find(
			(candidate) => candidate.heading === '联系的实践站',
		);
		expect(list?.items).toHaveLength(30);
		expect(list?.total).toBe(45);
		expect(list?.more?.href).toMatch(/^\/towns\/[a-z-]+\/$/);
	});

	it('shows contacts in the intranet build only', () => {
		const center = fixture.get('centers', 'easttown');
		expect(placePage(center, contextOf()).contacts).toEqual([]);
		expect(
			placePage(center, contextOf(fixture, { profile: 'intranet' })).contacts.map((c) => c.role),
		).toEqual(['统战委员']);
	});

	it('describes the place for search engines with absolute addresses under the base path, and where it is', () => {
		const data = placePage(station, contextOf()).layout.share.structuredData;
		expect(data).toMatchObject({
			'@type': 'Place',
			name: '东街社区同心实践站',
			url: 'https://tongzhan.example.gov.cn/sub/stations/east-street/',
			// schema.org gives a Place no property for who runs it: the organisation is located there.
			'@reverse': {
				location: { name: '测试区委统战部', url: 'https://tongzhan.example.gov.cn/sub/' },
			},
		});
	});

	it('lists the points of a base that stands for many, each with its town', () => {
		const sample = fixtureEntries(SAMPLE_CONTENT);
		const page = placePage(sample.get('bases', 'secretary-points'), contextOf(sample));
		expect(page.points.length).toBe(29);
		expect(page.points.every((point) => point.name.length > 0)).toBe(true);
		expect(page.points.some((point) => point.town?.href.includes('/towns/'))).toBe(true);
	});

	it('relates cases that concern the place first', () => {
		const sample = fixtureEntries(SAMPLE_CONTENT);
		const page = placePage(sample.get('stations', 'tiannan-village'), contextOf(sample));
		expect(page.relatedCases[0]?.id).toBe('five-steps-tiannan');
		expect(page.relatedCases.length).toBeLessThanOrEqual(4);
	});
});

describe('placeGroups', () => {
	const sample = fixtureEntries(SAMPLE_CONTENT);
	const words = sample.placeVocabulary();

	it('groups stations by their host, in the order the stations come', () => {
		const stations = sample.published('stations');
		const groups = placeGroups(stations, words);
		expect(groups.map((group) => group.label)).toEqual([
			...new Set(stations.map((station) => words.scopes.get(station.data.host.id)?.label)),
		]);
		expect(groups.flatMap((group) => group.places)).toHaveLength(stations.length);
	});

	it('groups bases by their kind and keeps centers in one list without a heading', () => {
		const bases = placeGroups(sample.published('bases'), words);
		expect(bases.map((group) => group.label)).toContain('宗教中国化示范场所');
		const centers = placeGroups(sample.published('centers'), words);
		expect(centers).toEqual([{ label: '', places: sample.published('centers') }]);
	});
});

describe('placeListPages', () => {
	const sample = fixtureEntries(SAMPLE_CONTENT);
	const words = sample.placeVocabulary();
	const stations = sample.published('stations');

	it('pages the stations in their groups’ order, every station once, headings counting the group', () => {
		const pages = placeListPages('stations', stations, words, 5);
		expect(pages).toHaveLength(Math.ceil(stations.length / 5));
		const flat = placeGroups(stations, words).flatMap((group) => group.places);
		expect(pages.flatMap((page) => page.groups.flatMap((group) => group.places))).toEqual(flat);
		const groupSizes = new Map(
			placeGroups(stations, words).map((group) => [group.label, group.places.length]),
		);
		for (const page of pages) {
			expect(page.groups.flatMap((group) => group.places)).toHaveLength(page.page.items.length);
			for (const group of page.groups) expect(group.total).toBe(groupSizes.get(group.label));
		}
	});

	it('links each page to the others under /stations/page/<n>/', () => {
		const pages = placeListPages('stations', stations, words, 5);
		expect(pages[0]!.nav?.next).toBe('/stations/page/2/');
		expect(pages.at(-1)!.nav?.previous).toBe(
			pages.length === 2 ? '/stations/' : `/stations/page/${pages.length - 1}/`,
		);
	});

	it('keeps the sample’s centers on one page with no page links', () => {
		const [only, ...rest] = placeListPages('centers', sample.published('centers'), words);
		expect(rest).toEqual([]);
		expect(only!.nav).toBeUndefined();
	});
});

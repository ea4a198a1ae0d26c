import { describe, expect, it } from 'vitest';
import { domainPages } from '../../../src/features/domains/domain-page.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';
import { fixtureEntries } from '../../helpers/fixture-entries.ts';
import { placesOf } from '../../helpers/page-contexts.ts';

const sample = fixtureEntries(SAMPLE_CONTENT);
const context = {
	places: placesOf(sample),
	platforms: sample.published('platforms'),
	cases: sample.published('cases'),
};
const domain = (id: string) => sample.get('domains', id).data;

describe('domainPages', () => {
	it('lists the places that serve the domain, sorted by their Chinese names', () => {
		const [page] = domainPages(domain('religion'), context);
		const places = page!.page.items;
		expect(places.length).toBeGreaterThanOrEqual(7);
		expect(places.every((place) => place.data.domains.some((ref) => ref.id === 'religion'))).toBe(
			true,
		);
		const names = places.map((place) => place.data.name);
		expect([...names].sort((a, b) => a.localeCompare(b, 'zh-CN'))).toEqual(names);
	});

	it('cuts the places into pages, each found at its own address, only the first searchable', () => {
		const pages = domainPages(domain('religion'), context, 3);
		const all = context.places.filter((place) =>
			place.data.domains.some((ref) => ref.id === 'religion'),
		);
		expect(pages).toHaveLength(Math.ceil(all.length / 3));
		expect(pages.flatMap((page) => page.page.items)).toHaveLength(all.length);
		const second = pages[1]!;
		expect(second.heading).toBe('宗教领域（第 2 页）');
		expect(second.nav?.previous).toBe('/domains/religion/');
		expect(second.layout.search).toBeUndefined();
		expect(second.layout.breadcrumbs.at(-2)).toEqual({
			label: '宗教',
			href: '/domains/religion/',
		});
		expect(pages[0]!.layout.search).toEqual({ kind: '工作领域', domains: ['宗教'] });
	});

	it('links the platforms and cases of the domain on its first page, and nothing else', () => {
		const pages = domainPages(domain('new-rural-elites'), context, 1);
		const [platforms, cases] = pages[0]!.linkLists;
		const expected = context.cases.filter((story) =>
			story.data.domains.some((ref) => ref.id === 'new-rural-elites'),
		);
		expect(cases?.items.map((item) => item.href)).toEqual(
			expected.map((story) => `/cases/${story.id}/`),
		);
		expect(platforms?.heading).toBe('品牌阵地');
		expect(pages.slice(1).every((page) => page.linkLists.length === 0)).toBe(true);
	});

	it('cuts a long list of cases short, linking to the filter page that lists them all', () => {
		const story = sample.published('cases')[0]!;
		const many = Array.from({ length: 40 }, (_, index) => ({
			...story,
			id: `story-${index}`,
			data: { ...story.data, domains: [{ id: 'religion', collection: 'domains' as const }] },
		}));
		const [page] = domainPages(domain('religion'), { ...context, cases: many });
		const cases = page!.linkLists[1]!;
		expect(cases.items).toHaveLength(30);
		expect(cases.total).toBe(40);
		expect(cases.more?.href).toBe('/cases/domain/religion/');
	});

	it('names the page after the domain', () => {
		expect(domainPages(domain('religion'), context)[0]!.layout).toMatchObject({
			title: '宗教领域',
			section: 'domains',
			search: { domains: ['宗教'] },
		});
	});
});

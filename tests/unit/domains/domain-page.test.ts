import { describe, expect, it } from 'vitest';
import { domainPage } from '../../../src/features/domains/domain-page.ts';
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

describe('domainPage', () => {
	it('lists the places that serve the domain, sorted by their Chinese names', () => {
		const page = domainPage(domain('religion'), context);
		expect(page.places.length).toBeGreaterThanOrEqual(7);
		expect(
			page.places.every((place) => place.data.domains.some((ref) => ref.id === 'religion')),
		).toBe(true);
		const names = page.places.map((place) => place.data.name);
		expect([...names].sort((a, b) => a.localeCompare(b, 'zh-CN'))).toEqual(names);
	});

	it('links the platforms and cases of the domain, and nothing else', () => {
		const page = domainPage(domain('new-rural-elites'), context);
		const [platforms, cases] = page.linkLists;
		const expected = context.cases.filter((story) =>
			story.data.domains.some((ref) => ref.id === 'new-rural-elites'),
		);
		expect(cases?.items.map((item) => item.href)).toEqual(
			expected.map((story) => `/cases/${story.id}/`),
		);
		expect(platforms?.heading).toBe('品牌阵地');
	});

	it('names the page after the domain', () => {
		expect(domainPage(domain('religion'), context).layout).toMatchObject({
			title: '宗教领域',
			section: 'domains',
			search: { domains: ['宗教'] },
		});
	});
});

import { describe, expect, it } from 'vitest';
import { casePage, type CasePageContext } from '../../../src/features/cases/case-page.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';
import { fixtureEntries } from '../../helpers/fixture-entries.ts';
import { caseIndexOf, placesOf, TEST_SITE } from '../../helpers/page-contexts.ts';

const sample = fixtureEntries(SAMPLE_CONTENT);
const context: CasePageContext = {
	places: placesOf(sample),
	systems: sample.published('systems'),
	figures: sample.published('figures'),
	domains: sample.placeVocabulary().domains,
	cases: caseIndexOf(sample),
	organisation: '中共凤翔区委统战部',
	site: TEST_SITE,
};

describe('casePage', () => {
	const story = sample.get('cases', 'five-steps-tiannan');
	const page = casePage(story, context);

	it('dates the story and credits its author', () => {
		expect(page.date).toEqual({ iso: '2023-07-12', text: '2023年7月12日' });
		expect(page.author).toBe('区委统战部');
		expect(page.layout.article.published).toEqual(story.data.date);
	});

	it('lists the sites and systems the story concerns, in the order it names them', () => {
		const [places, systems] = page.linkLists;
		expect(places?.heading).toBe('涉及的站点');
		expect(places?.items.map((item) => item.href)).toEqual([
			'/centers/tianjiazhuang/',
			'/stations/tiannan-village/',
		]);
		expect(systems?.items.map((item) => item.href)).toEqual(['/systems/consultation-five-steps/']);
	});

	it('describes the story as an Article about those sites, with absolute addresses', () => {
		expect(page.layout.share.structuredData).toMatchObject({
			'@type': 'Article',
			mainEntityOfPage: 'https://tongzhan.example.gov.cn/sub/cases/five-steps-tiannan/',
			about: [
				{ url: 'https://tongzhan.example.gov.cn/sub/centers/tianjiazhuang/' },
				{ url: 'https://tongzhan.example.gov.cn/sub/stations/tiannan-village/' },
			],
		});
	});

	it('relates other stories, never the story itself', () => {
		expect(page.relatedCases.length).toBeGreaterThan(0);
		expect(page.relatedCases.map((other) => other.id)).not.toContain(story.id);
	});

	it('shows the figures a story reports, formatted, linked to the figures page', () => {
		const withFigures = sample.all('cases').find((entry) => entry.data.figures.length > 0);
		expect(withFigures).toBeDefined();
		const figures = casePage(withFigures!, context).figures;
		expect(figures.length).toBe(withFigures!.data.figures.length);
		expect(figures[0]?.href).toMatch(/^\/figures\/#[a-z0-9-]+$/);
		expect(figures[0]?.value).toMatch(/^[\d,]+(\.\d+)?$/);
	});

	it('gives search the kind and the Chinese names of the domains', () => {
		expect(page.layout.search.kind).toBe('案例故事');
		expect(page.layout.search.domains).toContain('新乡贤');
	});
});

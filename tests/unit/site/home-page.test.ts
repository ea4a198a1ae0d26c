import { describe, expect, it } from 'vitest';
import { homePage } from '../../../src/site/home-page.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';
import { fixtureEntries } from '../../helpers/fixture-entries.ts';

const sample = fixtureEntries(SAMPLE_CONTENT);
const entries = {
	figures: sample.published('figures'),
	centers: sample.published('centers'),
	stations: sample.published('stations'),
	bases: sample.published('bases'),
	platforms: sample.published('platforms'),
	systems: sample.published('systems'),
	cases: sample.published('cases'),
};

describe('homePage', () => {
	const page = homePage(entries);

	it('counts every section the way the report counts: 13 centers, 16 stations', () => {
		const counts = Object.fromEntries(page.entryPoints.map((point) => [point.key, point.count]));
		expect(counts).toMatchObject({ centers: 13, stations: 16 });
		expect(counts['systems']).toBe(entries.systems.length);
		expect(page.entryPoints.map((point) => point.unit)).toEqual([
			'个',
			'个',
			'项',
			'个',
			'项',
			'篇',
		]);
	});

	it('shows only the featured figures, in the order of figures.yaml', () => {
		const featured = entries.figures.filter((figure) => figure.data.featured);
		expect(featured.length).toBeGreaterThan(0);
		expect(page.keyFigures.map((figure) => figure.id)).toEqual(featured.map((figure) => figure.id));
	});

	it('shows the three newest cases, newest first', () => {
		const dates = page.latestCases.map((story) => story.data.date.getTime());
		expect(page.latestCases).toHaveLength(3);
		expect([...dates].sort((a, b) => b - a)).toEqual(dates);
		const newest = Math.max(...entries.cases.map((story) => story.data.date.getTime()));
		expect(dates[0]).toBe(newest);
	});
});

import { describe, expect, it } from 'vitest';
import { formatScoreTable, meetsGoal, scoresOf } from '../../../tools/bench/lighthouse-scores.ts';

const result = (performance: number | null) => ({
	categories: {
		performance: {
			score: performance,
			auditRefs: [
				{ id: 'lcp', weight: 25 },
				{ id: 'info', weight: 0 },
			],
		},
		accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
		'best-practices': { score: 0.96 },
		seo: { score: 1 },
	},
	audits: {
		lcp: { score: 0.5, title: 'Largest Contentful Paint' },
		info: { score: 0, title: 'Network dependency tree' },
		'color-contrast': { score: 1, title: 'Contrast' },
	},
});

describe('Lighthouse scores', () => {
	it('turns categories into 0–100 scores and names the scored audits that failed', () => {
		expect(scoresOf('home', result(0.874))).toEqual({
			page: 'home',
			scores: { performance: 87, accessibility: 100, 'best-practices': 96, seo: 100 },
			failed: ['Largest Contentful Paint'],
		});
	});

	it('meets the goal only when every score of every page is at least 95', () => {
		expect(meetsGoal([scoresOf('a', result(0.95)), scoresOf('b', result(1))])).toBe(true);
		expect(meetsGoal([scoresOf('a', result(0.94))])).toBe(false);
		expect(meetsGoal([scoresOf('a', result(null))])).toBe(false);
	});

	it('prints a Markdown table with a dash for a missing score', () => {
		expect(formatScoreTable([scoresOf('home: /', result(null))]).split('\n')).toEqual([
			'| page | performance | accessibility | best practices | SEO |',
			'| --- | ---: | ---: | ---: | ---: |',
			'| home: / | – | 100 | 96 | 100 |',
		]);
	});
});

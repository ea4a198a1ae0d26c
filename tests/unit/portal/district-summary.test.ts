import { describe, expect, it } from 'vitest';
import { districtSummary, seatOf } from '../../../src/features/portal/district-summary.ts';
import {
	districtSummarySchema,
	SUMMARY_CASES,
} from '../../../src/features/portal/summary-schema.ts';

const base = {
	site: {
		title: '同心凤翔',
		description: '凤翔区统战工作网站。',
		organisation: '中共宝鸡市凤翔区委统战部',
		sample: true,
	},
	district: { id: 'fengxiang', code: '610305', name: '凤翔区', shortName: '凤翔' },
	seats: [
		{ lng: 107.3, lat: 34.5 },
		{ lng: 107.5, lat: 34.6 },
	],
	counts: { centers: 13, stations: 16, bases: 20, platforms: 8, systems: 35, cases: 8, towns: 13 },
	figures: [
		{
			id: 'practice-centers',
			label: '同心实践中心',
			value: 13,
			unit: '个',
			asOf: new Date('2024-04-23T00:00:00Z'),
			group: '阵地建设',
			additive: true,
			sample: false,
		},
	],
	cases: Array.from({ length: SUMMARY_CASES + 5 }, (_, index) => ({
		id: `story-${index}`,
		title: `故事 ${index}`,
		date: new Date(Date.UTC(2024, 0, 1 + index)),
		summary: '摘要。',
		domains: ['镇村'],
		towns: [],
		sample: true,
	})),
	absolute: (path: string) => new URL(`/fengxiang${path}`, 'https://tongzhan.example.gov.cn').href,
};

describe('a district’s data/summary.json', () => {
	const summary = districtSummary(base);

	it('passes the schema the portal reads it with', () => {
		expect(districtSummarySchema.parse(summary)).toEqual(summary);
	});

	it('says who the district is and where its marker goes', () => {
		expect(summary.district).toEqual({
			id: 'fengxiang',
			code: '610305',
			name: '凤翔区',
			shortName: '凤翔',
			seat: { lng: 107.4, lat: 34.55 },
		});
		expect(summary.site.url).toBe('https://tongzhan.example.gov.cn/fengxiang/');
		expect(seatOf([])).toBeUndefined();
	});

	it('lists the newest stories only, newest first, with absolute links', () => {
		expect(summary.latestCases).toHaveLength(SUMMARY_CASES);
		expect(summary.latestCases[0]).toMatchObject({
			id: 'story-24',
			date: '2024-01-25',
			url: 'https://tongzhan.example.gov.cn/fengxiang/cases/story-24/',
		});
	});

	it('writes figures with their date as text and their place on the figures page', () => {
		expect(summary.figures[0]).toMatchObject({
			asOf: '2024-04-23',
			additive: true,
			url: 'https://tongzhan.example.gov.cn/fengxiang/figures/#practice-centers',
		});
	});
});

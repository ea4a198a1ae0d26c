import { describe, expect, it } from 'vitest';
import {
	feedChannelData,
	feedItems,
	withEnclosureLengths,
	type FeedCase,
} from '../../../src/features/cases/feed.ts';

const picture = {
	url: 'https://example.gov.cn/_astro/road.abc.jpg',
	type: 'image/jpeg' as const,
	width: 1200,
	height: 800,
	alt: '修好的生产路 & 村民',
};
const stories: FeedCase[] = [
	{
		id: 'road',
		title: '修路',
		summary: 's',
		date: new Date('2023-07-12T00:00:00Z'),
		updated: new Date('2024-04-23T00:00:00Z'),
		categories: [],
		picture,
	},
	{
		id: 'city',
		title: '酒城',
		summary: 's',
		date: new Date('2024-01-05T00:00:00Z'),
		categories: [],
	},
];

describe('the feed’s pictures', () => {
	const items = feedItems(stories, (id) => `https://example.gov.cn/cases/${id}/`);

	it('gives a story with a cover an enclosure and a media:content with its size and alt text', () => {
		const road = items.find((item) => item.link.endsWith('/road/'))!;
		expect(road.enclosure).toEqual({ url: picture.url, length: 0, type: 'image/jpeg' });
		expect(road.customData).toBe(
			'<media:content url="https://example.gov.cn/_astro/road.abc.jpg" medium="image" type="image/jpeg" width="1200" height="800"><media:description type="plain">修好的生产路 &amp; 村民</media:description></media:content>',
		);
	});

	it('gives a story without a cover neither', () => {
		const city = items.find((item) => item.link.endsWith('/city/'))!;
		expect(city.enclosure).toBeUndefined();
		expect(city.customData).toBeUndefined();
	});

	it('writes the real byte count of each built picture into its enclosure', () => {
		const xml =
			'<item><enclosure url="https://example.gov.cn/_astro/road.abc.jpg" length="0" type="image/jpeg"/></item>' +
			'<item><enclosure url="https://example.gov.cn/_astro/gone.jpg" length="0" type="image/jpeg"/></item>';
		const sizes: Record<string, number> = { 'https://example.gov.cn/_astro/road.abc.jpg': 48213 };
		expect(withEnclosureLengths(xml, (url) => sizes[url])).toBe(
			'<item><enclosure url="https://example.gov.cn/_astro/road.abc.jpg" length="48213" type="image/jpeg"/></item>' +
				'<item><enclosure url="https://example.gov.cn/_astro/gone.jpg" length="0" type="image/jpeg"/></item>',
		);
	});
});

describe('the feed’s channel', () => {
	const channel = feedChannelData(stories, 'https://example.gov.cn/sub/rss.xml');

	it('links to itself with atom:link rel="self"', () => {
		expect(channel).toContain(
			'<atom:link href="https://example.gov.cn/sub/rss.xml" rel="self" type="application/rss+xml"/>',
		);
	});

	it('dates its last change by the newest story or check date, so a rebuild gives the same feed', () => {
		expect(channel).toContain('<lastBuildDate>Tue, 23 Apr 2024 00:00:00 GMT</lastBuildDate>');
		expect(feedChannelData(stories, 'x')).toBe(feedChannelData(stories, 'x'));
		expect(feedChannelData([], 'x')).not.toContain('lastBuildDate');
	});
});

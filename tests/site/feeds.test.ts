/**
 * The feed, the sitemap and the share tags of a site deployed under a sub-path of another origin,
 * from the small fixture content (one public story, one internal system), built once.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../tools/harness/build-site.ts';
import { copyContent, type FixtureCopy } from '../helpers/fixture-content.ts';

const ORIGIN = 'https://tongzhan.example.gov.cn';
const BASE = '/fengxiang/';
let copy: FixtureCopy;
let build: BuildResult;
const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
const xml = new XMLParser({
	ignoreAttributes: false,
	isArray: (name) => ['item', 'url'].includes(name),
});

beforeAll(() => {
	copy = copyContent();
	// The report says 99 centers where the content has two: the build must say so, not hide it.
	copy.edit('figures/figures.yaml', 'value: 2', 'value: 99');
	build = buildSite('sub-path', { CONTENT_DIR: copy.root, SITE_URL: ORIGIN, BASE_PATH: BASE });
	if (build.status !== 0) throw new Error(build.output.slice(-3000));
});
afterAll(() => copy?.dispose());

describe('a build under a sub-path', () => {
	it('has an RSS 2.0 feed whose links are absolute under the origin and the base path', () => {
		const feed = xml.parse(read('rss.xml'));
		expect(feed.rss['@_version']).toBe('2.0');
		expect(feed.rss.channel.link).toBe(`${ORIGIN}${BASE}`);
		const items = feed.rss.channel.item as { link: string; title: string; pubDate: string }[];
		expect(items.map((item) => item.link)).toEqual([`${ORIGIN}${BASE}cases/test-story/`]);
		expect(Number.isNaN(Date.parse(items[0]!.pubDate))).toBe(false);
	});

	it('has a sitemap of the public pages only, under the base path', () => {
		const index = xml.parse(read('sitemap-index.xml'));
		expect(index.sitemapindex.sitemap.loc).toBe(`${ORIGIN}${BASE}sitemap-0.xml`);
		const urls = (xml.parse(read('sitemap-0.xml')).urlset.url as { loc: string }[]).map(
			(url) => url.loc,
		);
		expect(urls).toContain(`${ORIGIN}${BASE}cases/test-story/`);
		expect(urls).toContain(`${ORIGIN}${BASE}systems/test-regulation/`);
		expect(urls.every((url) => url.startsWith(`${ORIGIN}${BASE}`))).toBe(true);
		expect(urls.some((url) => url.includes('internal-rule'))).toBe(false);
		expect(urls.some((url) => url.includes('404'))).toBe(false);
		expect(existsSync(path.join(build.outDir, 'systems/internal-rule/index.html'))).toBe(false);
	});

	it('gives every page absolute canonical, Open Graph and feed links', () => {
		const page = read('cases/test-story/index.html');
		expect(page).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}cases/test-story/">`);
		expect(page).toContain(`<meta property="og:url" content="${ORIGIN}${BASE}cases/test-story/">`);
		expect(page).toMatch(
			new RegExp(`<meta property="og:image" content="${ORIGIN}${BASE}_astro/[^"]+\\.jpg">`),
		);
		expect(page).toContain(`href="${BASE}rss.xml"`);
		const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)?.[1];
		expect(JSON.parse(jsonLd ?? 'null')).toMatchObject({
			'@type': 'Article',
			mainEntityOfPage: `${ORIGIN}${BASE}cases/test-story/`,
		});
	});

	it('reports a reported figure that the entries do not bear out, and still builds', () => {
		expect(build.output).toMatch(/数据核对.*practice-centers.*99.*2 个/);
	});
});

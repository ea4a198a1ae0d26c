/**
 * The feed, the sitemap and the share tags of a site deployed under a sub-path of another origin,
 * from the small fixture content (one public story, one internal system), built once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, PROJECT_ROOT, type BuildResult } from '../../tools/harness/build-site.ts';
import { copyContent, type FixtureCopy } from '../helpers/fixture-content.ts';

const ORIGIN = 'https://tongzhan.example.gov.cn';
const BASE = '/fengxiang/';
let copy: FixtureCopy;
let build: BuildResult;
const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
const xml = new XMLParser({
	ignoreAttributes: false,
	isArray: (name) => ['item', 'url', 'atom:link'].includes(name),
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

	it('says where the feed lives and when its content last changed', () => {
		const channel = xml.parse(read('rss.xml')).rss.channel as {
			'atom:link': { '@_href': string; '@_rel': string; '@_type': string }[];
			lastBuildDate: string;
		};
		expect(channel['atom:link']).toEqual([
			{ '@_href': `${ORIGIN}${BASE}rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' },
		]);
		// The one story's date, so that a rebuild of the same content gives the same feed.
		expect(new Date(channel.lastBuildDate).toISOString().slice(0, 10)).toBe('2024-01-10');
	});

	it('dates each entry’s page in the sitemap, and points robots.txt at the sitemap', () => {
		const urls = xml.parse(read('sitemap-0.xml')).urlset.url as { loc: string; lastmod?: string }[];
		const story = urls.find((url) => url.loc === `${ORIGIN}${BASE}cases/test-story/`);
		expect(story?.lastmod).toBe('2024-01-10');
		expect(urls.find((url) => url.loc === `${ORIGIN}${BASE}`)?.lastmod).toBeUndefined();
		expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
	});

	it('builds with SITE_URL set without the warning, and npm run package packs it', () => {
		expect(build.output).not.toContain('没有设置 SITE_URL');
		const out = mkdtempSync(path.join(tmpdir(), 'tongxin-package-'));
		const run = spawnSync(
			'npm',
			['run', 'package', '--silent', '--', '--dist', build.outDir, '--out', out],
			{
				cwd: PROJECT_ROOT,
				encoding: 'utf8',
			},
		);
		rmSync(out, { recursive: true, force: true });
		expect(run.status, run.stderr).toBe(0);
	});

	it('reports a reported figure that the entries do not bear out, and still builds', () => {
		expect(build.output).toMatch(/数据核对.*practice-centers.*99.*2 个/);
	});
});

describe('a build left at the default SITE_URL', () => {
	it('is refused by npm run package, which names SITE_URL', () => {
		const dist = mkdtempSync(path.join(tmpdir(), 'tongxin-default-url-'));
		const info = JSON.parse(
			readFileSync(path.join(inject('sampleSite'), 'build-info.json'), 'utf8'),
		);
		expect(info.site).toBe('http://localhost:4321');
		writeFileSync(path.join(dist, 'build-info.json'), JSON.stringify(info));
		const run = spawnSync(
			'npm',
			['run', 'package', '--silent', '--', '--dist', dist, '--out', dist],
			{
				cwd: PROJECT_ROOT,
				encoding: 'utf8',
			},
		);
		rmSync(dist, { recursive: true, force: true });
		expect(run.status).not.toBe(0);
		expect(run.stderr).toContain('SITE_URL');
	});
});

describe('the sample site’s feed and places', () => {
	const dist = inject('sampleSite');

	it('gives each story with a cover its picture as an enclosure of the right size and as media:content', () => {
		const items = xml.parse(readFileSync(path.join(dist, 'rss.xml'), 'utf8')).rss.channel.item as {
			enclosure?: { '@_url': string; '@_length': string; '@_type': string };
			'media:content'?: { '@_url': string; '@_width': string; '@_medium': string };
		}[];
		const pictured = items.filter((item) => item.enclosure);
		expect(pictured.length).toBeGreaterThan(0);
		for (const item of pictured) {
			const { pathname } = new URL(item.enclosure!['@_url']);
			expect(Number(item.enclosure!['@_length'])).toBe(statSync(path.join(dist, pathname)).size);
			expect(item.enclosure!['@_type']).toBe('image/jpeg');
			expect(item['media:content']).toMatchObject({
				'@_url': item.enclosure!['@_url'],
				'@_medium': 'image',
				'@_width': '1200',
			});
		}
	});

	it('describes a site as a Place with its point and the organisation that works there', () => {
		const page = readFileSync(path.join(dist, 'centers', 'liulin', 'index.html'), 'utf8');
		const data = JSON.parse(
			/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page)![1]!,
		);
		expect(data['@type']).toBe('Place');
		expect(data.geo).toMatchObject({ '@type': 'GeoCoordinates' });
		expect(data.geo.latitude).toBeCloseTo(34.54, 1);
		expect(data.maintainer).toBeUndefined();
		expect(data['@reverse'].location).toMatchObject({ '@type': 'GovernmentOrganization' });
	});
});

import { describe, expect, it } from 'vitest';
import { siteFileOfUrl } from '../../../src/core/post-build/site-files.ts';
import { robotsTxt } from '../../../src/features/publishing/robots.ts';
import {
	defaultSiteUrlWarning,
	packageRefusal,
} from '../../../src/features/publishing/site-url-check.ts';
import { pageModified, withLastModified } from '../../../src/features/publishing/sitemap-dates.ts';

describe('robots.txt', () => {
	it('lets crawlers into the public edition and names its sitemap', () => {
		const text = robotsTxt('public', 'https://example.gov.cn/sub/sitemap-index.xml');
		expect(text).toContain('User-agent: *\nAllow: /');
		expect(text).toContain('Sitemap: https://example.gov.cn/sub/sitemap-index.xml');
		expect(text).not.toContain('Disallow');
	});

	it('keeps every crawler out of the intranet edition', () => {
		expect(robotsTxt('intranet', 'https://example.gov.cn/sitemap-index.xml')).toBe(
			'User-agent: *\nDisallow: /\n',
		);
	});
});

describe('the sitemap’s dates', () => {
	const sitemap =
		'<urlset><url><loc>https://example.gov.cn/sub/</loc></url><url><loc>https://example.gov.cn/sub/centers/liulin/</loc></url></urlset>';

	it('adds lastmod to the pages that carry a date and leaves the others', () => {
		const dates: Record<string, string> = {
			'https://example.gov.cn/sub/centers/liulin/': '2024-04-23',
		};
		expect(withLastModified(sitemap, (loc) => dates[loc])).toBe(
			'<urlset><url><loc>https://example.gov.cn/sub/</loc></url><url><loc>https://example.gov.cn/sub/centers/liulin/</loc><lastmod>2024-04-23</lastmod></url></urlset>',
		);
	});

	it('reads a page’s date from its dcterms.modified meta tag', () => {
		expect(pageModified('<meta name="dcterms.modified" content="2024-04-23">')).toBe('2024-04-23');
		expect(pageModified('<meta name="PubDate" content="2024-04-23 00:00">')).toBeUndefined();
	});

	it('finds the built file of a page URL under the origin and base path only', () => {
		const site = { siteUrl: 'https://example.gov.cn', basePath: '/sub/' };
		expect(siteFileOfUrl('https://example.gov.cn/sub/centers/liulin/', site)).toBe(
			'centers/liulin/index.html',
		);
		expect(siteFileOfUrl('https://example.gov.cn/sub/', site)).toBe('index.html');
		expect(siteFileOfUrl('https://example.gov.cn/sub/_astro/a.jpg', site)).toBe('_astro/a.jpg');
		expect(siteFileOfUrl('https://example.gov.cn/other/a/', site)).toBeUndefined();
		expect(siteFileOfUrl('https://elsewhere.cn/sub/a/', site)).toBeUndefined();
	});
});

describe('a site address left at its default', () => {
	it('makes the build warn, naming SITE_URL and how to set it', () => {
		const warning = defaultSiteUrlWarning({ siteUrlIsDefault: true, profile: 'public' });
		expect(warning).toContain('SITE_URL');
		expect(warning).toContain('http://localhost:4321');
		expect(warning).toContain('SITE_URL=https://');
		expect(defaultSiteUrlWarning({ siteUrlIsDefault: false, profile: 'public' })).toBeUndefined();
	});

	it('makes npm run package refuse the build, naming SITE_URL', () => {
		for (const site of ['http://localhost:4321', 'http://127.0.0.1:8080', 'http://[::1]:4321'])
			expect(packageRefusal({ site })).toContain('SITE_URL');
		expect(packageRefusal({ site: 'https://tongzhan.example.gov.cn' })).toBeUndefined();
		expect(packageRefusal({ site: 'http://10.0.0.5' })).toBeUndefined();
	});
});

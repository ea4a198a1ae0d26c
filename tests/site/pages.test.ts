/** The sample site, built once: every entry of every collection has its page. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/core/content-check/read-content.ts';
import { validateEntries } from '../../src/core/content-check/validate.ts';
import { findExternalLoads } from '../../src/features/publishing/offline-check.ts';
import { SAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { contentModel } from '../../src/site/content-rules.ts';
import { PAGE_SIZE } from '../../src/core/pagination.ts';
import { listPages as listPagesOf } from '../helpers/site-text.ts';
import { entrySections } from '../../src/core/sections.ts';

const dist = inject('sampleSite');
const { checked } = validateEntries(readContent(SAMPLE_CONTENT).entries, contentModel.schemas);
const visibilityOf = (entry: (typeof checked)[number]) =>
	(entry.raw.data as { visibility?: string }).visibility ?? 'public';
const pageOf = (...parts: string[]) => path.join(dist, ...parts, 'index.html');
const read = (file: string) => readFileSync(file, 'utf8');
const listPages = (...parts: string[]) => listPagesOf(dist, ...parts);

const pageCollections = entrySections;

describe('the sample site build', () => {
	for (const collection of pageCollections) {
		const entries = checked.filter((entry) => entry.collection === collection);
		const publicEntries = entries.filter((entry) => visibilityOf(entry) === 'public');

		it(`has a page for every public entry of ${collection} (${publicEntries.length})`, () => {
			expect(publicEntries.length).toBeGreaterThan(0);
			const missing = publicEntries.filter((entry) => !existsSync(pageOf(collection, entry.id)));
			expect(missing.map((entry) => entry.raw.file)).toEqual([]);
		});

		it(`lists every public entry of ${collection} on the pages of its list, once`, () => {
			const pages = listPages(collection);
			for (const entry of publicEntries) {
				const href = `href="/${collection}/${entry.id}/"`;
				expect(pages.filter((page) => page.includes(href))).toHaveLength(1);
			}
		});

		it(`has no page for an internal entry of ${collection}`, () => {
			for (const entry of entries.filter((candidate) => visibilityOf(candidate) === 'internal')) {
				expect(existsSync(pageOf(collection, entry.id))).toBe(false);
			}
		});
	}

	it('has the sample content the report describes', () => {
		const count = (collection: string) =>
			checked.filter((entry) => entry.collection === collection).length;
		expect(count('centers')).toBe(13);
		expect(count('stations')).toBe(16);
		const kinds = checked
			.filter((entry) => entry.collection === 'bases')
			.map((entry) => (entry.raw.data as { kind: string }).kind);
		expect(kinds.filter((kind) => kind === 'new-social-class-base')).toHaveLength(4);
		expect(kinds.filter((kind) => kind === 'qinchuangyuan-base')).toHaveLength(3);
		expect(kinds.filter((kind) => kind === 'village-enterprise-project')).toHaveLength(5);
		expect(kinds.filter((kind) => kind === 'religion-sinicization-site')).toHaveLength(7);
		expect(count('cases')).toBeGreaterThanOrEqual(6);
	});

	it('has a page for every town and the high-tech zone, listing its sites', () => {
		const towns = checked.filter(
			(entry) =>
				entry.collection === 'regions' &&
				['town', 'zone'].includes((entry.raw.data as { level: string }).level),
		);
		expect(towns).toHaveLength(13);
		for (const town of towns) expect(existsSync(pageOf('towns', town.id))).toBe(true);
		expect(read(pageOf('towns', 'liulin'))).toContain('/centers/liulin/');
	});

	it('pages a list longer than a page: numbered links, the current page marked, in the sitemap', () => {
		const systems = checked.filter(
			(entry) => entry.collection === 'systems' && visibilityOf(entry) === 'public',
		);
		expect(systems.length).toBeGreaterThan(PAGE_SIZE);
		const pages = listPages('systems');
		expect(pages).toHaveLength(Math.ceil(systems.length / PAGE_SIZE));
		const [first, second] = pages;
		const nav = (html: string) => /<nav aria-label="分页"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1];
		expect(nav(first!)).toMatch(/<a href="\/systems\/page\/2\/"[^>]*>下一页<\/a>/);
		expect(nav(first!)).toMatch(/<a href="\/systems\/"[^>]*aria-current="page"/);
		expect(nav(first!)).not.toContain('上一页');
		expect(nav(second!)).toMatch(/<a href="\/systems\/"[^>]*>上一页<\/a>/);
		expect(nav(second!)).toMatch(/<a href="\/systems\/page\/2\/"[^>]*aria-current="page"/);
		expect(second).toContain('<title>工作制度（第 2 页）');
		// A later page repeats the list's heading: search never finds it.
		expect(second).not.toContain('data-pagefind-body');
		expect(read(path.join(dist, 'sitemap-0.xml'))).toContain('/systems/page/2/</loc>');
		// A list of one page has no page links.
		expect(read(pageOf('centers'))).not.toContain('aria-label="分页"');
	});

	it('has the figures page with every public figure', () => {
		const figures = read(pageOf('figures'));
		for (const figure of checked.filter((entry) => entry.collection === 'figures')) {
			expect(figures).toContain(`id="${figure.id}"`);
		}
		expect(figures).toContain('22,176');
	});

	it('has a home page and a 404 page in Chinese', () => {
		expect(read(pageOf())).toContain('<html lang="zh-CN"');
		expect(read(path.join(dist, '404.html'))).toContain('页面不存在');
	});

	it('shows internal-only contacts nowhere in the public build', () => {
		const contactPhone = /0917-00001\d\d/;
		const html = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
			file.endsWith('.html'),
		);
		expect(html.length).toBeGreaterThan(100);
		for (const file of html) expect(read(path.join(dist, file))).not.toMatch(contactPhone);
	});

	it('loads nothing from another host, though it may link elsewhere', () => {
		const home = read(pageOf());
		expect(findExternalLoads('index.html', home)).toEqual([]);
		expect(home).toContain('href="https://beian.miit.gov.cn/"');
	});
});

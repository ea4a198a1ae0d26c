import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/core/post-build/html.ts';
import {
	DEFAULT_BUDGET,
	budgetBreaches,
	budgetOf,
	formatWeightReport,
	loadedAssets,
	measurePage,
	siteFileOf,
	staticImports,
	pageTemplateOf,
	weightsByTemplate,
	type PageWeight,
} from '../../../src/features/quality/page-weight.ts';

describe('pageTemplateOf', () => {
	it('names a page by its route: home, list, entry, filter, other files', () => {
		expect(pageTemplateOf('index.html')).toBe('/');
		expect(pageTemplateOf('centers/index.html')).toBe('/centers/');
		expect(pageTemplateOf('centers/liulin/index.html')).toBe('/centers/*/');
		expect(pageTemplateOf('cases/domain/town-village/index.html')).toBe('/cases/*/*/');
		expect(pageTemplateOf('404.html')).toBe('404.html');
		expect(pageTemplateOf('centers/page/2/index.html')).toBe('/centers/');
		expect(pageTemplateOf('page/3/index.html')).toBe('/');
		expect(pageTemplateOf('domains/religion/page/12/index.html')).toBe('/domains/*/');
		expect(pageTemplateOf('cases/domain/religion/page/2/index.html')).toBe('/cases/*/*/');
		// An entry whose slug is “page” keeps its own template.
		expect(pageTemplateOf('centers/page/index.html')).toBe('/centers/*/');
	});
});

describe('what a page loads', () => {
	const html = `<!doctype html><html><head>
		<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
		<link rel="modulepreload" href="/_astro/shared.js">
		<script src="/scripts/prefs.js"></script>
		<script type="application/ld+json">{"@type":"Thing"}</script>
		</head><body><script type="module" src="/_astro/page.js"></script></body></html>`;

	it('finds stylesheets and running scripts, not icons or data blocks', () => {
		expect(loadedAssets(parsePage(html))).toEqual({
			stylesheets: ['/_astro/a.css'],
			scripts: ['/_astro/shared.js', '/scripts/prefs.js', '/_astro/page.js'],
		});
	});

	it('follows static imports of modules but not dynamic imports', () => {
		const js = `import{a as b}from"./chunk.js";import"./side.js";export{c}from'./re.js';const p=import("/pagefind/pagefind.js");x.import("no")`;
		expect(staticImports(js)).toEqual(['./side.js', './chunk.js', './re.js']);
		expect(
			staticImports('import * as all from "./all.js"; import d, { e } from "./de.js"'),
		).toEqual(['./all.js', './de.js']);
	});

	it('maps URLs to site files under the base path, and leaves other hosts out', () => {
		expect(siteFileOf('/sub/_astro/a.css', '/sub/centers/', '/sub/')).toBe('_astro/a.css');
		expect(siteFileOf('./chunk.js', '/sub/_astro/page.js', '/sub/')).toBe('_astro/chunk.js');
		expect(siteFileOf('https://cdn.example/x.js', '/', '/')).toBeUndefined();
		expect(siteFileOf('/elsewhere/x.js', '/sub/', '/sub/')).toBeUndefined();
	});

	it('measures the gzipped HTML, CSS and the whole module graph, each file once', () => {
		const files: Record<string, string> = {
			'_astro/a.css': 'body{color:red}'.repeat(50),
			'_astro/shared.js': 'export const s=1;'.repeat(20),
			'scripts/prefs.js': 'var x=1;'.repeat(30),
			'_astro/page.js': `import{s}from"./shared.js";import"./side.js";import("./later.js");`,
			'_astro/side.js': 'console.log(1);'.repeat(10),
			'_astro/later.js': 'console.log("only when used");'.repeat(100),
		};
		const gz = (text: string) => gzipSync(text, { level: 9 }).length;
		const weight = measurePage(
			'centers/liulin/index.html',
			html,
			parsePage(html),
			'/',
			(file) => files[file],
			(file) => gz(files[file] ?? ''),
		);
		expect(weight.template).toBe('/centers/*/');
		expect(weight.html).toBe(gz(html));
		expect(weight.css).toBe(gz(files['_astro/a.css']!));
		expect(weight.scripts).toEqual([
			'_astro/shared.js',
			'scripts/prefs.js',
			'_astro/page.js',
			'_astro/side.js',
		]);
		expect(weight.js).toBe(
			gz(files['_astro/shared.js']!) +
				gz(files['scripts/prefs.js']!) +
				gz(files['_astro/page.js']!) +
				gz(files['_astro/side.js']!),
		);
	});
});

describe('budgets', () => {
	const page = (file: string, weight: Partial<PageWeight>): PageWeight => ({
		file,
		template: pageTemplateOf(file),
		html: 1000,
		css: 1000,
		js: 1000,
		stylesheets: ['_astro/a.css'],
		scripts: ['scripts/prefs.js'],
		...weight,
	});

	it('holds content pages to 5 KB of JS, 20 KB of CSS and 30 KB of HTML; the search page may load more JS', () => {
		expect(DEFAULT_BUDGET).toEqual({ html: 30 * 1024, css: 20 * 1024, js: 5 * 1024 });
		expect(budgetOf('/centers/*/')).toEqual(DEFAULT_BUDGET);
		expect(budgetOf('/search/').js).toBeGreaterThan(DEFAULT_BUDGET.js);
		expect(budgetOf('/search/').css).toBe(DEFAULT_BUDGET.css);
	});

	it('reports each page and kind over budget, naming the files loaded', () => {
		const breaches = budgetBreaches([
			page('centers/liulin/index.html', { js: 6 * 1024 }),
			page('search/index.html', { js: 5.5 * 1024 }),
			page('stations/index.html', { html: 31 * 1024, css: 21 * 1024 }),
		]);
		expect(breaches.map(({ file, kind }) => `${file} ${kind}`)).toEqual([
			'centers/liulin/index.html js',
			'stations/index.html html',
			'stations/index.html css',
		]);
		expect(breaches[0]?.message).toContain(
			'JavaScript 压缩后 6.0 KB，超过模板 /centers/*/ 的预算 5.0 KB',
		);
		expect(breaches[0]?.message).toContain('scripts/prefs.js');
		expect(breaches[2]?.message).toContain('_astro/a.css');
	});

	it('reports the heaviest page of each template, with a mark where a budget is exceeded', () => {
		const templates = weightsByTemplate([
			page('centers/a/index.html', { html: 2000 }),
			page('centers/b/index.html', { js: 6 * 1024 }),
			page('index.html', {}),
		]);
		expect(
			templates.map((row) => [row.template, row.pages, row.html, row.js, row.heaviest]),
		).toEqual([
			['/', 1, 1000, 1000, 'index.html'],
			['/centers/*/', 2, 2000, 6 * 1024, 'centers/b/index.html'],
		]);
		const report = formatWeightReport(templates);
		expect(report).toMatch(/\/centers\/\*\/ +2 +2\.0 KB +1\.0 KB +6\.0 KB!/);
		expect(report).not.toMatch(/^\/ .*!/m);
	});
});

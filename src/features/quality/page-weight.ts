/**
 * Page weight: the gzipped bytes of HTML, CSS and JavaScript a page makes the browser load before
 * anyone touches it, measured on the built files, and the budgets every template must keep.
 * Code loaded later (Pagefind after the first search) is not page-load weight.
 */
import { gzipSync } from 'node:zlib';
import type { ParsedPage } from '../../core/post-build/html.ts';
import { pagePathOf } from '../publishing/link-check.ts';

/** Gzipped bytes a page loads, by kind. */
export interface Weight {
	html: number;
	css: number;
	js: number;
}

/** What one page loads at page load. */
export interface PageWeight extends Weight {
	/** The built file, e.g. `centers/liulin/index.html`. */
	file: string;
	/** Its template, e.g. `/centers/*\/`. */
	template: string;
	/** Site files of its stylesheets and scripts (module imports included). */
	stylesheets: string[];
	scripts: string[];
}

/** The most a page of a template may load, in gzipped bytes. */
export type Budget = Weight;

const KB = 1024;

/**
 * The budgets (issue 9): JavaScript at page load ≤ 5 KB on content pages, CSS ≤ 20 KB, HTML ≤ 30 KB
 * (lists are the longest pages; every page is held to it). For comparison, a Starlight docs page
 * loads about 7 KB of JS and 16 KB of CSS.
 */
export const DEFAULT_BUDGET: Budget = { html: 30 * KB, css: 20 * KB, js: 5 * KB };

/**
 * Templates allowed more, and why. The search page's own script reads the address, shows the
 * results and the 筛选 box (5.2 KB with the header's script in the sample); the engine that reads
 * the query and ranks the pages (6.2 KB, with the head index reader), the index and Pagefind load
 * only when the reader searches and are not page-load weight. The map page's script (filters,
 * zoom and pan, 1.9 KB) keeps the default budget.
 */
export const TEMPLATE_ALLOWANCES: Record<string, Partial<Budget>> = {
	'/search/': { js: 6 * KB },
};

/** The budget of a template: the default with its allowances. */
export function budgetOf(template: string): Budget {
	return { ...DEFAULT_BUDGET, ...TEMPLATE_ALLOWANCES[template] };
}

/**
 * The template a built page belongs to, from its path: `/` for the home page, `/centers/` for a
 * list (its later pages `/centers/page/2/` included), `/centers/*\/` for every entry page under
 * it, `/cases/*\/*\/` for the story filters.
 * Other HTML files (`404.html`) are their own template.
 */
export function pageTemplateOf(file: string): string {
	if (!file.endsWith('/index.html') && file !== 'index.html') return file;
	// The later pages of a list (`centers/page/2/`) are pages of the list's own template.
	const segments = file
		.replace(/(?:^|\/)page\/[1-9]\d*\/index\.html$/, '/index.html')
		.replace(/^\//, '')
		.split('/')
		.slice(0, -1);
	if (segments.length === 0) return '/';
	return `/${segments.map((segment, index) => (index === 0 ? segment : '*')).join('/')}/`;
}

/** Script types that the browser runs (others, such as JSON-LD, are data). */
function isRunnable(type: string | undefined): boolean {
	return !type || /^(?:module|text\/javascript|application\/javascript)$/i.test(type.trim());
}

/** The stylesheet and script URLs a parsed page loads by itself, in document order. */
export function loadedAssets(page: ParsedPage): { stylesheets: string[]; scripts: string[] } {
	const stylesheets: string[] = [];
	const scripts: string[] = [];
	for (const { tag, attributes } of page.elements) {
		const rels = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
		if (tag === 'link' && attributes['href']) {
			if (rels.includes('stylesheet')) stylesheets.push(attributes['href']);
			if (rels.includes('modulepreload')) scripts.push(attributes['href']);
		}
		if (tag === 'script' && attributes['src'] && isRunnable(attributes['type']))
			scripts.push(attributes['src']);
	}
	return { stylesheets, scripts };
}

/**
 * The modules a built ES module imports statically (`import … from "x"`, `import "x"`,
 * `export … from "x"`), which load with it. `import("x")` loads later, when the code runs it, and
 * is left out.
 */
export function staticImports(js: string): string[] {
	const patterns = [
		/(?:^|[^\w$.])import\s*(['"])([^'"]+)\1/g,
		/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*(?:as\s+[\w$]+)?)?\s*from\s*(['"])([^'"]+)\1/g,
	];
	const found: string[] = [];
	for (const match of js.matchAll(patterns[0]!)) found.push(match[2] ?? '');
	for (const match of js.matchAll(patterns[1]!)) found.push(match[2] ?? '');
	return found.filter(Boolean);
}

/**
 * The site file a URL loaded from a page or module points to, or undefined for another host or a
 * URL outside the base path.
 */
export function siteFileOf(url: string, fromUrl: string, base: string): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
	const resolved = new URL(url, new URL(fromUrl, 'http://site.invalid')).pathname;
	const cleanBase = pagePathOf('index.html', base);
	if (!resolved.startsWith(cleanBase)) return undefined;
	return decodeURIComponent(resolved.slice(cleanBase.length));
}

/** Gzipped size (level 9, as precompression serves it). */
export function gzippedBytes(content: string | Uint8Array): number {
	return gzipSync(content, { level: 9 }).length;
}

/** How the measure reads the built site: a file's text, or undefined when it does not exist. */
export type ReadSiteFile = (file: string) => string | undefined;

/**
 * Measures one page: its own HTML (inline scripts and JSON-LD included), every stylesheet, every
 * script and every module those scripts import, each counted once. `sizeOf` is shared between
 * pages so that each asset is compressed once per build.
 */
export function measurePage(
	file: string,
	html: string,
	page: ParsedPage,
	base: string,
	read: ReadSiteFile,
	sizeOf: (file: string) => number,
): PageWeight {
	const pageUrl = pagePathOf(file, base);
	const { stylesheets, scripts } = loadedAssets(page);
	const cssFiles = [
		...new Set(stylesheets.flatMap((url) => siteFileOf(url, pageUrl, base) ?? [])),
	].filter((name) => read(name) !== undefined);
	const jsFiles: string[] = [];
	const queue = scripts.flatMap((url) => siteFileOf(url, pageUrl, base) ?? []);
	while (queue.length > 0) {
		const next = queue.shift()!;
		if (jsFiles.includes(next)) continue;
		const text = read(next);
		if (text === undefined) continue;
		jsFiles.push(next);
		for (const specifier of staticImports(text)) {
			const imported = siteFileOf(specifier, pagePathOf(next, base), base);
			if (imported) queue.push(imported);
		}
	}
	const sum = (files: string[]) => files.reduce((total, name) => total + sizeOf(name), 0);
	return {
		file,
		template: pageTemplateOf(file),
		html: gzippedBytes(html),
		css: sum(cssFiles),
		js: sum(jsFiles),
		stylesheets: cssFiles,
		scripts: jsFiles,
	};
}

/** The heaviest page of a template for each kind, and how many pages it has. */
export interface TemplateWeight extends Weight {
	template: string;
	pages: number;
	/** The page with the most HTML, CSS and JS together. */
	heaviest: string;
	budget: Budget;
}

/** Groups page weights by template, keeping the maximum of each kind. */
export function weightsByTemplate(pages: readonly PageWeight[]): TemplateWeight[] {
	const templates = new Map<string, TemplateWeight>();
	const total = (weight: Weight) => weight.html + weight.css + weight.js;
	for (const page of pages) {
		const current = templates.get(page.template);
		if (!current) {
			templates.set(page.template, {
				template: page.template,
				pages: 1,
				html: page.html,
				css: page.css,
				js: page.js,
				heaviest: page.file,
				budget: budgetOf(page.template),
			});
			continue;
		}
		if (total(page) > total(current)) current.heaviest = page.file;
		current.pages++;
		current.html = Math.max(current.html, page.html);
		current.css = Math.max(current.css, page.css);
		current.js = Math.max(current.js, page.js);
	}
	return [...templates.values()].sort((a, b) => a.template.localeCompare(b.template));
}

const KINDS: { key: keyof Weight; label: string }[] = [
	{ key: 'html', label: 'HTML' },
	{ key: 'css', label: 'CSS' },
	{ key: 'js', label: 'JavaScript' },
];

/** Formats bytes as KB with one decimal. */
export function kilobytes(bytes: number): string {
	return `${(bytes / KB).toFixed(1)} KB`;
}

/** A page over its template's budget, with the message an editor or developer reads. */
export interface BudgetBreach {
	file: string;
	kind: keyof Weight;
	bytes: number;
	budget: number;
	message: string;
}

/** Every page and kind over budget. */
export function budgetBreaches(pages: readonly PageWeight[]): BudgetBreach[] {
	const breaches: BudgetBreach[] = [];
	for (const page of pages) {
		const budget = budgetOf(page.template);
		for (const { key, label } of KINDS) {
			if (page[key] <= budget[key]) continue;
			const loaded = key === 'css' ? page.stylesheets : key === 'js' ? page.scripts : [page.file];
			breaches.push({
				file: page.file,
				kind: key,
				bytes: page[key],
				budget: budget[key],
				message: `页面加载的 ${label} 压缩后 ${kilobytes(page[key])}，超过模板 ${page.template} 的预算 ${kilobytes(budget[key])}（${loaded.join('、')}）。请精简页面或其脚本、样式；确需更多时，在 src/features/quality/page-weight.ts 中为该模板写明额度和理由。`,
			});
		}
	}
	return breaches;
}

/** The per-template report printed by the build: one line per template, worst page of each kind. */
export function formatWeightReport(templates: readonly TemplateWeight[]): string {
	const width = Math.max(8, ...templates.map((row) => row.template.length));
	const cell = (bytes: number, budget: number) =>
		`${kilobytes(bytes)}${bytes > budget ? '!' : ' '}`.padStart(10);
	const lines = [
		'页面重量（gzip 后；每个模板取最重的页面；! 表示超出预算）',
		`${'template'.padEnd(width)} pages       HTML        CSS         JS`,
	];
	for (const row of templates) {
		lines.push(
			`${row.template.padEnd(width)}  ${String(row.pages).padStart(4)} ${cell(row.html, row.budget.html)} ${cell(row.css, row.budget.css)} ${cell(row.js, row.budget.js)}`,
		);
	}
	return lines.join('\n');
}

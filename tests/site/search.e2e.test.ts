/** Site search in a real browser: the header box, the search page, filters, keyboard, sub-path. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readIndexedPages } from '../../tools/bench/index-reader.ts';
import { launchBrowser } from '../../tools/harness/browser.ts';
import { buildSite } from '../../tools/harness/build-site.ts';
import { serveStatic, type RunningServer } from '../../tools/harness/static-server.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';

/** The policy the publishing work sets: nothing inline, WebAssembly on the search page only. */
function contentSecurityPolicy(pathname: string): Record<string, string> {
	const wasm = /\/search\/$/.test(pathname) ? " 'wasm-unsafe-eval'" : '';
	return {
		'content-security-policy': `default-src 'self'; script-src 'self'${wasm}; style-src 'self'; connect-src 'self'; img-src 'self' data:`,
	};
}

let browser: Browser;

/** A page that records console errors, failed scripts and requests to other hosts. */
async function watchedPage(server: RunningServer) {
	const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(message.text());
	});
	page.on('pageerror', (error) => problems.push(error.message));
	page.on('request', (request) => {
		if (!request.url().startsWith(server.url)) problems.push(`external: ${request.url()}`);
	});
	return { page, problems };
}

async function resultsSettled(page: Page) {
	const status = page.getByRole('status');
	await status.filter({ hasText: /找到|没有找到/ }).waitFor();
	return (await status.textContent()) ?? '';
}

const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

describe('search on the sample site', () => {
	let server: RunningServer;

	beforeAll(async () => {
		server = await serveStatic(inject('sampleSite'), '/', contentSecurityPolicy);
	});

	afterAll(async () => {
		await server?.close();
	});

	it('finds a station typed in the header box and lists it first', async () => {
		const { page, problems } = await watchedPage(server);
		await page.goto(`${server.url}cases/`);
		// On a phone the header's search box opens from its 搜索 button.
		await page.locator('header summary', { hasText: '搜索' }).click();
		const box = page.getByRole('search', { name: '全站搜索' }).getByRole('searchbox');
		await box.fill('田南村同心实践站');
		await box.press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		const status = await resultsSettled(page);
		expect(status).toMatch(/^找到 \d+ 条与“田南村同心实践站”相关的结果/);
		const first = results(page).first();
		await expect(first.getByRole('link').textContent()).resolves.toBe('田家庄镇田南村同心实践站');
		await expect(first.textContent()).resolves.toContain('同心实践站 · 田家庄镇');
		await expect(first.locator('mark').first().textContent()).resolves.toBe('田南村同心实践站');
		expect(problems).toEqual([]);
		await page.close();
	});

	it('filters the results by town and keeps the filter in the address', async () => {
		const { page, problems } = await watchedPage(server);
		await page.goto(`${server.url}search/?q=${encodeURIComponent('同心实践站')}`);
		const before = await resultsSettled(page);
		// On a phone the filters are one 筛选 line until opened.
		await page.getByText('筛选', { exact: true }).click();
		const town = page.getByLabel('镇（园区）');
		const liulinOption = town.getByRole('option', { name: /^柳林镇（\d+）$/ });
		const expected = Number(/（(\d+)）/.exec((await liulinOption.textContent()) ?? '')?.[1]);
		expect(expected).toBeGreaterThan(0);
		await town.selectOption('柳林镇');
		await page.getByRole('status').filter({ hasText: '筛选：柳林镇' }).waitFor();
		const after = (await page.getByRole('status').textContent()) ?? '';
		expect(after).not.toBe(before);
		expect(after).toContain(`找到 ${expected} 条`);
		const metas = await results(page).locator('.search-result-meta').allTextContents();
		expect(metas.length).toBe(Math.min(expected, 10));
		for (const meta of metas) expect(meta).toContain('柳林镇');
		expect(new URL(page.url()).searchParams.get('town')).toBe('柳林镇');
		expect(problems).toEqual([]);
		await page.close();
	});

	it('opens a result', async () => {
		const { page, problems } = await watchedPage(server);
		await page.goto(`${server.url}search/?q=${encodeURIComponent('五步法')}`);
		await resultsSettled(page);
		const link = results(page).first().getByRole('link');
		const title = await link.textContent();
		await link.click();
		await page.waitForURL((url) => !url.pathname.includes('/search/'));
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('says so and suggests what to try when no word of the query occurs', async () => {
		const { page, problems } = await watchedPage(server);
		await page.goto(`${server.url}search/?q=${encodeURIComponent('量子计算机')}`);
		const status = await resultsSettled(page);
		expect(status).toBe('没有找到与“量子计算机”相关的内容。');
		await expect(results(page).count()).resolves.toBe(0);
		await expect(page.getByText('可以试试：').isVisible()).resolves.toBe(true);
		// Closest titles by shared characters, and the towns and sections as links.
		const suggested = page.getByText('你是不是要找：').locator('..').getByRole('link');
		await expect(suggested.count()).resolves.toBeGreaterThan(0);
		await expect(page.getByRole('link', { name: '陈村镇' }).last().isVisible()).resolves.toBe(true);
		await expect(page.getByRole('link', { name: '工作制度' }).last().isVisible()).resolves.toBe(
			true,
		);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('works with the keyboard alone, from the header box to a result page', async () => {
		const { page, problems } = await watchedPage(server);
		await page.goto(server.url);
		const focusedName = () =>
			page.evaluate(() => document.activeElement?.getAttribute('name') ?? '');
		for (let presses = 0; presses < 6 && (await focusedName()) !== 'q'; presses++) {
			await page.keyboard.press('Tab');
			// On a phone the box opens from the header's 搜索 button, which puts the cursor in it.
			const onSearchButton = await page.evaluate(
				() =>
					document.activeElement?.matches('header summary') === true &&
					document.activeElement.textContent?.includes('搜索') === true,
			);
			if (onSearchButton) {
				await page.keyboard.press('Enter');
				// The header's script moves the cursor once the box has opened: wait for it rather
				// than press Tab again first.
				await expect.poll(focusedName, { timeout: 5_000 }).toBe('q');
			}
		}
		expect(await focusedName()).toBe('q');
		await page.keyboard.type('六有四好');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=/);
		await resultsSettled(page);
		// From the page's search box, Tab passes the button and the closed 筛选 box to the results.
		await page.getByRole('searchbox', { name: '搜索词' }).focus();
		let onResult = false;
		for (let presses = 0; presses < 12 && !onResult; presses++) {
			await page.keyboard.press('Tab');
			onResult = await page.evaluate(
				() => document.activeElement?.closest('.search-result') !== null,
			);
		}
		expect(onResult).toBe(true);
		const title = await page.evaluate(() => document.activeElement?.textContent);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => !url.pathname.includes('/search/'));
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('announces results in a polite live region', async () => {
		const { page } = await watchedPage(server);
		await page.goto(`${server.url}search/`);
		const status = page.getByRole('status');
		await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
		await page.getByRole('searchbox', { name: '搜索词' }).fill('宗教中国化');
		await expect(resultsSettled(page)).resolves.toMatch(/^找到 \d+ 条/);
		await page.close();
	});

	it('loads no search script on content pages', async () => {
		const { page } = await watchedPage(server);
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(`${server.url}stations/tiannan-village/`);
		await page.waitForLoadState('networkidle');
		// Only the header's script (display modes, menu) runs there.
		expect(scripts.map((url) => new URL(url).pathname)).toEqual([
			expect.stringMatching(/^\/_astro\/site-header\.[\w-]+\.js$/),
		]);
		await page.close();
	});
});

describe('search that finds what people type', () => {
	const site = siteInBrowser();

	/** Opens `/search/?q=…` on a phone-sized page and waits for the status line. */
	async function searchFor(query: string, viewport = { width: 375, height: 667 }) {
		const page = await site.newPage(viewport);
		await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
		const status = page.getByRole('status');
		await status.filter({ hasText: /找到|没有找到/ }).waitFor();
		const titles = () =>
			results(page).getByRole('heading', { level: 2 }).getByRole('link').allTextContents();
		return { page, status: (await status.textContent()) ?? '', titles };
	}

	it('tier 1: pages holding the query as typed, the shortest matching title first', async () => {
		const { page, status, titles } = await searchFor('陈村');
		expect(status).toMatch(/^找到 \d+ 条与“陈村”相关的结果。$/);
		expect((await titles()).slice(0, 2)).toEqual(['陈村镇', '陈村镇同心实践中心']);
		expect(site.consoleErrors(page)).toEqual([]);
		expect(site.externalRequests(page)).toEqual([]);
	});

	it('tier 2: every word in any order, announced in the live region and above the results', async () => {
		const { page, status, titles } = await searchFor('陈村实践中心');
		expect(status).toContain('以下结果包含全部字词，但不相连');
		expect((await titles())[0]).toBe('陈村镇同心实践中心');
		const note = results(page).first().getByText('以下结果包含全部字词，但不相连');
		await expect(note.isVisible()).resolves.toBe(true);
	});

	it('tier 2 ranks the station the query names above a page that mentions it', async () => {
		const { titles } = await searchFor('紫荆村实践站');
		expect((await titles())[0]).toBe('陈村镇紫荆村同心实践站');
	});

	it('tier 3: every character, when the words do not occur', async () => {
		const { status, titles } = await searchFor('火星');
		expect(status).toContain('以下结果包含全部单字，但不成词');
		expect((await titles()).length).toBeGreaterThan(0);
	});

	it('tier 4: some of the words, rather than nothing', async () => {
		const { status, titles } = await searchFor('火星探测基地');
		expect(status).toContain('以下结果只包含其中一部分');
		expect((await titles()).length).toBeGreaterThan(0);
	});

	it('finds names by full pinyin and by initials', async () => {
		const full = await searchFor('chencun');
		expect((await full.titles()).slice(0, 2)).toEqual(['陈村镇', '陈村镇同心实践中心']);
		const initials = await searchFor('ccz');
		expect((await initials.titles()).slice(0, 2)).toEqual(['陈村镇', '陈村镇同心实践中心']);
	});

	it('reads traditional characters as simplified', async () => {
		const { status, titles } = await searchFor('實踐中心');
		expect(status).toMatch(/^找到 \d+ 条与“實踐中心”相关的结果（按简体“实践中心”查找）。$/);
		expect((await titles())[0]).toMatch(/同心实践中心$/);
	});

	it('expands a synonym from content/taxonomies/synonyms.yaml', async () => {
		// synonyms.yaml: - [职教, 职业教育]
		const { page, titles } = await searchFor('职教实践站');
		expect((await titles())[0]).toBe('区职业教育中心同心实践站');
		const marks = await results(page).first().locator('mark').allTextContents();
		expect(marks.join('')).toContain('职业教育');
	});

	it('shows the first result within the first screen of a 375 × 667 phone', async () => {
		const { page } = await searchFor('陈村');
		const filters = page.getByText('筛选', { exact: true });
		await expect(filters.isVisible()).resolves.toBe(true);
		// The filters stay closed until asked for, and are still reachable.
		await expect(page.getByLabel('镇（园区）').isVisible()).resolves.toBe(false);
		const box = await results(page).first().getByRole('link').boundingBox();
		expect(box).not.toBeNull();
		expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(667);
		await filters.click();
		await expect(page.getByLabel('镇（园区）').isVisible()).resolves.toBe(true);
	});
});

describe('search index files', () => {
	const dist = () => inject('sampleSite');

	it('stores Pagefind’s files uncompressed with .gz and .br beside them, and none of its UIs', () => {
		const folder = path.join(dist(), 'pagefind');
		const files = readdirSync(folder, { recursive: true }).map(String);
		const binary = files.filter((file) => /\.(?:pf_\w+|pagefind)$/.test(file));
		expect(binary.some((file) => file.endsWith('.pf_fragment'))).toBe(true);
		for (const file of binary) {
			const head = readFileSync(path.join(folder, file)).subarray(0, 12).toString();
			expect(head, file).toBe('pagefind_dcd');
		}
		const index = binary.filter((file) => file.endsWith('.pf_index'));
		expect(index.length).toBeGreaterThan(20);
		expect(
			index.every((file) => files.includes(`${file}.br`) && files.includes(`${file}.gz`)),
		).toBe(true);
		expect(
			files.filter((file) => /pagefind-(?:ui|component-ui|modular-ui|highlight)/.test(file)),
		).toEqual([]);
	});

	it('indexes content pages, not lists, the home page or the search page', () => {
		const html = (file: string) => readFileSync(path.join(dist(), file), 'utf8');
		expect(html('stations/tiannan-village/index.html')).toContain('data-pagefind-body');
		expect(html('index.html')).not.toContain('data-pagefind-body');
		expect(html('search/index.html')).not.toContain('data-pagefind-body');
		expect(html('stations/index.html')).not.toContain('data-pagefind-body');
	});

	it('keeps labels and values of facts lists apart in the indexed text', () => {
		const pages = readIndexedPages(path.join(dist(), 'pagefind'));
		const center = pages.find((page) => page.url === '/centers/chengguan/');
		expect(center?.text).toContain('所在地：城关镇');
		expect(center?.text).not.toContain('所在地城关镇');
	});

	it('writes the synonyms and a traditional-character table of a few KB for the search page', () => {
		const file = path.join(dist(), 'pagefind', 'tongxin-query.json');
		const data = JSON.parse(readFileSync(file, 'utf8')) as {
			synonyms: string[][];
			traditional: Record<string, string>;
		};
		expect(data.synonyms).toContainEqual(['职教', '职业教育']);
		expect(data.traditional['實']).toBe('实');
		expect(readFileSync(`${file}.gz`).byteLength).toBeLessThan(8 * 1024);
	});

	it('holds nothing of internal entries in the public build', () => {
		const pages = readIndexedPages(path.join(dist(), 'pagefind'));
		expect(pages.length).toBeGreaterThan(100);
		// content/systems/member-ledger-management.md is `visibility: internal`.
		expect(pages.filter((page) => page.text.includes('统战成员数据台账管理办法'))).toEqual([]);
		expect(pages.filter((page) => page.url.includes('member-ledger-management'))).toEqual([]);
	});
});

describe('search served compressed, as nginx with brotli_static and gzip_static does', () => {
	let server: RunningServer;
	const sent: string[] = [];

	beforeAll(async () => {
		server = await serveStatic(inject('sampleSite'), '/', contentSecurityPolicy, {
			encodings: ['br', 'gzip'],
			onSent: (pathname) => sent.push(pathname),
		});
	});

	afterAll(async () => {
		await server?.close();
	});

	it('finds a phrase written across punctuation, loading a few small index chunks', async () => {
		const { page, problems } = await watchedPage(server);
		// Two pages write it “共性+个性”职责清单, one also 个性职责 as such.
		await page.goto(`${server.url}search/?q=${encodeURIComponent('个性职责')}`);
		await expect(resultsSettled(page)).resolves.toMatch(/^找到 3 条/);
		const marks = await results(page).locator('mark').allTextContents();
		expect(marks.length).toBeGreaterThanOrEqual(3);
		for (const mark of marks) expect(mark.replace(/\p{P}|\p{S}/gu, '')).toBe('个性职责');
		const chunks = sent.filter((pathname) => pathname.endsWith('.pf_index'));
		expect(chunks.length).toBeGreaterThan(0);
		expect(chunks.length).toBeLessThanOrEqual(4);
		// The head index answered: Pagefind's code, WebAssembly and metadata did not load.
		expect(chunks.every((pathname) => pathname.startsWith('/pagefind/heads/'))).toBe(true);
		expect(
			sent.filter((pathname) => /pagefind\.js$|\.pagefind$|\.pf_meta$/.test(pathname)),
		).toEqual([]);
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('search on a head index that lists only the best pages (SEARCH_HEAD_PAGES=20)', () => {
	let server: RunningServer;
	const sent: string[] = [];

	beforeAll(async () => {
		const build = buildSite('search-heads', { SEARCH_HEAD_PAGES: '20' });
		if (build.status !== 0) throw new Error(build.output.slice(-3000));
		server = await serveStatic(build.outDir, '/', contentSecurityPolicy, {
			onSent: (pathname) => sent.push(pathname),
		});
	});

	afterAll(async () => {
		await server?.close();
	});

	const pagefindCode = () =>
		sent.filter((file) => /pagefind\.js$|\.pagefind$|\.pf_meta$/.test(file));

	it('shows the best pages first without Pagefind, and finds them all on “显示更多结果”', async () => {
		const { page, problems } = await watchedPage(server);
		await page.goto(`${server.url}search/?q=${encodeURIComponent('统战')}`);
		await expect(resultsSettled(page)).resolves.toMatch(/^找到 \d+ 条以上与“统战”相关的结果/);
		await expect(results(page).count()).resolves.toBe(10);
		expect(pagefindCode()).toEqual([]);
		await page.getByRole('button', { name: '显示更多结果' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: /^找到 \d+ 条与/ })
			.waitFor();
		const total = Number(/找到 (\d+) 条/.exec((await resultsSettled(page)) ?? '')?.[1]);
		expect(total).toBeGreaterThan(10);
		await expect(results(page).count()).resolves.toBe(Math.min(total, 20));
		expect(pagefindCode().length).toBeGreaterThan(0);
		// No result is listed twice after the lists are joined.
		const links = await results(page)
			.getByRole('link')
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(new Set(links).size).toBe(links.length);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('counts the filter values once the filters are opened', async () => {
		const { page, problems } = await watchedPage(server);
		await page.goto(`${server.url}search/?q=${encodeURIComponent('统战')}`);
		await resultsSettled(page);
		const town = page.getByLabel('镇（园区）');
		await expect(town.getByRole('option', { name: '柳林镇', exact: true }).count()).resolves.toBe(
			1,
		);
		await page.getByText('筛选', { exact: true }).click();
		await town.getByRole('option', { name: /^柳林镇（\d+）$/ }).waitFor({ state: 'attached' });
		await expect(resultsSettled(page)).resolves.toMatch(/^找到 \d+ 条与/);
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('search under a sub-path', () => {
	let server: RunningServer;

	beforeAll(async () => {
		const build = buildSite('search-subpath', { BASE_PATH: '/sub/path/' });
		if (build.status !== 0) throw new Error(build.output.slice(-3000));
		server = await serveStatic(build.outDir, '/sub/path/', contentSecurityPolicy);
	});

	afterAll(async () => {
		await server?.close();
	});

	it('searches and opens results under the base path', async () => {
		const { page, problems } = await watchedPage(server);
		await page.goto(`${server.url}systems/`);
		await page.locator('header summary', { hasText: '搜索' }).click();
		const box = page.getByRole('search', { name: '全站搜索' }).getByRole('searchbox');
		await box.fill('六有四好');
		await box.press('Enter');
		await page.waitForURL(/\/sub\/path\/search\/\?q=/);
		await expect(resultsSettled(page)).resolves.toMatch(/^找到 \d+ 条/);
		const link = results(page).first().getByRole('link');
		expect(await link.getAttribute('href')).toMatch(/^\/sub\/path\/systems\//);
		await link.click();
		await page.waitForURL(/\/sub\/path\/systems\/[^/]+\/$/);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
			'六有四好',
		);
		expect(problems).toEqual([]);
		await page.close();
	});
});

/**
 * The sample portal of 宝鸡市: three district sites built each under its own path (凤翔 from
 * `content/`, 陈仓 and 岐山 generated), the portal built from their dist/ folders (with a build of
 * another version and a missing build reported and left out), all served by real nginx with the
 * portal's sample configuration, and searched in Chromium.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader } from '../../src/features/publishing/csp.ts';
import { districtSummarySchema } from '../../src/features/portal/summary-schema.ts';
import { PORTAL_FOLDERS } from '../../src/features/portal/portal-paths.ts';
import { buildPortal, PROJECT_ROOT, type BuildResult } from '../../tools/harness/build-site.ts';
import { startPortalNginx } from '../../tools/harness/nginx.ts';
import { buildSampleDistricts } from '../../tools/harness/sample-portal.ts';
import { describeViolations, seriousViolations } from '../helpers/axe.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';

const work = path.join(PROJECT_ROOT, '.tmp', 'portal-test');
let dists: Record<string, string>;
let portal: BuildResult;

/** The three districts and the portal built, served together by nginx as on one host. */
const served = siteInBrowser(async () => {
	rmSync(work, { recursive: true, force: true });
	const districts = buildSampleDistricts(work);
	const failed = districts.builds.find((build) => build.status !== 0);
	if (failed) throw new Error(failed.output.slice(-3000));
	dists = districts.dists;
	// A district built with another version of the site: its published files, one version older.
	const older = path.join(work, 'older', 'meixian');
	mkdirSync(path.join(older, 'data'), { recursive: true });
	for (const file of ['data/summary.json', 'data/sites.json']) {
		cpSync(path.join(dists['qishan']!, file), path.join(older, file));
	}
	const info = JSON.parse(readFileSync(path.join(dists['qishan']!, 'build-info.json'), 'utf8'));
	writeFileSync(
		path.join(older, 'build-info.json'),
		JSON.stringify({ ...info, version: '0.0.9', base: '/meixian/' }),
	);
	portal = buildPortal(path.join(work, 'portal'), [
		'--site',
		'https://tongzhan.example.gov.cn',
		...Object.values(dists),
		older,
		path.join(work, 'no-such-build'),
	]);
	if (portal.status !== 0) throw new Error(portal.output.slice(-3000));
	const nginx = await startPortalNginx(portal.outDir, dists);
	return { url: nginx.url, close: nginx.stop };
});
let context: BrowserContext;

beforeAll(async () => {
	context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

/** Opens a page of the host and records every console error (CSP violations show there). */
async function visit(
	path: string,
): Promise<{ page: Page; errors: string[]; status: number | undefined }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => {
		if (!request.url().startsWith(served.url)) errors.push(`external: ${request.url()}`);
	});
	const response = await page.goto(`${served.url}${path}`);
	return { page, errors, status: response?.status() };
}

async function settled(page: Page): Promise<string> {
	const status = page.getByRole('status');
	await status.filter({ hasText: /找到|没有找到|无法使用/ }).waitFor();
	return (await status.textContent()) ?? '';
}

const results = (page: Page) => page.getByRole('list', { name: '搜索结果' }).getByRole('listitem');

describe('the district builds', () => {
	it('each publish a summary for the portal, with public data only', () => {
		const summary = districtSummarySchema.parse(
			JSON.parse(readFileSync(path.join(dists['fengxiang']!, 'data/summary.json'), 'utf8')),
		);
		expect(summary.district).toMatchObject({ id: 'fengxiang', code: '610305', name: '凤翔区' });
		expect(summary.site.url).toBe('http://localhost:4321/fengxiang/');
		expect(summary.counts.centers).toBe(13);
		const text = readFileSync(path.join(dists['fengxiang']!, 'data/summary.json'), 'utf8');
		// No internal-only field or contact reaches it.
		expect(text).not.toMatch(/contacts|internalNotes|示例联系人/);
	});
});

describe('the portal build', () => {
	it('reports, in Chinese, a build of another version and a missing one, and builds with the others', () => {
		expect(portal.output).toContain('✓ 收录 陈仓区（/chencang/');
		expect(portal.output).toContain('✓ 收录 凤翔区（/fengxiang/');
		expect(portal.output).toContain('✓ 收录 岐山县（/qishan/');
		expect(portal.output).toMatch(
			/✗ 未收录 岐山县（.*older\/meixian）：该区县网站是用同心 0\.0\.9 构建的，门户是 0\.1\.0/,
		);
		expect(portal.output).toMatch(/✗ 未收录 .*no-such-build：找不到 build-info\.json/);
		expect(portal.output).toContain('✓ 门户已写入');
		expect(portal.output).toContain('3 个区县，2 个未收录（见上）');
	});

	it('stops with --strict when a district cannot be merged, leaving the last portal as it was', () => {
		const strict = buildPortal(path.join(work, 'portal'), [
			'--strict',
			dists['fengxiang']!,
			path.join(work, 'no-such-build'),
		]);
		expect(strict.status).toBe(1);
		expect(strict.output).toContain('按 --strict 的要求不生成门户');
		expect(readFileSync(path.join(portal.outDir, 'index.html'), 'utf8')).toContain('岐山县');
	});

	it('writes only the folders it reserves, so that no district path can take one', () => {
		const files = readFileSync(path.join(portal.outDir, 'sitemap-0.xml'), 'utf8');
		const folders = [
			...files.matchAll(/<loc>https:\/\/tongzhan\.example\.gov\.cn\/([^/<]+)\//g),
		].map((match) => match[1]);
		for (const folder of new Set(folders)) expect(PORTAL_FOLDERS).toContain(folder);
	});

	it('merges the districts’ open data with a district column', () => {
		const csv = readFileSync(path.join(portal.outDir, 'data/sites.csv'), 'utf8').split('\r\n');
		expect(csv[0]).toMatch(/^\uFEFF区县,区县代码,编号,名称/);
		const districts = new Set(csv.slice(1, -1).map((line) => line.split(',')[0]));
		expect(districts).toEqual(new Set(['陈仓区', '凤翔区', '岐山县']));
		const geojson = JSON.parse(
			readFileSync(path.join(portal.outDir, 'data/sites.geojson'), 'utf8'),
		);
		expect(geojson.features.length).toBe(csv.length - 2);
		expect(geojson.features[0].properties.url).toMatch(
			/^https:\/\/tongzhan\.example\.gov\.cn\/chencang\//,
		);
	});
});

describe('one search over every district', () => {
	it('finds a name that exists in only one district, and follows it into that district’s site', async () => {
		const { page, errors } = await visit('');
		await page.getByRole('search').getByRole('searchbox').fill('虢镇街道同心实践中心');
		await page.getByRole('search').getByRole('button', { name: '搜索' }).click();
		await page.waitForURL(/\/search\/\?q=/);
		expect(await settled(page)).toMatch(/^找到 \d+ 条与“虢镇街道同心实践中心”相关的结果。$/);
		const first = results(page).first();
		await expect(first.getByRole('heading').textContent()).resolves.toBe('虢镇街道同心实践中心');
		await expect(first.textContent()).resolves.toContain('陈仓区 · 同心实践中心 · 虢镇街道');
		// Every result is of 陈仓区, the only district with that town.
		for (const meta of await page.locator('.search-result-meta').allTextContents()) {
			expect(meta).toMatch(/^陈仓区 · /);
		}
		await first.getByRole('link').click();
		await page.waitForURL(/\/chencang\/centers\/guo-zhen\/$/);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'虢镇街道同心实践中心',
		);
		// The district's own site, with its own header, under its path.
		await expect(page.locator('.brand-title').textContent()).resolves.toBe('同心陈仓');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('filters by district a name every district has, with counts per district', async () => {
		const { page, errors } = await visit(
			`search/?q=${encodeURIComponent('同心实践站学习教育制度')}`,
		);
		await settled(page);
		const district = page.getByRole('combobox', { name: '区县' });
		const options = await district.locator('option').allTextContents();
		expect(options).toEqual([
			'全部',
			expect.stringMatching(/^陈仓区（[1-9]\d*）$/),
			expect.stringMatching(/^凤翔区（[1-9]\d*）$/),
			expect.stringMatching(/^岐山县（[1-9]\d*）$/),
		]);
		const metas = await page.locator('.search-result-meta').allTextContents();
		expect(new Set(metas.map((meta) => meta.split(' · ')[0]))).toEqual(
			new Set(['陈仓区', '凤翔区', '岐山县']),
		);
		await district.selectOption('岐山县');
		await page.getByRole('status').filter({ hasText: '（筛选：岐山县）' }).waitFor();
		for (const meta of await page.locator('.search-result-meta').allTextContents()) {
			expect(meta).toMatch(/^岐山县 · /);
		}
		await expect(results(page).first().getByRole('heading').textContent()).resolves.toBe(
			'同心实践站学习教育制度',
		);
		await expect(page.locator('.search-result-meta').first().textContent()).resolves.toBe(
			'岐山县 · 工作制度',
		);
		expect(new URL(page.url()).searchParams.get('district')).toBe('岐山县');
		await results(page).first().getByRole('link').click();
		await page.waitForURL(/\/qishan\/systems\/station-study\/$/);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('opens filtered from the address, as a district page’s link does', async () => {
		const { page } = await visit(
			`search/?q=${encodeURIComponent('示例')}&district=${encodeURIComponent('凤翔区')}`,
		);
		expect(await settled(page)).toMatch(/（筛选：凤翔区）。$/);
		for (const meta of await page.locator('.search-result-meta').allTextContents()) {
			expect(meta).toMatch(/^凤翔区 · /);
		}
		await page.close();
	});
});

describe('the portal’s pages behind nginx', () => {
	it('sends the strict policy as a header, WebAssembly allowed on the search page only', async () => {
		expect((await fetch(served.url)).headers.get('content-security-policy')).toBe(
			contentSecurityPolicyHeader(),
		);
		expect((await fetch(`${served.url}search/`)).headers.get('content-security-policy')).toBe(
			contentSecurityPolicyHeader({ wasm: true }),
		);
		expect(
			(await fetch(`${served.url}chencang/search/`)).headers.get('content-security-policy'),
		).toBe(contentSecurityPolicyHeader({ wasm: true }));
	});

	it('serves each district’s own 404 page under its path, and the portal’s elsewhere', async () => {
		const district = await fetch(`${served.url}qishan/no-such-page/`);
		expect(district.status).toBe(404);
		expect(await district.text()).toContain('<title>页面不存在 - 同心岐山</title>');
		const own = await fetch(`${served.url}no-such-page/`);
		expect(own.status).toBe(404);
		expect(await own.text()).toContain('<title>页面不存在 - 同心宝鸡</title>');
	});

	const templates = [
		'',
		'districts/',
		'districts/chencang/',
		'figures/',
		'map/',
		'cases/',
		'search/',
	];
	it.each(templates)('/%s renders under the policy with no console error', async (path) => {
		const { page, errors, status } = await visit(path);
		expect(status).toBe(200);
		// Stylesheets applied: the header has its colour, so CSS was not blocked.
		const headerColour = await page.evaluate(
			() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
		);
		expect(headerColour).not.toBe('rgba(0, 0, 0, 0)');
		expect(errors).toEqual([]);
		await page.close();
	});

	it.each(templates)('/%s has no serious accessibility violation (axe-core)', async (path) => {
		const { page } = await visit(path);
		expect(describeViolations(await seriousViolations(page))).toEqual([]);
	});

	it('rolls up the districts on the home page and leads to a district’s site', async () => {
		const { page } = await visit('');
		const totals = page.getByRole('region', { name: '宝鸡市概况' });
		await expect(totals.getByRole('link', { name: /区县网站/ }).textContent()).resolves.toMatch(
			/^3\s*个\s*区县网站$/,
		);
		await page.getByRole('link', { name: '岐山县', exact: true }).click();
		await page.waitForURL(/\/districts\/qishan\/$/);
		await page.getByRole('link', { name: '进入同心岐山网站' }).click();
		await page.waitForURL(/\/qishan\/$/);
		await expect(page.locator('.brand-title').textContent()).resolves.toBe('同心岐山');
		await page.close();
	});

	it('adds up the figures the districts share, and only those that add up', async () => {
		const { page } = await visit('figures/');
		const people = page.getByRole('article', { name: '统战成员数据台账人数' });
		await expect(people.locator('.value').textContent()).resolves.toMatch(/^全市合计 [\d,]+ 名$/);
		const rules = page.getByRole('article', { name: '同心实践中心制度' });
		await expect(rules.locator('.value').textContent()).resolves.toBe(
			'各区县分别统计，这一项不相加。',
		);
		await page.close();
	});

	it('has no sideways scrolling at 320 px, also in large text', async () => {
		const narrow = await served.browser.newContext({ viewport: { width: 320, height: 640 } });
		for (const path of ['', 'map/', 'figures/', 'search/']) {
			const page = await narrow.newPage();
			await page.goto(`${served.url}${path}`);
			// On a phone the display modes sit in the 菜单 disclosure.
			await page.locator('header summary', { hasText: '菜单' }).click();
			await page.getByRole('button', { name: '大字号' }).click();
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
			await page.close();
		}
		await narrow.close();
	});
});

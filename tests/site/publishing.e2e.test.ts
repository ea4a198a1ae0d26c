/**
 * The sample site built for a sub-path and served by real nginx with the project's sample
 * configuration: every page template works under the strict Content-Security-Policy, links work
 * under the sub-path, and the large-text and high-contrast modes are real, remembered buttons.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader } from '../../src/features/publishing/csp.ts';
import { buildSite } from '../../tools/harness/build-site.ts';
import { NGINX_BASE_PATH, startNginx } from '../../tools/harness/nginx.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';

/** The sample built for a sub-path, served by nginx with the project's configuration. */
const served = siteInBrowser(async () => {
	const build = buildSite('nginx-subpath', {
		BASE_PATH: NGINX_BASE_PATH,
		SITE_URL: 'https://tongzhan.example.gov.cn',
	});
	if (build.status !== 0) throw new Error(build.output.slice(-3000));
	const nginx = await startNginx(build.outDir);
	return { url: nginx.url, close: nginx.stop };
});
let context: BrowserContext;

beforeAll(async () => {
	context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

/** Opens a page and records every console error (CSP violations are reported there). */
async function visit(
	page: Page,
	path: string,
): Promise<{ status: number | undefined; errors: string[] }> {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	const response = await page.goto(`${served.url}${path}`, { waitUntil: 'load' });
	return { status: response?.status(), errors };
}

describe('under a sub-path, behind nginx', () => {
	it('sends the strict policy as a header', async () => {
		const response = await fetch(served.url);
		expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicyHeader());
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});

	it('serves the precompressed copies', async () => {
		const response = await fetch(served.url, { headers: { 'accept-encoding': 'br' } });
		expect(response.headers.get('content-encoding')).toBe('br');
		expect(await response.text()).toContain('同心凤翔');
	});

	it('leads from home to a list, a detail page, a template and its Word download', async () => {
		const page = await context.newPage();
		await visit(page, '');
		await page
			.getByRole('navigation', { name: '主菜单' })
			.getByRole('link', { name: '实践站' })
			.click();
		expect(new URL(page.url()).pathname).toBe(`${NGINX_BASE_PATH}stations/`);
		await page.getByRole('link', { name: '柳林镇柳林村同心实践站' }).click();
		expect(new URL(page.url()).pathname).toBe(`${NGINX_BASE_PATH}stations/liulin-village/`);
		await page.getByRole('link', { name: '同心实践站学习教育制度' }).click();
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'同心实践站学习教育制度',
		);
		const downloading = page.waitForEvent('download');
		await page.getByRole('link', { name: '下载 Word 文档（.docx）' }).click();
		const download = await downloading;
		expect(new URL(download.url()).pathname).toBe(`${NGINX_BASE_PATH}systems/station-study.docx`);
		const response = await fetch(download.url());
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('wordprocessingml.document');
		// A .docx is a zip archive.
		expect(
			Buffer.from(await response.arrayBuffer())
				.subarray(0, 2)
				.toString(),
		).toBe('PK');
		await page.close();
	});

	const templates = [
		'',
		'centers/',
		'centers/liulin/',
		'stations/',
		'stations/district-hospital/',
		'bases/',
		'bases/secretary-points/',
		'platforms/',
		'platforms/tongxin-lecture/',
		'systems/',
		'systems/responsibility-345/',
		'systems/six-haves-four-goods/checklist/',
		'cases/',
		'cases/xifeng-liquor-city/',
		'towns/',
		'towns/liulin/',
		'domains/',
		'domains/enterprise/',
		'figures/',
	];
	it.each(templates)('renders /%s under the policy with no console error', async (path) => {
		const page = await context.newPage();
		const { status, errors } = await visit(page, path);
		expect(status).toBe(200);
		expect(errors).toEqual([]);
		// Stylesheets applied: the header has its colour, so CSS was not blocked.
		const headerColour = await page.evaluate(
			() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
		);
		expect(headerColour).not.toBe('rgba(0, 0, 0, 0)');
		await page.close();
	});

	it('answers an unknown address with the 404 page, styled, under the policy', async () => {
		const page = await context.newPage();
		const { status, errors } = await visit(page, 'no-such-page/');
		expect(status).toBe(404);
		// The browser logs the page's own 404 status; anything else would be a real error.
		expect(errors).toEqual([expect.stringContaining('status of 404')]);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('页面不存在');
		await page.close();
	});
});

describe('large text and high contrast (适老化)', () => {
	it('switches with real buttons, says their state, and remembers it on the next page', async () => {
		const page = await context.newPage();
		await visit(page, '');
		const large = page.getByRole('button', { name: '大字号' });
		await expect(large.getAttribute('aria-pressed')).resolves.toBe('false');
		await large.focus();
		await page.keyboard.press('Enter');
		await expect(large.getAttribute('aria-pressed')).resolves.toBe('true');
		await page.getByRole('button', { name: '高对比度' }).click();
		await page
			.getByRole('navigation', { name: '主菜单' })
			.getByRole('link', { name: '数据' })
			.click();
		// The click starts a navigation; read the styles of the page it leads to.
		await page.waitForURL(/\/figures\/$/);
		const state = await page.evaluate(() => ({
			fontSize: parseFloat(getComputedStyle(document.body).fontSize),
			lineHeight: parseFloat(getComputedStyle(document.body).lineHeight),
			background: getComputedStyle(document.body).backgroundColor,
		}));
		expect(state.fontSize).toBeGreaterThanOrEqual(18);
		expect(state.lineHeight / state.fontSize).toBeGreaterThanOrEqual(1.5);
		expect(state.background).toBe('rgb(0, 0, 0)');
		await expect(
			page.getByRole('button', { name: '大字号' }).getAttribute('aria-pressed'),
		).resolves.toBe('true');
		await page.close();
	});

	it.each(['', 'centers/liulin/', 'systems/', 'figures/'])(
		'/%s has no sideways scrolling at 320 px, also in large text (200% zoom of a 640 px screen)',
		async (path) => {
			const narrow = await served.browser.newContext({ viewport: { width: 320, height: 640 } });
			const page = await narrow.newPage();
			await visit(page, path);
			const overflow = () =>
				page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(await overflow()).toBeLessThanOrEqual(0);
			// On a phone the display modes are in the menu.
			await page.locator('summary', { hasText: '菜单' }).click();
			await page.getByRole('button', { name: '大字号' }).click();
			expect(await overflow()).toBeLessThanOrEqual(0);
			await narrow.close();
		},
	);
});

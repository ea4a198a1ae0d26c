/** The sample site in a real browser: the home page and the way from it to a site page. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/site-browser.ts';

const served = siteInBrowser();
let page: Page;

beforeAll(async () => {
	page = await served.newPage({ width: 375, height: 800 });
});

describe('home page', () => {
	it('shows the site name, the key figures and the menu', async () => {
		const response = await page.goto(served.url);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('同心凤翔');
		// On a phone the menu opens from the header's 菜单 button.
		await page.locator('header summary', { hasText: '菜单' }).click();
		const menu = page.getByRole('navigation', { name: '主菜单' });
		await expect(menu.getByRole('link', { name: '实践中心' }).count()).resolves.toBe(1);
		await expect(page.getByRole('heading', { name: '主要数据' }).isVisible()).resolves.toBe(true);
	});

	it('offers a skip link as the first thing the keyboard reaches', async () => {
		await page.goto(served.url);
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
		expect(focused).toBe('跳到正文');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toBe('#main');
	});

	it('leads to a center page through the menu', async () => {
		await page.goto(served.url);
		await page.locator('summary', { hasText: '菜单' }).click();
		await page
			.getByRole('navigation', { name: '主菜单' })
			.getByRole('link', { name: '实践中心' })
			.click();
		await page.getByRole('link', { name: '柳林镇同心实践中心' }).click();
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'柳林镇同心实践中心',
		);
		await expect(
			page.getByRole('navigation', { name: '当前位置' }).textContent(),
		).resolves.toContain('同心实践中心');
	});

	it('fits a 320 px wide screen without sideways scrolling', async () => {
		await page.setViewportSize({ width: 320, height: 700 });
		await page.goto(served.url);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	it('requested nothing from another host', () => {
		expect(served.externalRequests(page)).toEqual([]);
	});

	it('answers an unknown address with the 404 page', async () => {
		const response = await page.goto(`${served.url}no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('页面不存在');
	});
});

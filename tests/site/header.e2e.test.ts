/**
 * The compact header: on a 375 × 667 phone every template's title starts in the top 240 px; the
 * header is one row of site name, 搜索 and 菜单; the menu is a disclosure that opens without
 * JavaScript and holds the sections and the display modes; a wide screen shows it all at once.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { TEMPLATE_PAGES, type TemplatePage } from './accessibility/template-pages.ts';

const served = siteInBrowser();

/** A browser context of one screen size, with the large-text mode remembered or not. */
async function screen(
	width: number,
	height: number,
	options: { largeText?: boolean; javaScript?: boolean } = {},
): Promise<BrowserContext> {
	const context = await served.browser.newContext({
		viewport: { width, height },
		javaScriptEnabled: options.javaScript ?? true,
	});
	if (options.largeText)
		await context.addInitScript(() => localStorage.setItem('tongxin:text-size', 'large'));
	return context;
}

async function open(page: Page, target: TemplatePage): Promise<void> {
	await page.goto(`${served.url}${target.path}`);
	if (target.ready)
		await page.getByRole(target.ready.role).filter({ hasText: target.ready.text }).waitFor();
}

/** Where the header, the sample notice and the title are, in CSS pixels from the top. */
function layout(page: Page) {
	return page.evaluate(() => {
		const header = document.querySelector('header')!.getBoundingClientRect();
		const notice = document.querySelector('[role="note"]');
		return {
			headerHeight: Math.round(header.height),
			noticeLines: notice
				? Math.round(
						notice.getBoundingClientRect().height / parseFloat(getComputedStyle(notice).lineHeight),
					)
				: 0,
			titleTop: Math.round(document.querySelector('h1')!.getBoundingClientRect().top),
			overflow: document.documentElement.scrollWidth - window.innerWidth,
		};
	});
}

const menuButton = (page: Page) => page.locator('header summary', { hasText: '菜单' });
const mainMenu = (page: Page) => page.getByRole('navigation', { name: '主菜单' });

describe('the first screen of a phone', () => {
	const screens = [
		{ name: '375 × 667', width: 375, largeText: false, titleLimit: 240 },
		{ name: '320 × 568', width: 320, largeText: false, titleLimit: 240 },
		{ name: '375 × 667, large text', width: 375, largeText: true, titleLimit: 320 },
		{ name: '320 × 568, large text', width: 320, largeText: true, titleLimit: 320 },
	];

	for (const { name, width, largeText, titleLimit } of screens) {
		it(`starts every template's title within ${titleLimit} px at ${name}, under a one-row header`, async () => {
			const context = await screen(width, width === 320 ? 568 : 667, { largeText });
			const page = await context.newPage();
			const wrong: string[] = [];
			for (const target of TEMPLATE_PAGES) {
				await open(page, target);
				const found = await layout(page);
				if (found.titleTop > titleLimit)
					wrong.push(`${target.template}: h1 at ${found.titleTop} px`);
				// One row of 44 px buttons with their padding, whatever the text size.
				if (found.headerHeight > 64)
					wrong.push(`${target.template}: header ${found.headerHeight} px tall`);
				if (found.noticeLines > 1)
					wrong.push(`${target.template}: sample notice on ${found.noticeLines} lines`);
				if (found.overflow > 0) wrong.push(`${target.template}: scrolls sideways`);
			}
			await context.close();
			expect(wrong).toEqual([]);
		});
	}
});

describe('the menu on a phone', () => {
	it('is closed at first and opens without JavaScript, with the sections and no display buttons', async () => {
		const context = await screen(375, 667, { javaScript: false });
		const page = await context.newPage();
		await page.goto(`${served.url}centers/liulin/`);
		const centers = mainMenu(page).getByRole('link', { name: '实践中心' });
		await expect(centers.isVisible()).resolves.toBe(false);
		await menuButton(page).click();
		await expect(centers.isVisible()).resolves.toBe(true);
		// The display modes need the script; without it the browser's own zoom and contrast work.
		await expect(page.getByRole('button', { name: '大字号' }).count()).resolves.toBe(0);
		await centers.click();
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'同心实践中心',
		);
		await context.close();
	});

	it('holds the display modes, closes on Escape with the focus back on its button, and on a click outside', async () => {
		const context = await screen(375, 667);
		const page = await context.newPage();
		await page.goto(`${served.url}systems/`);
		await expect(
			menuButton(page).evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open),
		).resolves.toBe(false);
		await menuButton(page).focus();
		await page.keyboard.press('Enter');
		const large = page.getByRole('button', { name: '大字号' });
		await large.click();
		await expect(large.getAttribute('aria-pressed')).resolves.toBe('true');
		await expect(page.evaluate(() => document.documentElement.dataset['textSize'])).resolves.toBe(
			'large',
		);
		await large.focus();
		await page.keyboard.press('Escape');
		await expect(large.isVisible()).resolves.toBe(false);
		await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
			'菜单',
		);

		await menuButton(page).click();
		await expect(large.isVisible()).resolves.toBe(true);
		// The open panel covers the top of the page; a tap on the page below it closes it.
		await page.mouse.click(20, 640);
		await expect(large.isVisible()).resolves.toBe(false);
		await context.close();
	});

	it('opens the search box from 搜索, with the cursor in it, also without JavaScript', async () => {
		for (const javaScript of [true, false]) {
			const context = await screen(375, 667, { javaScript });
			const page = await context.newPage();
			await page.goto(served.url);
			const box = page.getByRole('searchbox', { name: '搜索本站' });
			await expect(box.isVisible()).resolves.toBe(false);
			await page.locator('header summary', { hasText: '搜索' }).click();
			await expect(box.isVisible()).resolves.toBe(true);
			if (javaScript)
				await expect(box.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
			await box.fill('六有四好');
			await box.press('Enter');
			await page.waitForURL(/\/search\/\?q=/);
			await context.close();
		}
	});

	it('keeps one of 搜索 and 菜单 open at a time', async () => {
		const context = await screen(375, 667);
		const page = await context.newPage();
		await page.goto(served.url);
		await page.locator('header summary', { hasText: '搜索' }).click();
		await menuButton(page).click();
		await expect(mainMenu(page).getByRole('link', { name: '地图' }).isVisible()).resolves.toBe(
			true,
		);
		await expect(page.getByRole('searchbox', { name: '搜索本站' }).isVisible()).resolves.toBe(
			false,
		);
		await context.close();
	});
});

describe('the header on a wide screen', () => {
	it('shows the search box, every section and the display modes without a 菜单 button', async () => {
		const context = await screen(1280, 800);
		const page = await context.newPage();
		await page.goto(`${served.url}cases/`);
		await expect(page.getByRole('searchbox', { name: '搜索本站' }).isVisible()).resolves.toBe(true);
		await expect(menuButton(page).isVisible()).resolves.toBe(false);
		const links = mainMenu(page).getByRole('link');
		await expect(links.count()).resolves.toBe(9);
		for (const link of await links.all()) await expect(link.isVisible()).resolves.toBe(true);
		await expect(
			mainMenu(page).getByRole('link', { name: '案例' }).getAttribute('aria-current'),
		).resolves.toBe('page');
		await expect(page.getByRole('button', { name: '高对比度' }).isVisible()).resolves.toBe(true);
		// Escape on a menu that stands open leaves it open.
		await mainMenu(page).getByRole('link', { name: '数据' }).focus();
		await page.keyboard.press('Escape');
		await expect(mainMenu(page).getByRole('link', { name: '数据' }).isVisible()).resolves.toBe(
			true,
		);
		await context.close();
	});
});

/**
 * Keyboard-only use of every template: the skip link comes first and lands in the main content,
 * the header is reached in reading order, and Tab moves forward through the page in document
 * order, to elements that are visible, named and show where the focus is.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../../helpers/site-browser.ts';
import { TEMPLATE_PAGES } from './template-pages.ts';

const served = siteInBrowser();
let page: Page;

beforeAll(async () => {
	page = await served.newPage({ width: 1280, height: 900 });
});

/** What the keyboard focus is on: its name, where it is, and whether a reader can see it. */
interface FocusStop {
	name: string;
	region: 'header' | 'main' | 'footer' | 'other';
	/** Position in document order (index among all elements). */
	order: number;
	visible: boolean;
	indicated: boolean;
}

function focusStop(target: Page): Promise<FocusStop | undefined> {
	return target.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return undefined;
		const rect = element.getBoundingClientRect();
		const style = getComputedStyle(element);
		const label =
			element.getAttribute('aria-label') ??
			(element.getAttribute('aria-labelledby') &&
				document.getElementById(element.getAttribute('aria-labelledby')!)?.textContent) ??
			(element as HTMLInputElement).labels?.[0]?.textContent ??
			element.textContent ??
			element.getAttribute('title') ??
			'';
		return {
			name: label.replace(/\s+/g, ' ').trim(),
			region: element.closest('header.site-header')
				? 'header'
				: element.closest('main')
					? 'main'
					: element.closest('footer')
						? 'footer'
						: 'other',
			order: [...document.querySelectorAll('*')].indexOf(element),
			visible:
				rect.width > 0 &&
				rect.height > 0 &&
				style.visibility !== 'hidden' &&
				rect.bottom > 0 &&
				rect.top < window.innerHeight,
			// The focus ring: an outline (the site's :focus-visible style) or a box shadow.
			indicated:
				(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
				style.boxShadow !== 'none',
		};
	});
}

/**
 * Presses Tab up to `count` times and records where the focus goes, until it leaves the page
 * (after the last element the browser takes it to its own controls).
 */
async function tabThrough(target: Page, count: number): Promise<FocusStop[]> {
	const stops: FocusStop[] = [];
	for (let index = 0; index < count; index++) {
		await target.keyboard.press('Tab');
		const stop = await focusStop(target);
		if (!stop) break;
		stops.push(stop);
	}
	return stops;
}

describe('the header, by keyboard', () => {
	it('is reached in reading order: skip link, site name, search, menu, display modes', async () => {
		await page.goto(served.url);
		const stops = await tabThrough(page, 16);
		expect(stops.map((stop) => stop.name)).toEqual([
			'跳到正文',
			expect.stringContaining('同心凤翔'),
			expect.stringMatching(/搜索/),
			expect.stringMatching(/搜索/),
			'实践中心',
			'实践站',
			'示范基地',
			'品牌阵地',
			'工作制度',
			'案例',
			'数据',
			'镇区',
			'地图',
			'大字号',
			'高对比度',
			expect.any(String),
		]);
		expect(stops.slice(1, 15).every((stop) => stop.region === 'header')).toBe(true);
		// After the header, the sample notice's link and then the page's own content.
		expect(stops[15]?.region).not.toBe('header');
		expect(stops.every((stop) => stop.visible && stop.indicated)).toBe(true);
	});

	it('is reached in reading order on a phone: skip link, site name, 搜索, 菜单, then the open menu', async () => {
		const phone = await served.newPage({ width: 375, height: 667 });
		await phone.goto(served.url);
		const closed = await tabThrough(phone, 5);
		expect(closed.map((stop) => stop.name)).toEqual([
			'跳到正文',
			expect.stringContaining('同心凤翔'),
			'搜索',
			'菜单',
			expect.any(String),
		]);
		expect(closed[4]?.region).not.toBe('header');
		await phone.keyboard.press('Shift+Tab');
		await phone.keyboard.press('Enter');
		const open = await tabThrough(phone, 11);
		expect(open.map((stop) => stop.name)).toEqual([
			'实践中心',
			'实践站',
			'示范基地',
			'品牌阵地',
			'工作制度',
			'案例',
			'数据',
			'镇区',
			'地图',
			'大字号',
			'高对比度',
		]);
		expect(open.every((stop) => stop.region === 'header' && stop.visible && stop.indicated)).toBe(
			true,
		);
		await phone.close();
	});

	it('switches the display modes with Enter and Space', async () => {
		await page.goto(served.url);
		const large = page.getByRole('button', { name: '大字号' });
		await large.focus();
		await page.keyboard.press('Enter');
		await expect(large.getAttribute('aria-pressed')).resolves.toBe('true');
		await page.keyboard.press('Space');
		await expect(large.getAttribute('aria-pressed')).resolves.toBe('false');
	});
});

describe.each(TEMPLATE_PAGES)('$template by keyboard', (target) => {
	it('offers the skip link first, which moves the focus into the main content', async () => {
		await page.goto(`${served.url}${target.path}`);
		if (target.ready)
			await page.getByRole(target.ready.role).filter({ hasText: target.ready.text }).waitFor();
		await page.keyboard.press('Tab');
		const first = await focusStop(page);
		expect(first?.name).toBe('跳到正文');
		expect(first?.visible && first.indicated).toBe(true);
		await page.keyboard.press('Enter');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');

		// From the main content, Tab goes forward in document order, never back into the header.
		const stops = await tabThrough(page, 12);
		expect(stops.length).toBeGreaterThan(0);
		for (const [index, stop] of stops.entries()) {
			expect(stop.region, `stop ${index} “${stop.name}”`).not.toBe('header');
			expect(stop.name, `stop ${index} has a name`).not.toBe('');
			expect(stop.visible && stop.indicated, `stop ${index} “${stop.name}” is shown`).toBe(true);
			if (index > 0) expect(stop.order).toBeGreaterThan(stops[index - 1]!.order);
		}
		// No element jumps the queue with a positive tabindex.
		await expect(
			page.evaluate(
				() =>
					[...document.querySelectorAll('[tabindex]')].filter(
						(element) => Number(element.getAttribute('tabindex')) > 0,
					).length,
			),
		).resolves.toBe(0);
	});
});

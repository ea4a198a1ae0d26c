/** Stories and figures of the sample site in a real browser: pictures, filters, feed, accessibility. */
import { XMLParser } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/core/content-check/read-content.ts';
import { validateEntries } from '../../src/core/content-check/validate.ts';
import { describeViolations, seriousViolations } from '../helpers/axe.ts';
import { SAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { contentModel } from '../../src/site/content-rules.ts';

const served = siteInBrowser();
let page: Page;

beforeAll(async () => {
	page = await served.newPage({ width: 375, height: 800 });
});

describe('a story with a gallery', () => {
	it('shows its timeline, quote, number callout and link cards', async () => {
		await page.goto(`${served.url}cases/five-steps-tiannan/`);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
			'田南村',
		);
		await expect(
			page.getByRole('list', { name: '协商五步' }).getByRole('listitem').count(),
		).resolves.toBe(5);
		await expect(
			page.getByRole('link', { name: /田家庄镇田南村同心实践站/ }).count(),
		).resolves.toBeGreaterThan(0);
		await expect(page.getByRole('heading', { name: '相关案例' }).isVisible()).resolves.toBe(true);
	});

	it('loads every picture of its gallery', async () => {
		await page.goto(`${served.url}cases/five-steps-tiannan/`);
		const gallery = page.getByRole('list', { name: '修路前后' });
		const images = gallery.getByRole('img');
		await expect(images.count()).resolves.toBe(2);
		for (const image of await images.all()) {
			await image.scrollIntoViewIfNeeded();
			await expect(image.getAttribute('alt')).resolves.toMatch(/示例插图/);
			const loaded = await image.evaluate(
				(element: HTMLImageElement) =>
					new Promise<number>((resolve) => {
						if (element.complete) resolve(element.naturalWidth);
						else
							element.addEventListener('load', () => resolve(element.naturalWidth), { once: true });
						element.addEventListener('error', () => resolve(0), { once: true });
					}),
			);
			expect(loaded).toBeGreaterThan(0);
			await expect(
				image.evaluate((element: HTMLImageElement) => element.currentSrc),
			).resolves.toMatch(/\.webp$/);
		}
	});

	it('has no serious or critical accessibility violation', async () => {
		await page.goto(`${served.url}cases/five-steps-tiannan/`);
		expect(describeViolations(await seriousViolations(page))).toEqual([]);
	});
});

describe('the figures page', () => {
	it('draws a chart with a title, a description and a table beside it', async () => {
		await page.goto(`${served.url}figures/`);
		const chart = page.getByRole('img', { name: '统战成员数据台账人数构成（条形图）' });
		await expect(chart.count()).resolves.toBe(1);
		await expect(
			chart.evaluate((svg) => svg.querySelector('desc')?.textContent),
		).resolves.toContain('党外知识分子');
		await expect(
			page.getByRole('table', { name: '统战成员数据台账人数构成' }).count(),
		).resolves.toBe(1);
		await expect(page.getByRole('img', { name: /历年变化（折线图）/ }).count()).resolves.toBe(1);
	});

	it('has no serious or critical accessibility violation', async () => {
		await page.goto(`${served.url}figures/`);
		expect(describeViolations(await seriousViolations(page))).toEqual([]);
	});
});

describe('the story list', () => {
	it('filters by town through plain links, without JavaScript', async () => {
		const noScript = await served.browser.newPage({ javaScriptEnabled: false });
		await noScript.goto(`${served.url}cases/`);
		const filters = noScript.getByRole('navigation', { name: '筛选案例' });
		await filters.getByRole('link', { name: /^柳林镇/ }).click();
		await expect(noScript.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'案例故事：柳林镇',
		);
		const titles = await noScript.getByRole('heading', { level: 2 }).allTextContents();
		expect(titles).toContain('拧成一股绳，同心共建中国西凤酒城');
		expect(titles).not.toContain('摸清底数：11类22176名统战成员建档入账');
		await noScript.close();
	});
});

describe('the RSS feed', () => {
	it('parses as RSS 2.0 and lists every public story', async () => {
		const response = await page.request.get(`${served.url}rss.xml`);
		expect(response.status()).toBe(200);
		const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(await response.text());
		const links = (feed.rss.channel.item as { link: string }[]).map((item) => item.link);
		const { checked } = validateEntries(readContent(SAMPLE_CONTENT).entries, contentModel.schemas);
		const publicCases = checked.filter(
			(entry) =>
				entry.collection === 'cases' &&
				(entry.raw.data as { visibility?: string }).visibility !== 'internal',
		);
		expect(publicCases.length).toBeGreaterThanOrEqual(6);
		expect(links.sort()).toEqual(
			publicCases.map((story) => `http://localhost:4321/cases/${story.id}/`).sort(),
		);
	});
});

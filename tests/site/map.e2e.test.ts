/** The map page, the mini maps and the open-data files of the sample site, in a real browser. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/core/content-check/read-content.ts';
import { validateEntries } from '../../src/core/content-check/validate.ts';
import { SAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { contentModel } from '../../src/site/content-rules.ts';

const dist = inject('sampleSite');
const { checked } = validateEntries(readContent(SAMPLE_CONTENT).entries, contentModel.schemas);
const publicSites = checked
	.filter((entry) => ['centers', 'stations', 'bases'].includes(entry.collection))
	.map((entry) => ({
		collection: entry.collection,
		id: entry.id,
		data: entry.raw.data as { name: string; visibility?: string; coordinates?: unknown },
	}))
	.filter((site) => (site.data.visibility ?? 'public') === 'public' && site.data.coordinates);

const served = siteInBrowser();
let page: Page;

beforeAll(async () => {
	page = await served.newPage({ width: 1024, height: 900 });
});

const status = () => page.getByRole('status').textContent();

describe('the map page', () => {
	it('is in the main menu and lists every public site as a link, grouped by town', async () => {
		await page.goto(served.url);
		await page
			.getByRole('navigation', { name: '主菜单' })
			.getByRole('link', { name: '地图' })
			.click();
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('站点地图');
		expect(publicSites.length).toBeGreaterThan(40);
		const list = page.getByRole('region', { name: '站点列表（按镇、园区）' });
		for (const site of publicSites) {
			const link = list.getByRole('link', { name: site.data.name, exact: true });
			await expect(link.getAttribute('href')).resolves.toBe(`/${site.collection}/${site.id}/`);
		}
		await expect(list.getByRole('heading', { level: 3, name: '柳林镇' }).count()).resolves.toBe(1);
		await expect(status()).resolves.toBe(`共 ${publicSites.length} 个站点`);
	});

	it('shows one aggregate per town, each a link whose name says the count', async () => {
		await page.goto(`${served.url}map/`);
		const markers = page.getByRole('list', { name: '各镇（园区）站点数' }).getByRole('link');
		const names = await markers.allTextContents();
		expect(names.length).toBe(14);
		const liulin = markers.filter({ hasText: '柳林' });
		await expect(liulin.getAttribute('href')).resolves.toBe('/towns/liulin/');
		const total = names.reduce((sum, name) => sum + Number(/\d+/.exec(name)?.[0]), 0);
		expect(total).toBe(publicSites.length);
	});

	it('lets the keyboard reach the town aggregates, after a skip link', async () => {
		await page.goto(`${served.url}map/`);
		const reached: string[] = [];
		for (let step = 0; step < 60; step += 1) {
			await page.keyboard.press('Tab');
			const name = await page.evaluate(() =>
				document.activeElement?.textContent?.replace(/\s+/g, ''),
			);
			reached.push(name ?? '');
			if (name?.startsWith('柳林')) break;
		}
		expect(reached).toContain('跳过地图');
		expect(reached.at(-1)).toMatch(/^柳林\d+个站点/);
		const box = await page.evaluate(() => {
			const rect = document.activeElement!.getBoundingClientRect();
			return { width: rect.width, height: rect.height };
		});
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
	});

	it('filters by kind and by domain, announcing the count', async () => {
		await page.goto(`${served.url}map/`);
		const stations = publicSites.filter((site) => site.collection === 'stations').length;
		await page.getByRole('checkbox', { name: '同心实践站' }).uncheck();
		await expect(status()).resolves.toBe(
			`显示 ${publicSites.length - stations} 个站点（共 ${publicSites.length} 个）`,
		);
		await expect(
			page
				.getByRole('region', { name: '站点列表（按镇、园区）' })
				.getByRole('link', {
					name: '柳林镇柳林村同心实践站',
				})
				.isVisible(),
		).resolves.toBe(false);
		await page.getByRole('checkbox', { name: '同心实践站' }).check();
		await page.getByRole('combobox', { name: '领域' }).selectOption({ label: '宗教' });
		const shown = Number(/显示 (\d+) 个/.exec((await status()) ?? '')?.[1]);
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(publicSites.length);
		const visibleRows = await page.locator('tr[data-site]:visible').count();
		expect(visibleRows).toBe(shown);
	});

	it('zooms and pans with buttons, and resets', async () => {
		await page.goto(`${served.url}map/`);
		const viewBox = () => page.locator('#district-map svg.map-art').getAttribute('viewBox');
		const initial = await viewBox();
		await page.getByRole('button', { name: '放大' }).click();
		const zoomed = await viewBox();
		expect(zoomed).not.toBe(initial);
		await page.getByRole('button', { name: '左移' }).click();
		expect(await viewBox()).not.toBe(zoomed);
		await page.getByRole('button', { name: '复位' }).click();
		expect(await viewBox()).toBe(initial);
	});

	it('is complete with JavaScript off: map, aggregates and every site link', async () => {
		const context = await served.browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(`${served.url}map/`);
		await expect(plain.locator('figure.map svg').count()).resolves.toBe(1);
		await expect(
			plain.getByRole('list', { name: '各镇（园区）站点数' }).getByRole('link').count(),
		).resolves.toBe(14);
		const list = plain.getByRole('region', { name: '站点列表（按镇、园区）' });
		await expect(list.getByRole('link').count()).resolves.toBeGreaterThanOrEqual(
			publicSites.length,
		);
		// The filter and zoom buttons do nothing without the script, so they do not show.
		await expect(plain.getByRole('button', { name: '放大' }).isVisible()).resolves.toBe(false);
		await expect(plain.getByRole('status').textContent()).resolves.toBe(
			`共 ${publicSites.length} 个站点`,
		);
		await context.close();
	});

	it('ships at most 5 KB of gzipped JavaScript, and no map code on content pages', () => {
		const html = readFileSync(path.join(dist, 'map', 'index.html'), 'utf8');
		const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(
			([, attributes, body]) => {
				const src = /src="([^"]+)"/.exec(attributes ?? '')?.[1];
				return src ? readFileSync(path.join(dist, src)) : Buffer.from(body ?? '');
			},
		);
		expect(scripts.length).toBeGreaterThan(0);
		const gzipped = scripts.reduce((sum, script) => sum + gzipSync(script, { level: 9 }).length, 0);
		expect(gzipped).toBeLessThanOrEqual(5 * 1024);
		// Content pages carry only the header's script (display modes, menu).
		for (const file of ['centers/liulin', 'towns/liulin', 'stations/tiannan-village']) {
			const page = readFileSync(path.join(dist, file, 'index.html'), 'utf8');
			const sources = [...page.matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((match) => match[1]);
			expect(sources).toEqual([expect.stringMatching(/^\/_astro\/site-header\.[\w-]+\.js$/)]);
			// Data blocks (JSON-LD) are not run; every script that runs has a src.
			const running = [...page.matchAll(/<script\b([^>]*)>/g)].filter(
				(match) => !/type="application\/ld\+json"/.test(match[1] ?? ''),
			);
			expect(running).toHaveLength(1);
		}
	});
});

describe('mini maps', () => {
	it('on a town page, the keyboard reaches each site marker, numbered like the table', async () => {
		await page.goto(`${served.url}towns/liulin/`);
		const markers = page.getByRole('list', { name: '柳林镇的站点' }).getByRole('link');
		const count = await markers.count();
		expect(count).toBeGreaterThan(3);
		const focused: string[] = [];
		for (let step = 0; step < 60 && focused.length < count; step += 1) {
			await page.keyboard.press('Tab');
			const inMap = await page.evaluate(
				() =>
					!!document.activeElement?.closest('.map-markers') && document.activeElement?.textContent,
			);
			if (inMap) focused.push(String(inMap).replace(/\s+/g, ''));
		}
		expect(focused).toHaveLength(count);
		expect(focused[0]).toMatch(/^11/);
		const table = page.getByRole('table', { name: /地图中的站点/ });
		await expect(table.getByRole('row').count()).resolves.toBe(count + 1);
	});

	it('on a site page, shows where the site is, in words too', async () => {
		await page.goto(`${served.url}centers/liulin/`);
		const figure = page.getByRole('figure').filter({ hasText: '五角星' });
		await expect(figure.count()).resolves.toBe(1);
		await expect(figure.getByRole('link', { name: '查看全区站点地图' }).count()).resolves.toBe(1);
		await expect(figure.textContent()).resolves.toMatch(
			/柳林镇同心实践中心，位于柳林镇（东经 107\.\d+°，北纬 34\.\d+°/,
		);
	});

	it('requested nothing from another host', () => {
		expect(served.externalRequests(page)).toEqual([]);
	});
});

describe('open data', () => {
	const read = (name: string) => readFileSync(path.join(dist, 'data', name), 'utf8');
	const keyOf = (site: { collection: string; id: string }) => `${site.collection}/${site.id}`;
	const expected = publicSites.map(keyOf).sort();

	it('sites.json lists exactly the public sites, each with its page', () => {
		const json = JSON.parse(read('sites.json')) as {
			count: number;
			sites: { type: string; id: string; url: string; lng: number; lat: number }[];
		};
		expect(json.count).toBe(publicSites.length);
		expect(json.sites.map((site) => `${site.type}/${site.id}`).sort()).toEqual(expected);
		const pages = new Set(readdirSync(path.join(dist, 'centers')));
		for (const site of json.sites) {
			expect(new URL(site.url).pathname).toBe(`/${site.type}/${site.id}/`);
			if (site.type === 'centers') expect(pages.has(site.id)).toBe(true);
			expect(site.lng).toBeGreaterThan(107);
			expect(site.lat).toBeGreaterThan(34);
		}
		expect(JSON.stringify(json)).not.toMatch(/contacts|phone|0917-0000/);
	});

	it('sites.geojson is a FeatureCollection of the same points', () => {
		const geojson = JSON.parse(read('sites.geojson')) as {
			type: string;
			features: { id: string; geometry: { type: string; coordinates: number[] } }[];
		};
		const json = JSON.parse(read('sites.json')) as {
			sites: { type: string; id: string; lng: number; lat: number }[];
		};
		expect(geojson.type).toBe('FeatureCollection');
		expect(geojson.features.map((feature) => feature.id).sort()).toEqual(expected);
		for (const site of json.sites) {
			const feature = geojson.features.find(
				(candidate) => candidate.id === `${site.type}/${site.id}`,
			);
			expect(feature?.geometry).toEqual({ type: 'Point', coordinates: [site.lng, site.lat] });
		}
	});

	it('sites.csv starts with a byte-order mark and has one row per site', async () => {
		const csv = read('sites.csv');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const { parse } = await import('csv-parse/sync');
		const rows = parse<Record<string, string>>(csv.slice(1), { columns: true });
		expect(rows).toHaveLength(publicSites.length);
		expect(Object.keys(rows[0]!)).toContain('名称');
		const names = publicSites.map((site) => site.data.name).sort();
		expect(rows.map((row) => row['名称']).sort()).toEqual(names);
	});

	it('is linked from the map page', async () => {
		await page.goto(`${served.url}map/`);
		for (const name of ['sites.csv', 'sites.json', 'sites.geojson']) {
			await expect(page.getByRole('link', { name }).getAttribute('href')).resolves.toBe(
				`/data/${name}`,
			);
		}
	});
});

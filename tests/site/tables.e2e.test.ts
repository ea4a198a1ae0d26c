/**
 * Tables on a phone: a table of many columns becomes one labelled card per row, each value
 * after its column's name, and stays a table to screen readers (rows, cells and headers by role).
 * On a wide screen it is an ordinary table.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/site-browser.ts';

const served = siteInBrowser();

async function open(width: number, address: string): Promise<Page> {
	const page = await served.newPage({ width, height: 800 });
	await page.goto(`${served.url}${address}`);
	return page;
}

const TABLES = [
	{ address: 'map/', caption: /^城关镇：\d+ 个站点$/, label: '地址：' },
	{ address: 'towns/liulin/', caption: /^地图中的站点/, label: '村（社区）：' },
	{ address: 'systems/', caption: undefined, label: '施行日期：' },
	{ address: 'towns/', caption: /各镇（园区）站点数量/, label: '实践站：' },
];

describe('a table of many columns on a 375 px phone', () => {
	it.each(TABLES)(
		'/$address shows each row as a card whose values say their column',
		async (table) => {
			const page = await open(375, table.address);
			const target = table.caption
				? page.getByRole('table', { name: table.caption })
				: page.getByRole('table').first();
			const found = await target.evaluate(
				(element, label) => {
					const row = element.querySelector('tbody tr')!;
					const cell = row.querySelector(`td[data-label="${label}"]`)!;
					const box = row.getBoundingClientRect();
					return {
						rowDisplay: getComputedStyle(row).display,
						label: getComputedStyle(cell, '::before').content,
						rowWidth: box.width,
						tableWidth: element.getBoundingClientRect().width,
						columnHeadersShown: element.querySelector('thead')!.getBoundingClientRect().height > 1,
					};
				},
				table.label.slice(0, -1),
			);
			expect(found.rowDisplay).toBe('block');
			// The column's name before the value, hidden from screen readers (they have the header).
			expect(found.label).toBe(`"${table.label}" / ""`);
			// The card spans the column, instead of five columns of a few characters each.
			expect(found.rowWidth).toBeGreaterThan(300);
			expect(found.columnHeadersShown).toBe(false);

			// Still a table to screen readers: its rows, row headers, cells and column headers.
			const rows = await target.getByRole('row').count();
			expect(rows).toBeGreaterThan(1);
			await expect(target.getByRole('columnheader').count()).resolves.toBeGreaterThan(2);
			await expect(target.getByRole('cell').count()).resolves.toBeGreaterThan(rows - 1);
			await expect(target.getByRole('rowheader').count()).resolves.toBe(rows - 1);
			await page.close();
		},
	);
});

describe('the same table on a wide screen', () => {
	it('is an ordinary table with its column headers', async () => {
		const page = await open(1280, 'map/');
		const table = page.getByRole('table', { name: /^城关镇/ });
		const found = await table.evaluate((element) => ({
			display: getComputedStyle(element.querySelector('tbody tr')!).display,
			headers: element.querySelector('thead')!.getBoundingClientRect().height,
		}));
		expect(found.display).toBe('table-row');
		expect(found.headers).toBeGreaterThan(20);
		await page.close();
	});
});

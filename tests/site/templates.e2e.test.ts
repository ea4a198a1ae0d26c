/**
 * A template page in a real browser: fill in the unit name, print to PDF, and measure the page
 * against GB/T 9704 (A4; margins 37 / 26 / 35 / 28 mm; page number outside, 7 mm under the text).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type axe from 'axe-core';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectAxe } from '../helpers/axe.ts';
import { mm, pdfInfo, pdfWords, type PdfWord } from '../helpers/pdf.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';

const UNIT = '柳林镇同心实践中心';

const served = siteInBrowser();
let page: Page;
let scratch: string;

beforeAll(async () => {
	page = await served.newPage({ width: 1000, height: 900 });
	scratch = mkdtempSync(path.join(tmpdir(), 'tongxin-print-'));
});

afterAll(() => {
	if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('a template page', () => {
	let words: PdfWord[];
	let pdf: string;

	beforeAll(async () => {
		await page.goto(`${served.url}systems/center-study-training/`);
		await page.getByRole('textbox', { name: '单位名称' }).fill(UNIT);
		pdf = path.join(scratch, 'print.pdf');
		await page.pdf({ path: pdf, preferCSSPageSize: true });
		words = pdfWords(pdf);
	});

	it('shows the typed unit name in the page’s blanks', async () => {
		const text = await page.locator('.official-doc').textContent();
		expect(text).toContain(`本制度由${UNIT}负责解释`);
		expect(text).toContain('【年份】');
	});

	it('prints the typed unit name and only the document', async () => {
		const text = words.map((word) => word.text).join('');
		expect(text).toContain(UNIT);
		expect(text).toContain('同心实践中心学习培训制度');
		expect(text).not.toContain('填写本单位信息');
		expect(text).not.toContain('跳到正文');
	});

	it('prints on A4', () => {
		const { pages, width, height } = pdfInfo(pdf);
		expect(pages).toBeGreaterThanOrEqual(2);
		expect(Math.round(width)).toBe(595);
		expect(Math.round(height)).toBe(842);
	});

	// Chromium embeds fonts as Type 3, whose word boxes take the font's whole height; the middle
	// of a box is where the line is.
	const middle = (word: PdfWord) => (word.yMin + word.yMax) / 2;
	const textBlockBottom = 841.89 - mm(35);
	const line = mm(225) / 22;

	it('keeps the text inside the GB/T 9704 margins, filling the 156 mm line', () => {
		const body = words.filter((word) => middle(word) < textBlockBottom);
		const left = Math.min(...body.map((word) => word.xMin));
		const right = Math.max(...body.map((word) => word.xMax));
		expect(Math.abs(left - mm(28))).toBeLessThan(1);
		expect(right).toBeLessThanOrEqual(595.28 - mm(26) + 1);
		expect(right).toBeGreaterThan(595.28 - mm(26) - 8);
		const lines = [...new Set(body.filter((word) => word.page === 1).map(middle))].sort(
			(a, b) => a - b,
		);
		expect(lines[0]).toBeGreaterThan(mm(37));
		expect(lines[0]).toBeLessThan(mm(37) + line);
		expect(lines.at(-1)).toBeGreaterThan(textBlockBottom - line);
	});

	it('sets 22 lines on the page: the title, a blank line and 20 lines of text', () => {
		const middles = words
			.filter((word) => word.page === 1 && middle(word) < textBlockBottom)
			.map(middle)
			.sort((a, b) => a - b);
		// Words of one line in two faces (a 楷体 lead in a 仿宋 line) have boxes a few points
		// apart: one line is what stands within a quarter of the pitch.
		const lines = middles.filter(
			(value, index) => index === 0 || value - middles[index - 1]! > line / 4,
		);
		expect(lines).toHaveLength(21);
		const pitch = (lines.at(-1)! - lines[1]!) / (lines.length - 2);
		expect(Math.abs(pitch - line)).toBeLessThan(0.3);
	});

	it('numbers pages — n — 7 mm under the text block, right on odd pages and left on even ones', () => {
		const numberLine = (pageNumber: number) =>
			words.filter((word) => word.page === pageNumber && middle(word) > textBlockBottom);
		const odd = numberLine(1);
		const even = numberLine(2);
		expect(odd.map((word) => word.text).join(' ')).toBe('— 1 —');
		expect(even.map((word) => word.text).join(' ')).toBe('— 2 —');
		const top = textBlockBottom + mm(7);
		expect(middle(odd[0]!)).toBeGreaterThan(top);
		expect(middle(odd[0]!)).toBeLessThan(top + 14 + 3);
		// One 4号 character in from the text block's outer edge.
		expect(Math.abs(odd.at(-1)!.xMax - (595.28 - mm(26) - 14))).toBeLessThan(2);
		expect(Math.abs(even[0]!.xMin - (mm(28) + 14))).toBeLessThan(2);
	});

	it('downloads a Word document with the unit name filled in', async () => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: '下载填写后的 Word 文档' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('同心实践中心学习培训制度.docx');
		const file = path.join(scratch, 'filled.docx');
		await download.saveAs(file);
		const zip = await JSZip.loadAsync(readFileSync(file), { checkCRC32: true });
		const xml = await zip.file('word/document.xml')!.async('string');
		expect(xml).toContain(`本制度由</w:t>`);
		expect(xml).toContain(UNIT);
		expect(xml).toContain('【年份】');
	});

	it('remembers the unit name on the next template', async () => {
		await page.goto(`${served.url}systems/station-study/`);
		await expect(page.getByRole('textbox', { name: '单位名称' }).inputValue()).resolves.toBe(UNIT);
		await expect(page.locator('.official-doc').textContent()).resolves.toContain(UNIT);
	});

	it('requested nothing from another host and broke no rule of the page’s policy', () => {
		expect(served.externalRequests(page)).toEqual([]);
		expect(served.consoleErrors(page)).toEqual([]);
	});
});

describe('accessibility of the template pages', () => {
	for (const address of [
		'systems/',
		'systems/responsibility-345/',
		'systems/six-haves-four-goods/checklist/',
	]) {
		it(`finds no WCAG 2.2 AA violation on /${address}`, async () => {
			await page.goto(`${served.url}${address}`);
			await injectAxe(page);
			const violations = await page.evaluate(async () => {
				const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
					runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
				});
				return result.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`);
			});
			expect(violations).toEqual([]);
		});
	}
});

describe('a template page without JavaScript', () => {
	it('shows the template with its blanks and no form', async () => {
		const context = await served.browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(`${served.url}systems/center-study-training/`);
		await expect(plain.locator('.official-doc').textContent()).resolves.toContain('【单位名称】');
		await expect(plain.getByRole('group', { name: '填写本单位信息' }).count()).resolves.toBe(0);
		await expect(
			plain.getByRole('link', { name: /下载 Word 文档/ }).getAttribute('href'),
		).resolves.toBe('/systems/center-study-training.docx');
		await context.close();
	});
});

describe('template pages on a phone', () => {
	it('draws the structure diagram of a responsibility system', async () => {
		await page.goto(`${served.url}systems/responsibility-345/`);
		await expect(page.getByRole('figure').textContent()).resolves.toContain('三级书记抓统战');
	});

	for (const address of [
		'systems/',
		'systems/responsibility-345/',
		'systems/center-study-training/',
		'systems/six-haves-four-goods/checklist/',
	]) {
		it(`fits /${address} in 320 px without sideways scrolling`, async () => {
			const phone = await served.newPage({ width: 320, height: 700 });
			await phone.goto(`${served.url}${address}`);
			const overflow = await phone.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await phone.close();
		});
	}
});

describe('the 六有四好 self-assessment sheet', () => {
	it('takes a rating for each check and prints on A4', async () => {
		await page.goto(`${served.url}systems/six-haves-four-goods/checklist/`);
		await page.getByRole('combobox', { name: '被评单位（站点）' }).fill(UNIT);
		await page
			.getByRole('group', { name: /有固定场所/ })
			.getByRole('radio', { name: '达到', exact: true })
			.check();
		const pdf = path.join(scratch, 'sheet.pdf');
		await page.pdf({ path: pdf, preferCSSPageSize: true });
		const { width, height } = pdfInfo(pdf);
		expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
		expect(
			pdfWords(pdf)
				.map((word) => word.text)
				.join(''),
		).toContain('有规范台账');
	});
});

/**
 * Every page template printed to PDF in Chromium: A4, none of the site's chrome (header, menu,
 * search, display buttons, footer), headings never left alone at the foot of a page, and the
 * page's address as a QR code that decodes to it. The sample station fits on three pages.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { pdfInfo, pdfWords, type PdfWord } from '../helpers/pdf.ts';
import { readQrCode } from '../helpers/qr.ts';
import { TEMPLATE_PAGES, type TemplatePage } from './accessibility/template-pages.ts';

const served = siteInBrowser();
let page: Page;
let scratch: string;

beforeAll(async () => {
	page = await served.newPage({ width: 1280, height: 900 });
	scratch = mkdtempSync(path.join(tmpdir(), 'tongxin-site-print-'));
});

afterAll(() => {
	if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Words that only the site's chrome prints: skip link, header, menu button, modes, footer. */
const CHROME_TEXT = [
	'跳到正文',
	'菜单',
	'大字号',
	'高对比度',
	'主办单位',
	'网站标识码',
	'ICP备',
	'部分细节为',
];

interface Printed {
	pdf: string;
	words: PdfWord[];
	/** The page's canonical address, which its QR code should hold. */
	canonical: string;
	/** Its title, as printed (no white space). */
	title: string;
	/** The texts of its section headings. */
	headings: string[];
}

const printed = new Map<string, Printed>();

async function print(target: TemplatePage): Promise<Printed> {
	const known = printed.get(target.template);
	if (known) return known;
	await page.goto(`${served.url}${target.path}`);
	if (target.ready)
		await page.getByRole(target.ready.role).filter({ hasText: target.ready.text }).waitFor();
	const pdf = path.join(scratch, `${printed.size}.pdf`);
	await page.pdf({ path: pdf, preferCSSPageSize: true });
	const result = {
		pdf,
		words: pdfWords(pdf),
		canonical: await page.locator('link[rel="canonical"]').getAttribute('href').then(String),
		title: (await page.locator('h1').textContent())!.replace(/\s+/g, ''),
		headings: (await page.locator('main h2, main h3').allTextContents()).map((text) =>
			text.replace(/\s+/g, ''),
		),
	};
	printed.set(target.template, result);
	return result;
}

/** The QR code on the last printed page, decoded. */
async function qrOnLastPage(pdf: string): Promise<string | undefined> {
	const last = pdfInfo(pdf).pages;
	const prefix = path.join(scratch, `qr-${path.basename(pdf, '.pdf')}`);
	execFileSync('pdftoppm', [
		'-r',
		'150',
		'-f',
		String(last),
		'-l',
		String(last),
		'-png',
		'-singlefile',
		pdf,
		prefix,
	]);
	return readQrCode(`${prefix}.png`);
}

/** The text of the lowest line on each page but the last. */
function pageEndings(words: readonly PdfWord[]): string[] {
	const pages = Math.max(...words.map((word) => word.page));
	const endings: string[] = [];
	for (let number = 1; number < pages; number++) {
		// The page count in the foot margin is not part of the text.
		const body = words.filter((word) => word.page === number && !/^\d+\/\d+$/.test(word.text));
		const lowest = Math.max(...body.map((word) => word.yMin));
		endings.push(
			body
				.filter((word) => Math.abs(word.yMin - lowest) < 3)
				.sort((a, b) => a.xMin - b.xMin)
				.map((word) => word.text)
				.join(''),
		);
	}
	return endings;
}

describe('every page template on paper', () => {
	it.each(TEMPLATE_PAGES)('$template prints on A4 without the site’s chrome', async (target) => {
		const { pdf, words, title } = await print(target);
		const { width, height, pages } = pdfInfo(pdf);
		expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
		expect(pages).toBeGreaterThanOrEqual(1);
		const text = words.map((word) => word.text).join('');
		expect(CHROME_TEXT.filter((chrome) => text.includes(chrome))).toEqual([]);
		expect(text).toContain(title);
	});

	const entryPages = TEMPLATE_PAGES.filter((target) =>
		[
			'/centers/*/',
			'/stations/*/',
			'/bases/*/',
			'/platforms/*/',
			'/systems/*/',
			'/systems/*/*/',
			'/cases/*/',
			'/towns/*/',
		].includes(target.template),
	);
	it.each(entryPages)('$template ends with a QR code of its address', async (target) => {
		const { pdf, canonical } = await print(target);
		await expect(qrOnLastPage(pdf)).resolves.toBe(canonical);
	});

	it.each(entryPages)('$template leaves no heading alone at the foot of a page', async (target) => {
		const { words, headings } = await print(target);
		const stranded = pageEndings(words).filter((ending) => headings.includes(ending));
		expect(stranded).toEqual([]);
	});

	it('prints the sample station on at most three pages', async () => {
		const station = TEMPLATE_PAGES.find((target) => target.template === '/stations/*/')!;
		const { pdf } = await print(station);
		expect(pdfInfo(pdf).pages).toBeLessThanOrEqual(3);
	});

	it('keeps cards, figures and table rows whole and headings with what follows', async () => {
		await page.goto(`${served.url}stations/tiannan-village/`);
		await page.emulateMedia({ media: 'print' });
		const styles = await page.evaluate(() =>
			['.card', 'figure', 'main h2', '.facts'].map((selector) => {
				const style = getComputedStyle(document.querySelector(selector)!);
				return `${selector}: ${style.breakInside}${selector === 'main h2' ? ` ${style.breakAfter}` : ''}`;
			}),
		);
		await page.emulateMedia({ media: 'screen' });
		expect(styles).toEqual([
			'.card: avoid',
			'figure: avoid',
			'main h2: avoid avoid',
			'.facts: avoid',
		]);
	});
});

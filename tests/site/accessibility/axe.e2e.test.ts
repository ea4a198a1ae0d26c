/**
 * Every template of the sample site at a phone width (375 px) and a desktop width (1280 px), in the
 * normal, large-text and high-contrast modes: axe-core finds no serious or critical WCAG 2.2 A/AA
 * violation (target-size included), every link and control is at least 24 × 24 px and the primary
 * actions 44 px, the mode is really on, the page fits its width, and nothing is blocked or broken
 * (console errors, which is where the browser reports the CSP blocking a script).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listSiteFiles } from '../../../src/core/post-build/site-files.ts';
import { pageTemplateOf } from '../../../src/features/quality/page-weight.ts';
import { describeViolations, seriousViolations } from '../../helpers/axe.ts';
import { siteInBrowser } from '../../helpers/site-browser.ts';
import { TEMPLATE_PAGES, type TemplatePage } from './template-pages.ts';

const dist = inject('sampleSite');
const served = siteInBrowser();

it('covers one page of every template the site has', () => {
	const built = new Set(
		listSiteFiles(dist)
			.filter((file) => file.endsWith('.html'))
			.map(pageTemplateOf),
	);
	expect([...built].sort()).toEqual(TEMPLATE_PAGES.map((page) => page.template).sort());
});

it('finds what it looks for: a planted low-contrast text and a picture without alt text', async () => {
	const planted = await served.newPage();
	await planted.setContent(
		'<!doctype html><html lang="zh-CN"><head><title>测试</title></head><body><main><h1>测试</h1><p style="color:#777;background:#888">看不清的文字</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>',
	);
	const found = (await seriousViolations(planted)).map((violation) => violation.id);
	await planted.close();
	expect(found).toEqual(expect.arrayContaining(['color-contrast', 'image-alt']));
});

/** The display modes, set the way the header buttons remember them. */
const MODES = [
	{ name: 'normal', storage: {}, attribute: undefined },
	{
		name: 'large text',
		storage: { 'tongxin:text-size': 'large' },
		attribute: ['textSize', 'large'],
	},
	{
		name: 'high contrast',
		storage: { 'tongxin:contrast': 'high' },
		attribute: ['contrast', 'high'],
	},
] as const;

const WIDTHS = [375, 1280];

/** Opens a page, waits until it is drawn, and returns the console errors it logged. */
async function open(page: Page, target: TemplatePage): Promise<string[]> {
	const errors: string[] = [];
	const onConsole = (message: { type: () => string; text: () => string }) => {
		// The 404 page's own status is logged by the browser; anything else is a real error.
		if (message.type() === 'error' && !message.text().includes('status of 404'))
			errors.push(message.text());
	};
	page.on('console', onConsole);
	await page.goto(`${served.url}${target.path}`);
	if (target.ready)
		await page.getByRole(target.ready.role).filter({ hasText: target.ready.text }).waitFor();
	page.off('console', onConsole);
	return errors;
}

/**
 * Targets smaller than they should be: any visible link or control under 24 × 24 px (WCAG 2.5.8,
 * stricter than axe, which forgives small targets with room around them), and the primary
 * actions — the header's buttons, search, downloads and prints — under 44 × 44 px (适老化).
 */
function smallTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const primary = new Set(
			document.querySelectorAll(
				'header summary, header .header-button, header input, header button, .action-button',
			),
		);
		const problems: string[] = [];
		for (const element of document.querySelectorAll<HTMLElement>(
			'a[href], button, input, select, textarea, summary',
		)) {
			const box = element.getBoundingClientRect();
			// Not drawn: hidden, or inside a closed disclosure (content-visibility: hidden).
			if (!element.checkVisibility() || box.width === 0 || element.closest('.visually-hidden'))
				continue;
			const least = primary.has(element) ? 44 : 24;
			if (Math.round(box.width) < least || Math.round(box.height) < least)
				problems.push(
					`${Math.round(box.width)} × ${Math.round(box.height)} px target (at least ${least}): ${element.tagName.toLowerCase()} “${(element.textContent ?? element.getAttribute('name') ?? '').trim().slice(0, 30)}”`,
				);
		}
		return problems;
	});
}

const COMBINATIONS = WIDTHS.flatMap((width) => MODES.map((mode) => ({ width, mode })));

describe('every template, at both widths, in the three modes', () => {
	/** One browser context per width and mode; the mode is remembered as the buttons do. */
	const contexts = new Map<(typeof COMBINATIONS)[number], BrowserContext>();

	beforeAll(async () => {
		for (const combination of COMBINATIONS) {
			const context = await served.browser.newContext({
				viewport: { width: combination.width, height: 900 },
			});
			await context.addInitScript((storage: Record<string, string>) => {
				for (const [key, value] of Object.entries(storage)) localStorage.setItem(key, value);
			}, combination.mode.storage);
			contexts.set(combination, context);
		}
	});

	afterAll(async () => {
		for (const context of contexts.values()) await context.close();
	});

	/** What is wrong with a page in one width and mode (nothing when it passes). */
	async function problemsOf(
		target: TemplatePage,
		combination: (typeof COMBINATIONS)[number],
	): Promise<string[]> {
		const { width, mode } = combination;
		const page = await contexts.get(combination)!.newPage();
		try {
			const problems = (await open(page, target)).map((error) => `console: ${error}`);
			if (mode.attribute) {
				const [name, value] = mode.attribute;
				const actual = await page.evaluate((key) => document.documentElement.dataset[key], name);
				if (actual !== value) problems.push(`mode not on: data-${name}=${actual}`);
			}
			problems.push(...describeViolations(await seriousViolations(page)));
			problems.push(...(await smallTargets(page)));
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth,
			);
			if (overflow > 0) problems.push(`scrolls sideways by ${overflow} px`);
			return problems.map((problem) => `${width} px, ${mode.name}: ${problem}`);
		} finally {
			await page.close();
		}
	}

	// Templates run side by side (each in its own pages) so the browser uses both cores.
	it.concurrent.each(TEMPLATE_PAGES)(
		'$template ($path) passes axe',
		async (target) => {
			const problems: string[] = [];
			for (const combination of COMBINATIONS)
				problems.push(...(await problemsOf(target, combination)));
			expect(problems).toEqual([]);
		},
		180_000,
	);
});

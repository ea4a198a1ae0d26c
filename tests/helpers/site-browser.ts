/**
 * The one fixture of the end-to-end tests: a built site served over HTTP and a Chromium that
 * visits it. Call `siteInBrowser()` at the top of a test file; it starts both before the file's
 * tests and stops them after. By default it serves the sample site built once for the whole run
 * (`build-sample-site.ts`) with a plain static server.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../tools/harness/browser.ts';
import { serveStatic } from '../../tools/harness/static-server.ts';

/** A running server: the site's URL (ending with its base path) and how to stop it. */
export interface SiteServer {
	url: string;
	close: () => Promise<void>;
}

export interface SiteInBrowser {
	/** The site's URL, ending with its base path, e.g. `http://127.0.0.1:4000/`. */
	readonly url: string;
	readonly browser: Browser;
	/**
	 * A new page (in a context of its own) that records what went wrong in it: console errors
	 * and script errors (where the browser reports what the Content-Security-Policy blocked),
	 * and requests to any other host.
	 */
	newPage: (
		viewport?: { width: number; height: number },
		options?: BrowserContextOptions,
	) => Promise<Page>;
	/** Console and script errors seen on a page made by `newPage`. */
	consoleErrors: (page: Page) => readonly string[];
	/** Requests a page made by `newPage` sent anywhere but the site. */
	externalRequests: (page: Page) => readonly string[];
}

interface Records {
	consoleErrors: string[];
	externalRequests: string[];
}

/**
 * Serves a site and launches Chromium for the tests of one file. `serve` starts the server
 * (default: the sample site on a static server); it runs before the file's tests.
 */
export function siteInBrowser(
	serve: () => Promise<SiteServer> = () => serveStatic(inject('sampleSite')),
): SiteInBrowser {
	let server: SiteServer | undefined;
	let browser: Browser | undefined;
	const records = new WeakMap<Page, Records>();
	const recordsOf = (page: Page): Records => {
		const found = records.get(page);
		if (!found) throw new Error('This page was not made by siteInBrowser().newPage().');
		return found;
	};

	beforeAll(async () => {
		server = await serve();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	const started = <T>(value: T | undefined, what: string): T => {
		if (value === undefined) throw new Error(`The ${what} is used before beforeAll has run.`);
		return value;
	};

	return {
		get url() {
			return started(server, 'server').url;
		},
		get browser() {
			return started(browser, 'browser');
		},
		async newPage(viewport = { width: 1280, height: 900 }, options = {}) {
			const context = await started(browser, 'browser').newContext({ viewport, ...options });
			const page = await context.newPage();
			const found: Records = { consoleErrors: [], externalRequests: [] };
			records.set(page, found);
			page.on('console', (message) => {
				if (message.type() === 'error') found.consoleErrors.push(message.text());
			});
			page.on('pageerror', (error) => found.consoleErrors.push(error.message));
			const origin = new URL(started(server, 'server').url).origin;
			page.on('request', (request) => {
				if (new URL(request.url()).origin !== origin) found.externalRequests.push(request.url());
			});
			// The page's context goes with it (or with the browser, at the end of the file).
			page.on('close', () => void context.close().catch(() => undefined));
			return page;
		},
		consoleErrors: (page) => recordsOf(page).consoleErrors,
		externalRequests: (page) => recordsOf(page).externalRequests,
	};
}

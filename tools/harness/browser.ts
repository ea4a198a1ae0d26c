import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, unless CHROMIUM_PATH names another build. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Starts headless Chromium (Playwright gives it a fresh temporary profile) with every
 * background connection off, so the tests run on a machine with no internet and nothing leaves it.
 */
/** Chromium's switches for a machine with no internet: every background connection off. */
export const OFFLINE_CHROMIUM_FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: OFFLINE_CHROMIUM_FLAGS,
	});
}

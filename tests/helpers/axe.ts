import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** What axe-core reports of one rule a page breaks. */
export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

/** The WCAG 2.0, 2.1 and 2.2 A and AA rules (2.2 adds target-size, 2.5.8). */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

/**
 * Puts axe-core (the installed package) into the page. It is evaluated through the browser's
 * debugging protocol rather than added as a script tag, because the pages carry a
 * Content-Security-Policy that refuses inline and injected scripts, as it should.
 */
export async function injectAxe(page: Page): Promise<void> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
}

/** Runs axe-core on the page as it is now and returns the serious and critical WCAG 2.2 A/AA violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
	await injectAxe(page);
	const results = await page.evaluate(
		(tags) =>
			(
				window as unknown as {
					axe: {
						run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
					};
				}
			).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
		WCAG_22_AA,
	);
	return results.violations.filter(
		(violation) => violation.impact === 'serious' || violation.impact === 'critical',
	);
}

/** One line per violation and element, for a failing test's message. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? violation.help}`,
		),
	);
}

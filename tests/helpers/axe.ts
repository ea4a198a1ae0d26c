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

/**
 * Runs axe-core (the installed package, injected from node_modules) on the page as it is now and
 * returns the serious and critical WCAG 2.2 A/AA violations.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
	if (!(await page.evaluate(() => 'axe' in window)))
		await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
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

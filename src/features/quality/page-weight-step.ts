import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage } from '../../core/post-build/html.ts';
import { listSiteFiles } from '../../core/post-build/site-files.ts';
import type { PostBuildStep } from '../../core/post-build/types.ts';
import {
	budgetBreaches,
	formatWeightReport,
	gzippedBytes,
	measurePage,
	weightsByTemplate,
	type PageWeight,
} from './page-weight.ts';

/** Measures every page of a built site. */
export function measureSite(dir: string, base: string): PageWeight[] {
	const texts = new Map<string, string | undefined>();
	const read = (file: string) => {
		if (!texts.has(file)) {
			const absolute = path.join(dir, file);
			texts.set(file, existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined);
		}
		return texts.get(file);
	};
	const sizes = new Map<string, number>();
	const sizeOf = (file: string) => {
		let size = sizes.get(file);
		if (size === undefined) {
			size = gzippedBytes(read(file) ?? '');
			sizes.set(file, size);
		}
		return size;
	};
	return listSiteFiles(dir)
		.filter((file) => file.endsWith('.html'))
		.map((file) => {
			const html = readFileSync(path.join(dir, file), 'utf8');
			return measurePage(file, html, parsePage(html), base, read, sizeOf);
		});
}

/**
 * The page-weight budget as a post-build step: prints the weight of every template and stops the
 * build when a page is over its budget. `PAGE_WEIGHT_BUDGETS=report` prints the breaches without
 * stopping (the build benchmark, whose synthetic lists are far longer than any real district's);
 * `PAGE_WEIGHT_REPORT_FILE` names a JSON file to write the figures to.
 */
export const pageWeight: PostBuildStep = {
	name: '页面重量预算（gzip 后的 HTML、CSS、JavaScript）',
	concurrent: true,
	cost: 12,
	run({ dir, settings }) {
		const pages = measureSite(dir, settings.basePath);
		const templates = weightsByTemplate(pages);
		const breaches = budgetBreaches(pages);
		console.log(formatWeightReport(templates));
		const reportFile = settings.reports.pageWeightFile;
		if (reportFile)
			writeFileSync(reportFile, `${JSON.stringify({ templates, breaches }, null, 2)}\n`);
		if (settings.pageWeightBudgets === 'report') {
			if (breaches.length > 0) console.log(`页面重量：${breaches.length} 处超出预算（只报告）。`);
			return [];
		}
		return breaches.map(({ file, message }) => ({ file, message }));
	},
};

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage, type ParsedPage } from '../../core/post-build/html.ts';
import { listSiteFiles } from '../../core/post-build/site-files.ts';
import type { BuildProblem, PostBuildStep } from '../../core/post-build/types.ts';
import {
	internalUrlsOf,
	pagePathOf,
	resolveLink,
	type SiteIndex,
} from '../publishing/link-check.ts';
import { cleanBase } from './portal-model.ts';

/**
 * Whether a link of a portal page leads into one of the district sites beside it on the host
 * (`/fengxiang/…`): those pages are the district build's, checked by its own link check.
 */
export function isDistrictLink(
	url: string,
	fromFile: string,
	portalBase: string,
	districtBases: readonly string[],
): boolean {
	const target = new URL(url, new URL(pagePathOf(fromFile, portalBase), 'http://site.invalid'));
	return districtBases.some((base) => target.pathname.startsWith(cleanBase(base)));
}

/** The portal's broken links: every link that is neither into a district site nor resolves. */
export function findPortalBrokenLinks(
	pages: Map<string, ParsedPage>,
	base: string,
	site: SiteIndex,
	districtBases: readonly string[],
): BuildProblem[] {
	const problems: BuildProblem[] = [];
	for (const [file, page] of pages) {
		for (const url of new Set(internalUrlsOf(page))) {
			if (url === '#' || url === '' || isDistrictLink(url, file, base, districtBases)) continue;
			const { problem } = resolveLink(url, file, base, site);
			if (problem) problems.push({ file, message: problem });
		}
	}
	return problems;
}

/** The link check of a portal: like a district's, with the district sites' paths left to them. */
export function portalLinkCheck(districtBases: readonly string[]): PostBuildStep {
	return {
		name: '链接检查',
		run({ dir, settings: { basePath: base } }) {
			const files = listSiteFiles(dir);
			const pages = new Map<string, ParsedPage>();
			for (const file of files.filter((name) => name.endsWith('.html'))) {
				pages.set(file, parsePage(readFileSync(path.join(dir, file), 'utf8')));
			}
			const site: SiteIndex = {
				files: new Set(files),
				ids: new Map([...pages].map(([file, page]) => [file, page.ids])),
			};
			return findPortalBrokenLinks(pages, base, site, districtBases);
		},
	};
}

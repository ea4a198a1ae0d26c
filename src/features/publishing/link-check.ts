import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage, srcsetUrls, type ParsedPage } from '../../core/post-build/html.ts';
import { listSiteFiles } from '../../core/post-build/site-files.ts';
import type { BuildProblem, PostBuildStep } from '../../core/post-build/types.ts';

/** The site URL path of a built HTML file, e.g. `centers/a/index.html` → `/base/centers/a/`. */
export function pagePathOf(file: string, base: string): string {
	const cleanBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const withoutIndex = file.replace(/(?:^|\/)index\.html$/, (match) =>
		match.startsWith('/') ? '/' : '',
	);
	return `${cleanBase}${withoutIndex}`;
}

/** The internal URLs a page links to or loads: `<a>`, `<link>`, images, scripts and sources. */
export function internalUrlsOf(page: ParsedPage): string[] {
	const urls: string[] = [];
	for (const { tag, attributes } of page.elements) {
		if ((tag === 'a' || tag === 'link') && attributes['href']) {
			if (tag === 'link' && /\b(?:canonical|alternate)\b/.test(attributes['rel'] ?? '')) continue;
			urls.push(attributes['href']);
		}
		if (['img', 'script', 'source', 'iframe'].includes(tag) && attributes['src'])
			urls.push(attributes['src']);
		if (attributes['srcset']) urls.push(...srcsetUrls(attributes['srcset']));
	}
	// Other schemes (mailto:, tel:, http(s) to other sites) are not the site's to check.
	return urls.filter((url) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//'));
}

/** What a link check needs of the built site: which files exist and which ids each page has. */
export interface SiteIndex {
	/** Site-relative file paths, e.g. `centers/a/index.html`. */
	files: Set<string>;
	/** Ids per HTML file. */
	ids: Map<string, Set<string>>;
}

/**
 * Resolves a link from a page to a file of the site: a folder URL means its index.html; a URL
 * outside the base path, or to nothing, is reported with why.
 */
export function resolveLink(
	url: string,
	fromFile: string,
	base: string,
	site: SiteIndex,
): { file?: string; problem?: string } {
	const pageUrl = new URL(pagePathOf(fromFile, base), 'http://site.invalid');
	const target = new URL(url, pageUrl);
	const cleanBase = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	let pathname: string;
	try {
		pathname = decodeURIComponent(target.pathname);
	} catch {
		return { problem: `链接 ${url} 的网址编码有误` };
	}
	if (!pathname.startsWith(cleanBase)) {
		return { problem: `链接 ${url} 不在站点路径 ${cleanBase} 之下，部署在子路径时会失效` };
	}
	const relative = pathname.slice(cleanBase.length);
	const candidates =
		relative === '' || relative.endsWith('/')
			? [`${relative}index.html`]
			: [relative, `${relative}/index.html`];
	const file = candidates.find((candidate) => site.files.has(candidate));
	if (!file) return { problem: `链接 ${url} 指向的页面或文件不存在` };
	const anchor = target.hash ? decodeURIComponent(target.hash.slice(1)) : '';
	if (anchor && file.endsWith('.html') && !site.ids.get(file)?.has(anchor)) {
		return { problem: `链接 ${url} 指向的锚点 #${anchor} 在目标页面中不存在` };
	}
	return { file };
}

/**
 * Whether a link is another build's to check: a portal leaves the links into the district sites
 * beside it to their own link checks.
 */
export type LinkLeftToOthers = (url: string, fromFile: string, base: string) => boolean;

/** Checks every internal link of every page; returns one problem per broken link. */
export function findBrokenLinks(
	pages: Map<string, ParsedPage>,
	base: string,
	site: SiteIndex,
	leftToOthers: LinkLeftToOthers = () => false,
): BuildProblem[] {
	const problems: BuildProblem[] = [];
	for (const [file, page] of pages) {
		for (const url of new Set(internalUrlsOf(page))) {
			if (url === '#' || url === '' || leftToOthers(url, file, base)) continue;
			const { problem } = resolveLink(url, file, base, site);
			if (problem) problems.push({ file, message: problem });
		}
	}
	return problems;
}

/** The link check step: every internal link and #anchor of the built site resolves, under its base path. */
export function linkCheckStep(leftToOthers?: LinkLeftToOthers): PostBuildStep {
	return {
		name: '链接检查',
		concurrent: true,
		cost: 10,
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
			return findBrokenLinks(pages, base, site, leftToOthers);
		},
	};
}

/** The link check of a site. */
export const linkCheck: PostBuildStep = linkCheckStep();

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePage, srcsetUrls, type HtmlElement } from '../../core/post-build/html.ts';
import { listSiteFiles } from '../../core/post-build/site-files.ts';
import type { BuildProblem, PostBuildStep } from '../../core/post-build/types.ts';

/** True for a URL that points at another host: `http:`, `https:`, `ws:` or protocol-relative. */
export function isExternalUrl(url: string): boolean {
	return /^\s*(?:(?:https?|wss?|ftp):)?\/\//i.test(url);
}

// Link relations that make the browser fetch the target by itself.
const LOADING_RELS = new Set([
	'stylesheet',
	'icon',
	'shortcut',
	'apple-touch-icon',
	'mask-icon',
	'preload',
	'modulepreload',
	'prefetch',
	'preconnect',
	'dns-prefetch',
	'manifest',
]);

/** The URLs an element makes the browser load (not the ones a reader may click). */
export function loadedUrls({ tag, attributes }: HtmlElement): string[] {
	const urls: string[] = [];
	const add = (name: string) => {
		if (attributes[name]) urls.push(attributes[name]);
	};
	switch (tag) {
		case 'link': {
			const rels = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
			if (rels.some((rel) => LOADING_RELS.has(rel))) add('href');
			break;
		}
		case 'script':
		case 'iframe':
		case 'embed':
		case 'audio':
		case 'track':
			add('src');
			break;
		case 'img':
		case 'source':
		case 'input':
			add('src');
			if (attributes['srcset']) urls.push(...srcsetUrls(attributes['srcset']));
			break;
		case 'video':
			add('src');
			add('poster');
			break;
		case 'object':
			add('data');
			break;
		case 'image':
		case 'use':
			add('href');
			add('xlink:href');
			break;
	}
	return urls;
}

/** `url(...)` and `@import` targets in CSS text. */
export function cssUrls(css: string): string[] {
	const urls: string[] = [];
	for (const match of css.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/gi)) urls.push(match[2] ?? '');
	for (const match of css.matchAll(/@import\s+(['"])(.*?)\1/gi)) urls.push(match[2] ?? '');
	return urls;
}

/** Network calls in JavaScript that name another host: fetch(), import(), `import … from`. */
export function scriptExternalLoads(js: string): string[] {
	const patterns = [
		/\b(?:fetch|import|importScripts|sendBeacon|EventSource|WebSocket)\s*\(\s*(['"`])((?:(?:https?|wss?):)?\/\/[^'"`]*)\1/g,
		/\bfrom\s*(['"])((?:https?:)?\/\/[^'"]*)\1/g,
		/\bimport\s*(['"])((?:https?:)?\/\/[^'"]*)\1/g,
	];
	return patterns.flatMap((pattern) => [...js.matchAll(pattern)].map((match) => match[2] ?? ''));
}

/** Every external resource a built file would load, with what it is. */
export function findExternalLoads(file: string, text: string): string[] {
	const extension = path.extname(file).toLowerCase();
	if (extension === '.html' || extension === '.svg') {
		const page = parsePage(text);
		return [...page.elements.flatMap(loadedUrls), ...page.styleText.flatMap(cssUrls)].filter(
			isExternalUrl,
		);
	}
	if (extension === '.css') return cssUrls(text).filter(isExternalUrl);
	if (extension === '.js' || extension === '.mjs') return scriptExternalLoads(text);
	return [];
}

/** The offline guarantee: no built HTML, CSS, JS or SVG loads anything from another host. */
export const offlineCheck: PostBuildStep = {
	name: '离线检查（不从其他网站加载资源）',
	concurrent: true,
	cost: 6,
	run({ dir }) {
		const problems: BuildProblem[] = [];
		for (const file of listSiteFiles(dir)) {
			if (!/\.(?:html|css|m?js|svg)$/i.test(file)) continue;
			for (const url of findExternalLoads(file, readFileSync(path.join(dir, file), 'utf8'))) {
				problems.push({
					file,
					message: `从其他网站加载资源：${url}。内网没有互联网，请把该文件放进站点（如 public/ 或 content/images/）后用站内地址引用。`,
				});
			}
		}
		return problems;
	},
};

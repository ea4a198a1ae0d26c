/** The files each template offers, where they are built and what they are called when saved. */
import { entryPath } from '../lib/urls.ts';
import type { TemplateMeta } from './template-meta.ts';

export const downloadFormats = {
	docx: {
		extension: 'docx',
		label: 'Word 文档',
		type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	},
	md: { extension: 'md', label: 'Markdown 文本', type: 'text/markdown; charset=utf-8' },
} as const;

export type DownloadFormat = keyof typeof downloadFormats;

/**
 * The site path of a template's download, e.g. `/systems/station-study.docx`: next to the page
 * folder (Astro writes an endpoint named `[slug].docx.ts` as a file, whatever `build.format`).
 */
export function downloadPath(slug: string, format: DownloadFormat): string {
	return `${entryPath('systems', slug).replace(/\/$/, '')}.${downloadFormats[format].extension}`;
}

/** The file name a browser saves the download under: the template's Chinese title. */
export function downloadFileName(
	meta: Pick<TemplateMeta, 'title'>,
	format: DownloadFormat,
): string {
	const safe = meta.title.replace(/[\\/:*?"<>|\s]+/g, '');
	return `${safe}.${downloadFormats[format].extension}`;
}

/** The files each template offers, where they are built and what they are called when saved. */
import { entryPath } from '../../core/urls.ts';
import type { SystemMeta } from './system-meta.ts';

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
export function downloadFileName(meta: Pick<SystemMeta, 'title'>, format: DownloadFormat): string {
	const safe = meta.title.replace(/[\\/:*?"<>|\s]+/g, '');
	return `${safe}.${downloadFormats[format].extension}`;
}

/** One download of a template, ready for a link or a button. */
export interface SystemDownload {
	format: DownloadFormat;
	/** Site path, before the base path. */
	path: string;
	fileName: string;
	label: string;
	extension: string;
	type: string;
}

/** The downloads of a template, Word first. */
export function systemDownloads(meta: Pick<SystemMeta, 'slug' | 'title'>): SystemDownload[] {
	return (Object.keys(downloadFormats) as DownloadFormat[]).map((format) => ({
		format,
		path: downloadPath(meta.slug, format),
		fileName: downloadFileName(meta, format),
		...downloadFormats[format],
	}));
}

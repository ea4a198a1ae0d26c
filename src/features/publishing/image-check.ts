import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parsePage, type ParsedPage } from '../../core/post-build/html.ts';
import { listSiteFiles } from '../../core/post-build/site-files.ts';
import type { BuildProblem, PostBuildStep } from '../../core/post-build/types.ts';

/** The largest picture a page may load: a weak mobile connection fetches 200 KB in about a second. */
export const MAX_IMAGE_BYTES = 200 * 1024;

const IMAGE_FILE = /\.(?:webp|avif|jpe?g|png|gif|svg)$/i;

/** Built pictures over the size limit. */
export function oversizedImages(
	files: readonly { file: string; bytes: number }[],
	limit = MAX_IMAGE_BYTES,
): BuildProblem[] {
	return files
		.filter(({ file, bytes }) => IMAGE_FILE.test(file) && bytes > limit)
		.map(({ file, bytes }) => ({
			file,
			message: `图片有 ${Math.round(bytes / 1024)} KB，超过 ${Math.round(limit / 1024)} KB 的上限。请缩小原图（宽度 2000 像素以内通常足够），或在页面中用 <Image> 指定较小的 widths。`,
		}));
}

/**
 * `<img>` elements without `width` and `height` (the page jumps while it loads) or without `alt`
 * (a screen reader reads the file name). `alt=""` is allowed: it marks a decorative picture.
 */
export function imagesWithoutAttributes(file: string, page: ParsedPage): BuildProblem[] {
	return page.elements
		.filter(({ tag }) => tag === 'img')
		.flatMap(({ attributes }) => {
			const missing = ['width', 'height', 'alt'].filter((name) => !(name in attributes));
			if (missing.length === 0) return [];
			return [
				{
					file,
					message: `图片 ${attributes['src'] ?? '（无 src）'} 缺少 ${missing.join('、')} 属性。请用 astro:assets 的 <Image> 显示图片，并写明 alt。`,
				},
			];
		});
}

/** The picture check: no built picture over 200 KB, every `<img>` with width, height and alt. */
export const imageCheck: PostBuildStep = {
	name: '图片检查（大小、尺寸和替代文字）',
	concurrent: true,
	cost: 6.5,
	run({ dir }) {
		const files = listSiteFiles(dir);
		return [
			...oversizedImages(
				files.map((file) => ({ file, bytes: statSync(path.join(dir, file)).size })),
			),
			...files
				.filter((file) => file.endsWith('.html'))
				.flatMap((file) =>
					imagesWithoutAttributes(file, parsePage(readFileSync(path.join(dir, file), 'utf8'))),
				),
		];
	},
};

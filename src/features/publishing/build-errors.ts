/**
 * Astro's and Vite's own errors, read from what `astro build` printed, in the editor's terms:
 * the source file and line (the entry whose picture failed, not the picture or the built page),
 * what went wrong in Chinese, and what to do. The stack trace is left out unless asked for.
 */
import path from 'node:path';
import { explainMdxError } from './mdx-errors.ts';

/** An error of a build stage as an editor reads it. */
export interface ExplainedError {
	/** `content/x.mdx:12:3`-style place, when the error names a file of the content folder. */
	where?: string;
	message: string;
}

/** Where a picture of the content folder is named: the entry file, line and field. */
export interface PictureUse {
	file: string;
	line: number;
	field: string;
	/** The picture's path as the entry writes it. */
	src?: string;
}

/** The parts of Astro's error print-out: the message, and the file it names. */
export function parseAstroError(output: string): {
	message: string;
	file?: string;
	line?: number;
	column?: number;
} {
	const lines = output.split('\n');
	const errorAt = lines.findIndex((line) => /\[ERROR\]/.test(line));
	const after = lines.slice(errorAt >= 0 ? errorAt : 0);
	const stack = after.findIndex((line) => /^\s*Stack trace:/.test(line));
	const body = (stack >= 0 ? after.slice(0, stack) : after).filter((line) => line.trim() !== '');
	const locationAt = body.findIndex((line) => /^\s*Location:/.test(line));
	const location = locationAt >= 0 ? body[locationAt + 1]?.trim() : undefined;
	const place = location ? /^(.*?):(\d+)(?::(\d+))?$/.exec(location) : null;
	const messageLines = (locationAt >= 0 ? body.slice(0, locationAt) : body).filter(
		(line) => !/\[ERROR\] \[vite\] ✗ Build failed/.test(line),
	);
	const message = messageLines
		.map((line) => line.replace(/^\S*\s*\[ERROR\]\s*(?:\[[\w:-]+\]\s*)?/, '').trim())
		.filter(Boolean)
		.join(' ');
	return {
		message: message || (lines.find((line) => line.trim()) ?? '').trim(),
		...(place
			? {
					file: place[1],
					line: Number(place[2]),
					...(place[3] ? { column: Number(place[3]) } : {}),
				}
			: {}),
	};
}

const PICTURE = /\.(?:jpe?g|png|webp|gif|avif|tiff?|svg)$/i;

/**
 * Explains a failed `astro build` from its printed output. `picturesNamed` finds the entries that
 * name a picture of the content folder (read only when a picture failed).
 */
export function explainAstroFailure(
	output: string,
	contentDir: string,
	picturesNamed: (contentRelative: string) => PictureUse[],
): ExplainedError {
	const parsed = parseAstroError(output);
	// Some errors name the picture in the message rather than in the location.
	const named =
		parsed.file ??
		/(\/[^\s'"`]+\.(?:jpe?g|png|webp|gif|avif|tiff?|svg))/i.exec(parsed.message)?.[1];
	const relative = named ? path.relative(contentDir, named) : undefined;
	const inContent =
		relative !== undefined && !relative.startsWith('..') && !path.isAbsolute(relative);
	const contentFolder = path.basename(contentDir);
	if (inContent && PICTURE.test(relative)) {
		const uses = picturesNamed(relative.split(path.sep).join('/'));
		const where = uses
			.map((use) => `${contentFolder}/${use.file}:${use.line}  ${use.field}`)
			.join('、');
		return {
			...(uses[0] ? { where } : {}),
			message: `图片 ${contentFolder}/${relative} 无法处理：文件可能已损坏，或不是它的扩展名所说的格式。请用图片软件重新导出为 .webp 或 .jpg 后替换。（原文：${parsed.message}）`,
		};
	}
	if (inContent && /\.mdx?$/.test(relative)) {
		const mdx = /mdx|jsx|expression|acorn|oxc|closing tag|unexpected/i.test(parsed.message)
			? explainMdxError(`${parsed.line ?? 1}:${parsed.column ?? 1}: ${parsed.message}`)
			: { message: `这个文件无法生成网页：${parsed.message}` };
		return {
			where: `${contentFolder}/${relative}${parsed.line ? `:${parsed.line}` : ''}`,
			message: mdx.message,
		};
	}
	return {
		message: `Astro 生成网页时出错：${parsed.message || '没有给出原因'}。这通常不是内容的问题：请把这条信息（设置 DEBUG=1 再运行可以看到详细过程）发给维护网站的技术人员。`,
	};
}

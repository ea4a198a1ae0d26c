import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { ContentProblem } from './problem.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Han characters among the first characters of a text: a sign it was decoded right. */
function looksChinese(text: string): boolean {
	const sample = text.slice(0, 2000);
	const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
	return han > 0 && !sample.includes('\uFFFD');
}

/**
 * The text of a content file, or why it cannot be read. Content is UTF-8 (a byte-order mark is
 * allowed, and skipped by the readers); a file saved as GBK/GB18030 by Chinese Windows is refused
 * with the fix, rather than guessed at and published as mojibake.
 */
export function decodeContentFile(
	file: string,
	bytes: Uint8Array,
): { text: string } | { problem: ContentProblem } {
	try {
		return { text: utf8.decode(bytes) };
	} catch {
		const gbk = looksChinese(iconv.decode(Buffer.from(bytes), 'gb18030'));
		return {
			problem: {
				file,
				line: 1,
				message: `文件不是 UTF-8 编码${gbk ? '（看起来是 GBK/GB18030，中文 Windows 的默认编码）' : ''}，请另存为 UTF-8：在记事本中选“另存为”，编码选“UTF-8”；在 WPS 或 VS Code 中选“UTF-8”编码保存。`,
			},
		};
	}
}

/** Whether `target` is `folder` itself or inside it. */
function isInside(folder: string, target: string): boolean {
	const relative = path.relative(folder, target);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Where a path named by content really is, or why it is refused: every file content names must be
 * inside the content folder, also after following symbolic links (a link to `/etc/passwd` or to a
 * file outside the repository would otherwise be published).
 */
export function confinedPath(
	root: string,
	contentRelative: string,
): { absolute: string } | { outside: 'path' | 'link' } {
	const realRoot = realpathSync(root);
	const absolute = path.resolve(root, contentRelative);
	if (!isInside(path.resolve(root), absolute)) return { outside: 'path' };
	let real: string;
	try {
		real = realpathSync(absolute);
	} catch {
		// Missing: reported by the caller as missing, once the path itself is known to be inside.
		return { absolute };
	}
	return isInside(realRoot, real) ? { absolute } : { outside: 'link' };
}

/** Whether a path is a symbolic link (without following it). */
export function isSymbolicLink(absolute: string): boolean {
	try {
		return lstatSync(absolute).isSymbolicLink();
	} catch {
		return false;
	}
}

/** Reads a content file as text, or says why not (a link out of `content/`, not UTF-8). */
export function readContentFile(
	root: string,
	file: string,
): { text: string } | { problem: ContentProblem } {
	const confined = confinedPath(root, file);
	if ('outside' in confined) {
		return {
			problem: {
				file,
				line: 1,
				message:
					'这个文件是指向 content/ 之外的链接（符号链接），不能发布。请把真正的文件复制到这里。',
			},
		};
	}
	return decodeContentFile(file, readFileSync(confined.absolute));
}

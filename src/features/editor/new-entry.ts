import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CheckerSchemas } from '../../core/content-check/validate.ts';
import { readContent } from '../../core/content-check/read-content.ts';
import { entryIdOf } from '../../core/content-check/validate.ts';
import { slugField } from '../../core/schemas/fields.ts';
import { writeFilesAtomically } from './entry-file.ts';
import { kindFolder, kindLabel, type EntryKind } from './kinds.ts';
import { scaffoldEntry } from './scaffold.ts';
import { slugFromName } from './slug.ts';

/** A new entry created by `npm run new`, or why it was not. */
export type NewEntryResult =
	{ ok: true; file: string; slug: string } | { ok: false; message: string };

/**
 * Creates a new entry of a kind from its Chinese name, with a pinyin slug (or the one given).
 * Refuses when the file exists or another entry of the kind already uses the slug.
 */
export function createEntry(
	schemas: CheckerSchemas,
	root: string,
	kind: EntryKind,
	name: string,
	slug = slugFromName(name, kind),
): NewEntryResult {
	if (!name.trim())
		return { ok: false, message: '请写上名称，例如 npm run new -- stations 田北村同心实践站' };
	if (!slugField.safeParse(slug).success) {
		return {
			ok: false,
			message: `网址名“${slug}”不合格：只能用小写英文字母、数字和连字符。请用 --slug 另写一个，例如 --slug tianbei-village。`,
		};
	}
	const { folder, extension } = kindFolder(kind);
	const file = `${folder}/${slug}${extension}`;
	if (existsSync(path.join(root, file))) {
		return {
			ok: false,
			message: `content/${file} 已经存在，没有覆盖它。要另建一个，请用 --slug 写一个不同的网址名。`,
		};
	}
	const owner = (readContent(root).entries.get(kind) ?? []).find(
		(entry) => entryIdOf(kind, entry, entry.data) === slug,
	);
	if (owner) {
		return {
			ok: false,
			message: `网址名“${slug}”已被 content/${owner.file} 使用，没有新建。请用 --slug 写一个不同的网址名。`,
		};
	}
	writeFilesAtomically([
		{ file: path.join(root, file), text: scaffoldEntry(schemas, kind, name.trim(), slug) },
	]);
	return { ok: true, file, slug };
}

/** What to tell the editor after a new entry was made. */
export function nextSteps(kind: EntryKind, file: string): string {
	return [
		`已新建${kindLabel(kind)}：content/${file}`,
		'下一步：',
		`  1. 打开这个文件，把冒号后面空着的必填字段填上，把正文里的“【请填写】”换成真实内容；`,
		`  2. 图片放到 content/images/${kind}/，在 cover 里写路径和说明；`,
		'  3. 运行 npm run check，按提示改到没有问题为止。',
	].join('\n');
}

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { collectionSources, otherContentFiles } from '../collections.ts';
import type { CollectionName } from '../collections.ts';
import type { ContentProblem } from './problem.ts';
import { readMarkdownEntry, readYamlList, readYamlSingle, type RawEntry } from './source-file.ts';
import { confinedPath, isSymbolicLink, readContentFile } from './text-file.ts';

/** Every raw entry of the content folder, by collection, with the problems met while reading. */
export interface RawContent {
	entries: Map<CollectionName, RawEntry[]>;
	problems: ContentProblem[];
}

/**
 * Every file below a folder, hidden ones left out. Symbolic links are listed, never followed
 * (Node's own recursive listing follows links to folders).
 */
function filesBelow(folder: string): string[] {
	if (!existsSync(folder)) return [];
	const files: string[] = [];
	for (const dirent of readdirSync(folder, { withFileTypes: true })) {
		if (dirent.name.startsWith('.')) continue;
		const absolute = path.join(folder, dirent.name);
		if (dirent.isDirectory()) files.push(...filesBelow(absolute));
		else files.push(absolute);
	}
	return files.sort();
}

/**
 * Files in a collection's folder that no collection reads: `stations/x.md.txt`, `cases/x.docx`,
 * `figures/figures.yaml.bak`. They are never published, which is what an editor who put them
 * there usually did not mean: a warning. (Other folders, such as `images/`, hold files that
 * entries name; the top of `content/` may hold files the site settings name.)
 */
function strayFiles(root: string, relative: (absolute: string) => string): ContentProblem[] {
	const read = new Set<string>(otherContentFiles);
	const folders = new Map<string, string | undefined>();
	for (const source of Object.values(collectionSources)) {
		if (source.type === 'folder') folders.set(source.folder, source.extension);
		else {
			read.add(source.file);
			const folder = source.file.split('/')[0]!;
			if (folder !== source.file && !folders.has(folder)) folders.set(folder, undefined);
		}
	}
	const problems: ContentProblem[] = [];
	for (const [folder, extension] of folders) {
		for (const absolute of filesBelow(path.join(root, folder))) {
			const file = relative(absolute);
			if (read.has(file) || (extension && file.endsWith(extension))) continue;
			problems.push({
				file,
				severity: 'warning',
				message: extension
					? `这个文件不会被读取：${folder}/ 里只读 ${extension} 文件。要发布它，请把文件名改成以 ${extension} 结尾；不需要的话请移出 content/。`
					: `这个文件不会被读取：${folder}/ 里只读 ${[...read].filter((name) => name.startsWith(`${folder}/`)).join('、')}。不需要的话请移出 content/。`,
			});
		}
	}
	return problems;
}

/**
 * Symbolic links anywhere in `content/` that lead out of it. Astro follows links, also to
 * folders, so a link to a file outside the repository would be published unchecked.
 */
function linksLeaving(root: string, relative: (absolute: string) => string): ContentProblem[] {
	return filesBelow(root)
		.filter((absolute) => isSymbolicLink(absolute))
		.flatMap((absolute) => {
			const file = relative(absolute);
			const confined = confinedPath(root, file);
			const folder = 'absolute' in confined && statSync(absolute).isDirectory();
			if (!('outside' in confined) && !folder) return [];
			return [
				{
					file,
					line: 1,
					message: folder
						? '这是指向文件夹的链接（符号链接），不能发布。请把文件直接放在 content/ 里。'
						: '这是指向 content/ 之外的链接（符号链接），不能发布。请把真正的文件复制到这里。',
				},
			];
		});
}

/** Reads all of `content/` as the Astro loaders would, but keeps line numbers for messages. */
export function readContent(root: string): RawContent {
	const entries = new Map<CollectionName, RawEntry[]>();
	const problems: ContentProblem[] = [];
	const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');

	for (const [name, source] of Object.entries(collectionSources) as [
		CollectionName,
		(typeof collectionSources)[CollectionName],
	][]) {
		const found: RawEntry[] = [];
		if (source.type === 'folder') {
			for (const absolute of filesBelow(path.join(root, source.folder))) {
				if (!absolute.endsWith(source.extension)) continue;
				// Links out of content/ are reported once, by linksLeaving().
				if (isSymbolicLink(absolute) && 'outside' in confinedPath(root, relative(absolute)))
					continue;
				const file = relative(absolute);
				const read = readContentFile(root, file);
				if ('problem' in read) {
					problems.push(read.problem);
					continue;
				}
				const result = readMarkdownEntry(file, read.text);
				problems.push(...result.problems);
				if (result.entry) found.push(result.entry);
			}
		} else {
			const absolute = path.join(root, source.file);
			const read = existsSync(absolute) ? readContentFile(root, source.file) : undefined;
			if (!read) {
				problems.push({ file: source.file, message: '缺少这个文件。' });
			} else if ('problem' in read) {
				problems.push(read.problem);
			} else if (source.type === 'list') {
				const result = readYamlList(source.file, read.text);
				problems.push(...result.problems);
				found.push(...result.entries);
			} else {
				const result = readYamlSingle(source.file, read.text);
				problems.push(...result.problems);
				if (result.entry) found.push(result.entry);
			}
		}
		entries.set(name, found);
	}
	const links = linksLeaving(root, relative);
	const reported = new Set(links.map((problem) => problem.file));
	problems.push(
		...links,
		...strayFiles(root, relative).filter((problem) => !reported.has(problem.file)),
	);
	return { entries, problems };
}

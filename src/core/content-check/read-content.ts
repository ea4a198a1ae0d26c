import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { collectionSources } from '../collections.ts';
import type { CollectionName } from '../collections.ts';
import type { ContentProblem } from './problem.ts';
import { readMarkdownEntry, readYamlList, readYamlSingle, type RawEntry } from './source-file.ts';

/** Every raw entry of the content folder, by collection, with the problems met while reading. */
export interface RawContent {
	entries: Map<CollectionName, RawEntry[]>;
	problems: ContentProblem[];
}

function filesBelow(folder: string, extension: string): string[] {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile() && dirent.name.endsWith(extension))
		.map((dirent) => path.join(dirent.parentPath, dirent.name))
		.sort();
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
			for (const absolute of filesBelow(path.join(root, source.folder), source.extension)) {
				const result = readMarkdownEntry(relative(absolute), readFileSync(absolute, 'utf8'));
				problems.push(...result.problems);
				if (result.entry) found.push(result.entry);
			}
		} else {
			const absolute = path.join(root, source.file);
			if (!existsSync(absolute)) {
				problems.push({ file: source.file, message: '缺少这个文件。' });
			} else if (source.type === 'list') {
				const result = readYamlList(source.file, readFileSync(absolute, 'utf8'));
				problems.push(...result.problems);
				found.push(...result.entries);
			} else {
				const result = readYamlSingle(source.file, readFileSync(absolute, 'utf8'));
				problems.push(...result.problems);
				if (result.entry) found.push(result.entry);
			}
		}
		entries.set(name, found);
	}
	return { entries, problems };
}

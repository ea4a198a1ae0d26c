import { collectionSources } from '../collections.ts';
import { collectionLabels } from '../collections.ts';
import type { CollectionName } from '../collections.ts';
import { formatFieldPath, type ContentProblem } from './problem.ts';
import type { CheckedEntry } from './validate.ts';

function whereEntriesLive(collection: CollectionName): string {
	const source = collectionSources[collection];
	return source.type === 'folder' ? `content/${source.folder}/` : `content/${source.file}`;
}

/** Two entries of one collection with the same id (slug): both are reported. */
export function findDuplicateIds(entries: readonly CheckedEntry[]): ContentProblem[] {
	const byKey = new Map<string, CheckedEntry[]>();
	for (const entry of entries) {
		const key = `${entry.collection}\u0000${entry.id}`;
		byKey.set(key, [...(byKey.get(key) ?? []), entry]);
	}
	const problems: ContentProblem[] = [];
	for (const group of byKey.values()) {
		if (group.length < 2) continue;
		for (const entry of group) {
			const others = group.filter((other) => other !== entry).map((other) => other.raw.file);
			const field = collectionSources[entry.collection].type === 'folder' ? 'slug' : 'id';
			problems.push({
				file: entry.raw.file,
				line: entry.raw.lineOf([field]),
				field,
				message: `编号“${entry.id}”重复：${others.join('、')} 也用了它。每个条目的编号必须不同，请改掉其中一个。`,
			});
		}
	}
	return problems;
}

/** References to entries that do not exist, naming the file, the field and the missing target. */
export function findBrokenReferences(entries: readonly CheckedEntry[]): ContentProblem[] {
	const known = new Set(entries.map((entry) => `${entry.collection}\u0000${entry.id}`));
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		for (const { path: fieldPath, target } of entry.references) {
			if (known.has(`${target.collection}\u0000${target.id}`)) continue;
			problems.push({
				file: entry.raw.file,
				line: entry.raw.lineOf(fieldPath),
				field: formatFieldPath(fieldPath),
				message: `引用的${collectionLabels[target.collection]}“${target.id}”不存在（${target.collection}/${target.id}）。请检查拼写，或先在 ${whereEntriesLive(target.collection)} 中添加它。`,
			});
		}
	}
	return problems;
}

/**
 * Pictures named by entries that cannot be published: missing, outside `content/`, not the
 * format their name says, an SVG that carries a script. `pictureProblem` is injected so tests
 * need no files.
 */
export function findPictureProblems(
	entries: readonly CheckedEntry[],
	pictureProblem: (fromFile: string, src: string) => string | undefined,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		for (const image of entry.images) {
			const message = pictureProblem(entry.raw.file, image.src);
			if (!message) continue;
			problems.push({
				file: entry.raw.file,
				line: entry.raw.lineOf(image.path),
				field: formatFieldPath(image.path),
				message,
			});
		}
	}
	return problems;
}

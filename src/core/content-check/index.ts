import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CollectionName } from '../collections.ts';
import { sortProblems, type ContentProblem } from './problem.ts';
import { readContent, type RawContent } from './read-content.ts';
import type { ContentModel } from './rules.ts';
import { validateEntries } from './validate.ts';

export { formatProblem, isError, type ContentProblem } from './problem.ts';
export type { ContentModel, ContentRule } from './rules.ts';

/** What `checkContent` found: every problem, and how many entries each collection holds. */
export interface ContentReport {
	problems: ContentProblem[];
	counts: Partial<Record<CollectionName, number>>;
}

/**
 * Checks the whole content folder the way the build reads it — schemas, unique ids, references,
 * images — and returns every problem at once, each with its file, line and field. A caller that
 * has read the folder already passes what it read.
 */
export function checkContent(
	root: string,
	model: ContentModel,
	raw: RawContent = readContent(root),
): ContentReport {
	const { checked, problems } = validateEntries(raw.entries, model.schemas);
	const counts: Partial<Record<CollectionName, number>> = {};
	for (const [collection, entries] of raw.entries) counts[collection] = entries.length;
	const context = {
		root,
		exists: (relative: string) => existsSync(path.join(root, relative)),
		schemas: model.schemas,
	};
	return {
		problems: sortProblems([
			...raw.problems,
			...problems,
			...model.rules.flatMap((rule) => rule(checked, context)),
		]),
		counts,
	};
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import { findMisplacedPoints } from '../../features/map/content-rule.ts';
import type { CollectionName } from '../schemas/helpers.ts';
import { personalDataRule } from '../../features/publishing/personal-data-rule.ts';
import { caseComponentRule } from '../../features/cases/component-rule.ts';
import { checkSystemBodies } from '../../features/systems/content-rule.ts';
import { findBrokenReferences, findDuplicateIds, findMissingImages } from './cross-check.ts';
import { findPlaceholders } from './placeholders.ts';
import { sortProblems, type ContentProblem } from './problem.ts';
import { readContent } from './read-content.ts';
import type { ContentRule } from './rules.ts';
import { validateEntries } from './validate.ts';

export { formatProblem, type ContentProblem } from './problem.ts';

/** What `checkContent` found: every problem, and how many entries each collection holds. */
export interface ContentReport {
	problems: ContentProblem[];
	counts: Partial<Record<CollectionName, number>>;
}

/**
 * The checks across entries, in the order their problems are found. `npm run import` runs the same
 * list over the rows of a ledger, so a rule added here (such as the personal-data guard of the
 * publishing step) also stops a ledger that breaks it.
 */
export const contentRules: ContentRule[] = [
	findDuplicateIds,
	findBrokenReferences,
	(entries, { exists }) => findMissingImages(entries, exists),
	personalDataRule,
	findMisplacedPoints,
	findPlaceholders,
	caseComponentRule,
	checkSystemBodies,
];

/**
 * Checks the whole content folder the way the build reads it — schemas, unique ids, references,
 * images — and returns every problem at once, each with its file, line and field.
 */
export function checkContent(root: string): ContentReport {
	const raw = readContent(root);
	const { checked, problems } = validateEntries(raw.entries);
	const counts: Partial<Record<CollectionName, number>> = {};
	for (const [collection, entries] of raw.entries) counts[collection] = entries.length;
	const context = { root, exists: (relative: string) => existsSync(path.join(root, relative)) };
	return {
		problems: sortProblems([
			...raw.problems,
			...problems,
			...contentRules.flatMap((rule) => rule(checked, context)),
		]),
		counts,
	};
}

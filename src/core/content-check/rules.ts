import type { ContentProblem } from './problem.ts';
import type { CheckedEntry } from './validate.ts';

/** What a rule may look at besides the entries: the content folder, to find files in it. */
export interface RuleContext {
	/** Absolute path of the content folder. */
	root: string;
	/** Whether a path relative to the content folder exists. */
	exists: (contentRelativePath: string) => boolean;
}

/**
 * A check across entries that runs after each entry passed its schema (unique ids, references,
 * images…). Add a rule by writing a function of this shape and listing it in `index.ts`.
 */
export type ContentRule = (
	entries: readonly CheckedEntry[],
	context: RuleContext,
) => ContentProblem[];

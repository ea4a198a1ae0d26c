import type { ContentProblem } from './problem.ts';
import type { CheckedEntry, CheckerSchemas } from './validate.ts';

/** What a rule may look at besides the entries: the content folder and the schemas. */
export interface RuleContext {
	/** Absolute path of the content folder. */
	root: string;
	/** Whether a path relative to the content folder exists. */
	exists: (contentRelativePath: string) => boolean;
	/** The schemas the entries were checked with (to read field metadata such as internal-only). */
	schemas: CheckerSchemas;
}

/**
 * A check across entries that runs after each entry passed its schema (unique ids, references,
 * images…). A feature writes its rule as a function of this shape; `src/site/content-rules.ts`
 * lists the rules the site checks.
 */
export type ContentRule = (
	entries: readonly CheckedEntry[],
	context: RuleContext,
) => ContentProblem[];

/**
 * What the checker checks content against: the schemas and the rules across entries. The site
 * assembles its model at the top (`src/site/content-rules.ts`); the checker knows none of them.
 */
export interface ContentModel {
	schemas: CheckerSchemas;
	rules: readonly ContentRule[];
}

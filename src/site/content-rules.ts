/**
 * What `npm run check`, `npm run build` and `npm run import` check content against: every
 * collection's schema, then the rules across entries, in the order their problems are found.
 * The checker (`src/core/content-check/`) knows none of them; a feature's rule is listed here.
 */
import {
	findBrokenReferences,
	findDuplicateIds,
	findPictureProblems,
} from '../core/content-check/cross-check.ts';
import { pictureFileProblem } from '../core/content-check/picture-files.ts';
import { findPlaceholders } from '../core/content-check/placeholders.ts';
import type { ContentModel, ContentRule } from '../core/content-check/rules.ts';
import { checkerHelpers } from '../core/content-check/validate.ts';
import { caseComponentRule } from '../features/cases/component-rule.ts';
import { figureCrossCheck } from '../features/figures/content-rule.ts';
import { findMisplacedPoints } from '../features/map/content-rule.ts';
import { bodyRule } from '../features/publishing/body-rule.ts';
import { personalDataRule } from '../features/publishing/personal-data-rule.ts';
import { bodyOptions } from './markdown.ts';
import { checkSystemBodies } from '../features/systems/content-rule.ts';
import { collectionSchemas } from './collections.ts';
import { wordingRule } from '../features/wording/content-rule.ts';

/**
 * The rules across entries. `npm run import` runs the same list over the rows of a ledger, so a
 * rule added here (such as the personal-data guard) also stops a ledger that breaks it.
 */
export const contentRules: readonly ContentRule[] = [
	findDuplicateIds,
	findBrokenReferences,
	(entries, { root }) =>
		findPictureProblems(entries, (fromFile, src) => pictureFileProblem(root, fromFile, src)),
	personalDataRule,
	findMisplacedPoints,
	findPlaceholders,
	caseComponentRule,
	checkSystemBodies,
	figureCrossCheck,
	bodyRule(bodyOptions),
	wordingRule,
];

/** The site's content model: the schemas (with the checker's helpers) and the rules. */
export const contentModel: ContentModel = {
	schemas: collectionSchemas(checkerHelpers),
	rules: contentRules,
};

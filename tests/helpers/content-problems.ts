import { afterEach } from 'vitest';
import { checkContent, type ContentProblem } from '../../src/core/content-check/index.ts';
import { copyContent, type FixtureCopy } from './fixture-content.ts';
import { contentModel } from '../../src/site/content-rules.ts';

/**
 * For a test file about editor mistakes: `problemsAfter(change)` copies the fixture content,
 * applies the change and returns what `npm run check` would report; each copy is removed after
 * its test.
 */
export function fixtureChecker(source?: string) {
	let current: FixtureCopy | undefined;
	afterEach(() => {
		current?.dispose();
		current = undefined;
	});
	return {
		problemsAfter: (change: (copy: FixtureCopy) => void): ContentProblem[] => {
			current = copyContent(source);
			change(current);
			return checkContent(current.root, contentModel).problems;
		},
		/** The copy the last `problemsAfter` made, to read what the change left. */
		lastCopy: (): FixtureCopy => {
			if (!current) throw new Error('problemsAfter has not run in this test');
			return current;
		},
	};
}

/**
 * The trust boundary's bad-input table (`tests/helpers/bad-inputs.ts`), as `npm run check` decides
 * it: each refused case names its file and line in Chinese, each warning is only a warning, each
 * accepted case passes. The cases that need a build are in tests/site/trust-boundary.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isError } from '../../../src/core/content-check/problem.ts';
import { badInputs, expectedLine } from '../../helpers/bad-inputs.ts';
import { fixtureChecker } from '../../helpers/content-problems.ts';

const { problemsAfter, lastCopy } = fixtureChecker();

describe.each(['refused', 'warning', 'accepted'] as const)('inputs the check %s', (outcome) => {
	const cases = badInputs.filter((input) => input.outcome === outcome);
	it.each(cases.map((input) => [`${input.area}: ${input.name}`, input] as const))(
		'%s',
		(_, input) => {
			const started = performance.now();
			const problems = problemsAfter(input.plant);
			// A refusal comes at once (a "billion laughs" document must not expand first).
			expect(performance.now() - started).toBeLessThan(15_000);
			const errors = problems.filter(isError);
			if (outcome === 'accepted') {
				expect(problems).toEqual([]);
				return;
			}
			if (outcome === 'warning') {
				expect(errors).toEqual([]);
				expect(problems).toEqual([
					expect.objectContaining({
						file: input.file,
						severity: 'warning',
						message: expect.stringContaining(input.message!),
					}),
				]);
				return;
			}
			const line = expectedLine(input, lastCopy());
			expect(line, 'the planted line').toBeDefined();
			expect(errors, JSON.stringify(errors)).toContainEqual(
				expect.objectContaining({
					file: input.file,
					line,
					message: expect.stringContaining(input.message!),
				}),
			);
			for (const problem of errors) {
				expect(problem.message).toMatch(/\p{Script=Han}/u);
				expect(problem.message).not.toMatch(/\n\s+at /);
			}
		},
	);
});

it('holds at least 60 cases across every area', () => {
	expect(badInputs.length).toBeGreaterThanOrEqual(60);
	expect(new Set(badInputs.map((input) => input.area)).size).toBe(9);
});

/** The wording check (错敏词): the dictionary, the hits, the setting and the per-entry allow list. */
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../../src/core/content-check/problem.ts';
import { readWordingDictionary } from '../../../src/features/wording/content-rule.ts';
import { findWording } from '../../../src/features/wording/wording.ts';
import { fixtureChecker } from '../../helpers/content-problems.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';

const dictionary = [
	{ wrong: '人仕', correct: '人士' },
	{ wrong: '党外代表人仕', correct: '党外代表人士' },
	{ wrong: '统站部', correct: '统战部', note: '“战”字写错' },
];
const DICTIONARY = `- wrong: 统站部\n  correct: 统战部\n  note: “战”字写错\n- wrong: 新社会阶层人士\n  correct: 新的社会阶层人士\n`;
const { problemsAfter } = fixtureChecker();
const wordingProblems = (problems: ContentProblem[]) =>
	problems.filter((problem) => problem.message.startsWith('错敏词'));

describe('findWording', () => {
	it('finds each wrong wording, the longer one where two overlap', () => {
		const hits = findWording('区委统站部联系党外代表人仕和网络人仕。', dictionary);
		expect(hits.map((hit) => [hit.index, hit.item.wrong])).toEqual([
			[2, '统站部'],
			[7, '党外代表人仕'],
			[16, '人仕'],
		]);
	});

	it('sees a wording broken across lines, and skips an allowed one', () => {
		expect(findWording('统站\n部', dictionary)).toHaveLength(1);
		expect(findWording('统站部', dictionary, new Set(['统站部']))).toEqual([]);
	});

	it('ships a dictionary of about thirty items, none of which the sample content holds', () => {
		const { items, problems } = readWordingDictionary(SAMPLE_CONTENT);
		expect(problems).toEqual([]);
		expect(items.length).toBeGreaterThanOrEqual(30);
		// No wrong form may sit inside its own correct form, or the correct text would be reported.
		for (const item of items) expect(item.correct.includes(item.wrong)).toBe(false);
	});
});

describe('the wording rule', () => {
	it('reports a planted error with file, line, the word and the correct form', () => {
		const problems = problemsAfter((copy) => {
			copy.write('wording.yaml', DICTIONARY);
			copy.edit(
				'cases/test-story.mdx',
				'测试案例的正文。',
				'测试案例的正文。\n\n区委统站部走访新社会阶层人士。',
			);
		});
		const hits = wordingProblems(problems);
		expect(hits).toHaveLength(2);
		expect(hits[0]).toMatchObject({ file: 'cases/test-story.mdx', line: 17, field: '正文' });
		expect(hits[0]!.message).toContain('“统站部”，应为“统战部”');
		expect(hits[1]!.message).toContain('应为“新的社会阶层人士”');
		expect(hits.every((hit) => hit.severity !== 'warning')).toBe(true);
	});

	it('reports a hit in a field on the field’s line', () => {
		const problems = problemsAfter((copy) => {
			copy.write('wording.yaml', DICTIONARY);
			copy.edit('cases/test-story.mdx', 'summary: 测试用的案例。', 'summary: 统站部的案例。');
		});
		expect(wordingProblems(problems)).toMatchObject([
			{ file: 'cases/test-story.mdx', line: 5, field: 'summary' },
		]);
	});

	it('only warns with wordingCheck: warn, and lets an entry allow a wording', () => {
		const warned = problemsAfter((copy) => {
			copy.write('wording.yaml', DICTIONARY);
			copy.write('site.yaml', `${copy.read('site.yaml')}wordingCheck: warn\n`);
			copy.edit('cases/test-story.mdx', '测试案例的正文。', '统站部');
		});
		expect(wordingProblems(warned).map((problem) => problem.severity)).toEqual(['warning']);
		const allowed = problemsAfter((copy) => {
			copy.write('wording.yaml', DICTIONARY);
			copy.edit(
				'cases/test-story.mdx',
				'slug: test-story',
				'slug: test-story\nwordingAllow: [统站部]',
			);
			copy.edit('cases/test-story.mdx', '测试案例的正文。', '统站部');
		});
		expect(wordingProblems(allowed)).toEqual([]);
	});

	it('names a dictionary item without its correct form', () => {
		const problems = problemsAfter((copy) => copy.write('wording.yaml', '- wrong: 统站部\n'));
		expect(problems).toContainEqual(expect.objectContaining({ file: 'wording.yaml', line: 1 }));
	});
});

/** Mistakes the YAML readers let pass silently, which the checker catches with their lines. */
import { describe, expect, it } from 'vitest';
import { fixtureChecker } from '../../helpers/content-problems.ts';

const { problemsAfter, lastCopy } = fixtureChecker();

describe('the checker', () => {
	it('reports an unquoted date that does not exist instead of rolling it over', () => {
		const problems = problemsAfter((copy) =>
			copy.edit('centers/easttown.md', 'established: 2022-06-18', 'established: 2022-13-45'),
		);
		expect(problems).toEqual([
			expect.objectContaining({ file: 'centers/easttown.md', line: 7, field: 'established' }),
		]);
		expect(problems[0]!.message).toContain('2022-13-45 不存在');
	});

	it('reports a misspelt field, whose value would never show', () => {
		const problems = problemsAfter((copy) =>
			copy.edit('centers/easttown.md', 'level: town\n', 'level: town\nadress: 东镇 1 号\n'),
		);
		expect(problems).toEqual([
			expect.objectContaining({ file: 'centers/easttown.md', line: 7, field: 'adress' }),
		]);
		expect(problems[0]!.message).toContain('不认识的字段');
	});

	it('says that a field left empty after its colon still needs filling', () => {
		const problems = problemsAfter((copy) =>
			copy.edit('centers/easttown.md', 'level: town', 'level:'),
		);
		expect(problems).toEqual([
			expect.objectContaining({
				line: 6,
				field: 'level',
				message: '还没有填写：请在冒号后面写上内容。',
			}),
		]);
	});

	it('names the bound a number goes past', () => {
		const problems = problemsAfter((copy) =>
			copy.edit('centers/easttown.md', 'level: town\n', 'level: town\narea: -5\n'),
		);
		expect(problems).toEqual([expect.objectContaining({ field: 'area', line: 7 })]);
		expect(problems[0]!.message).toContain('-5');
	});

	it('reports every placeholder the scaffold left, on its line', () => {
		const problems = problemsAfter((copy) =>
			copy.edit(
				'centers/easttown.md',
				'东镇同心实践中心的正文。',
				'【请填写】\n\n## 特色活动\n\n【请填写】',
			),
		);
		const lines = lastCopy().read('centers/easttown.md').split('\n');
		const expected = lines.flatMap((line, index) => (line === '【请填写】' ? [index + 1] : []));
		expect(expected).toHaveLength(2);
		expect(problems.map((problem) => problem.line)).toEqual(expected);
	});
});

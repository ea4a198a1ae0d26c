/**
 * Each kind of editor mistake the foundation promises to catch: the checker names the file, the
 * line, the field and what was expected.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureChecker } from '../../helpers/content-problems.ts';
import { FIXTURE_CONTENT } from '../../helpers/fixture-content.ts';

const { problemsAfter } = fixtureChecker();

describe('the fixture content', () => {
	it('is clean before any change', () => {
		expect(problemsAfter(() => {})).toEqual([]);
	});
});

describe('bad input', () => {
	it('reports a missing required field with its name', () => {
		const problems = problemsAfter((copy) => copy.edit('centers/easttown.md', 'level: town\n', ''));
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'centers/easttown.md',
				field: 'level',
				message: '缺少这个必填字段。',
			}),
		]);
	});

	it('reports a wrong type with the line of the field', () => {
		const problems = problemsAfter((copy) =>
			copy.edit('centers/easttown.md', 'domains: [town-village]', 'domains: town-village'),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'centers/easttown.md', line: 5, field: 'domains' });
	});

	it('reports a malformed date and says which format is expected', () => {
		const problems = problemsAfter((copy) =>
			copy.edit('centers/easttown.md', 'established: 2022-06-18', 'established: 2022年6月18日'),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'centers/easttown.md',
			line: 7,
			field: 'established',
		});
		expect(problems[0]!.message).toContain('YYYY-MM-DD');
	});

	it('reports a date that does not exist', () => {
		const problems = problemsAfter((copy) =>
			copy.edit('systems/test-regulation.md', 'effective: 2023-03-01', 'effective: "2023-02-30"'),
		);
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'systems/test-regulation.md',
				field: 'effective',
				message: '这一天不存在，请检查月和日',
			}),
		]);
	});

	it('reports an unknown reference naming the missing target', () => {
		const problems = problemsAfter((copy) =>
			copy.edit('stations/east-street.md', 'center: easttown', 'center: westtown'),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'stations/east-street.md',
			line: 9,
			field: 'center',
		});
		expect(problems[0]!.message).toContain('westtown');
		expect(problems[0]!.message).toContain('同心实践中心');
	});

	it('reports an unknown reference inside a list with its index', () => {
		const problems = problemsAfter((copy) =>
			copy.edit(
				'cases/test-story.mdx',
				'systems: [test-regulation]',
				'systems: [test-regulation, no-such-rule]',
			),
		);
		expect(problems).toEqual([
			expect.objectContaining({ file: 'cases/test-story.mdx', field: 'systems[1]', line: 9 }),
		]);
	});

	it('reports a missing image with the path it looked for', () => {
		const problems = problemsAfter((copy) => copy.remove('images/cover.webp'));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'centers/easttown.md', field: 'cover.src', line: 9 });
		expect(problems[0]!.message).toContain('content/images/cover.webp');
	});

	it('reports two entries with one slug, on both files', () => {
		const problems = problemsAfter((copy) => {
			copy.write('centers/copy.md', readFileSync(`${copy.root}/centers/easttown.md`, 'utf8'));
		});
		const duplicates = problems.filter((problem) => problem.message.includes('重复'));
		expect(duplicates).toEqual([
			expect.objectContaining({ file: 'centers/copy.md', line: 2, field: 'slug' }),
			expect.objectContaining({ file: 'centers/easttown.md', line: 2, field: 'slug' }),
		]);
		expect(duplicates[0]!.message).toContain('centers/easttown.md');
	});

	it('lets two collections use the same id', () => {
		const problems = problemsAfter((copy) => {
			copy.edit('platforms/test-platform.md', 'slug: test-platform', 'slug: easttown');
			copy.edit('centers/easttown.md', 'platforms: [test-platform]', 'platforms: [easttown]');
		});
		expect(problems).toEqual([]);
	});

	it('reports an alt text that is missing for a picture', () => {
		const problems = problemsAfter((copy) =>
			copy.edit('centers/easttown.md', '  alt: 测试图片\n', ''),
		);
		expect(problems).toEqual([
			expect.objectContaining({ file: 'centers/easttown.md', field: 'cover.alt' }),
		]);
	});

	it('reports broken YAML with its line', () => {
		const problems = problemsAfter((copy) =>
			copy.edit('centers/easttown.md', 'level: town', 'level: [town'),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.file).toBe('centers/easttown.md');
		expect(problems[0]!.message).toContain('YAML');
	});

	it('reports a file without front matter', () => {
		const problems = problemsAfter((copy) => copy.write('platforms/empty.md', '只有正文。\n'));
		expect(problems).toEqual([expect.objectContaining({ file: 'platforms/empty.md', line: 1 })]);
	});

	it('reports every problem at once, sorted by file and line', () => {
		const problems = problemsAfter((copy) => {
			copy.edit('centers/easttown.md', 'level: town\n', '');
			copy.edit('stations/east-street.md', 'host: village', 'host: factory');
			copy.edit('regions/regions.yaml', 'level: zone', 'level: park');
		});
		expect(problems.map((problem) => problem.file)).toEqual([
			'centers/easttown.md',
			'regions/regions.yaml',
			'stations/east-street.md',
		]);
		expect(problems[1]).toMatchObject({ line: 18, field: 'level' });
	});
});

describe('messages', () => {
	it('are in Chinese even where the schema has no message of its own', () => {
		const [problem] = problemsAfter((copy) =>
			copy.edit('figures/figures.yaml', 'featured: true', 'featured: 是'),
		);
		expect(problem).toMatchObject({ file: 'figures/figures.yaml', field: 'featured', line: 8 });
		expect(problem!.message).toMatch(/[\u4e00-\u9fff]/);
		expect(problem!.message).not.toMatch(/Invalid input/);
	});
});

describe('template bodies', () => {
	it('reports a table in a template body with its line in the file', () => {
		const problems = problemsAfter((copy) =>
			copy.edit('systems/test-regulation.md', '测试。', '| 项目 | 要求 |'),
		);
		const file = readFileSync(`${FIXTURE_CONTENT}systems/test-regulation.md`, 'utf8');
		const line = file.split('\n').indexOf('测试。') + 1;
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'systems/test-regulation.md',
				line,
				message: expect.stringContaining('表格'),
			}),
		]);
	});

	it('reports a checklist section that has no items', () => {
		const problems = problemsAfter((copy) =>
			copy.edit(
				'systems/test-regulation.md',
				'version: "1.0"',
				'version: "1.0"\nchecklist: [1, 5]',
			),
		);
		expect(problems).toEqual([
			expect.objectContaining({
				field: 'checklist[0]',
				message: expect.stringContaining('第 1 节'),
			}),
			expect.objectContaining({
				field: 'checklist[1]',
				message: expect.stringContaining('第 5 节'),
			}),
		]);
	});
});

import { describe, expect, it } from 'vitest';
import {
	formatFieldPath,
	formatProblem,
	sortProblems,
} from '../../../src/core/content-check/problem.ts';
import { readMarkdownEntry, readYamlList } from '../../../src/core/content-check/source-file.ts';

const markdown = [
	'---',
	'slug: a',
	'cover:',
	'  src: x.webp',
	'domains:',
	'  - one',
	'  - two',
	'---',
	'',
	'正文',
].join('\n');

describe('readMarkdownEntry', () => {
	const { entry, problems } = readMarkdownEntry('centers/a.md', markdown);
	it('reads the front matter', () => {
		expect(problems).toEqual([]);
		expect(entry?.data).toMatchObject({ slug: 'a', domains: ['one', 'two'] });
	});
	it('finds the line of a field, a nested field and a list item', () => {
		expect(entry?.lineOf(['slug'])).toBe(2);
		expect(entry?.lineOf(['cover', 'src'])).toBe(4);
		expect(entry?.lineOf(['domains', 1])).toBe(7);
	});
	it('points a missing field at its parent, or the first line', () => {
		expect(entry?.lineOf(['cover', 'alt'])).toBe(3);
		expect(entry?.lineOf(['region'])).toBe(2);
	});
});

describe('readYamlList', () => {
	it('gives each item its own lines', () => {
		const { entries } = readYamlList('x.yaml', '- id: a\n  label: 甲\n- id: b\n  label: 乙\n');
		expect(entries.map((entry) => entry.lineOf(['label']))).toEqual([2, 4]);
	});
	it('reads dates as dates, like Astro does', () => {
		const { entries } = readYamlList('x.yaml', '- id: a\n  asOf: 2024-04-23\n');
		expect((entries[0]?.data as { asOf: unknown }).asOf).toBeInstanceOf(Date);
	});
	it('refuses a file that is not a list', () => {
		expect(readYamlList('x.yaml', 'id: a\n').problems).toHaveLength(1);
	});
});

describe('problem formatting', () => {
	it('writes field paths with indexes', () => {
		expect(formatFieldPath(['points', 3, 'region'])).toBe('points[3].region');
	});
	it('writes one line an editor can follow', () => {
		expect(formatProblem({ file: 'centers/a.md', line: 4, field: 'level', message: '缺少' })).toBe(
			'content/centers/a.md:4  level  缺少',
		);
	});
	it('sorts by file, then line', () => {
		const sorted = sortProblems([
			{ file: 'b.md', line: 1, message: '' },
			{ file: 'a.md', line: 9, message: '' },
			{ file: 'a.md', line: 2, message: '' },
		]);
		expect(sorted.map((problem) => `${problem.file}:${problem.line}`)).toEqual([
			'a.md:2',
			'a.md:9',
			'b.md:1',
		]);
	});
});

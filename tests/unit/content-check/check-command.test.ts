/**
 * `npm run check` as editors run it: every problem at once, each with its file and exact line,
 * exit 0 on the sample content and non-zero on a copy with mistakes, in well under 5 seconds.
 */
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/core/content-check/index.ts';
import { PROJECT_ROOT } from '../../../tools/harness/build-site.ts';
import { copyContent, SAMPLE_CONTENT, type FixtureCopy } from '../../helpers/fixture-content.ts';
import { contentModel } from '../../../src/site/content-rules.ts';
import { operatorEnvironment } from '../../../tools/harness/build-site.ts';

let copy: FixtureCopy | undefined;
afterEach(() => {
	copy?.dispose();
	copy = undefined;
});

function runCheck(contentDir: string, ...args: string[]) {
	return spawnSync('npm', ['run', '--silent', 'check', '--', ...args], {
		cwd: PROJECT_ROOT,
		env: operatorEnvironment({ CONTENT_DIR: contentDir }),
		encoding: 'utf8',
	});
}

/** A copy of the sample content with six mistakes of six kinds in three files. */
function brokenSample(): FixtureCopy {
	const broken = copyContent(SAMPLE_CONTENT);
	broken.edit('stations/tiannan-village.md', 'level: village', 'level: villag');
	broken.edit('stations/tiannan-village.md', 'established: 2023-02-20', 'established: 2023-02-30');
	broken.edit('stations/tiannan-village.md', 'openingHours:', 'openingHour:');
	broken.edit('centers/liulin.md', 'name: 柳林镇同心实践中心', 'name:');
	broken.edit('centers/liulin.md', 'area: 380', 'area: 四百平方米');
	broken.edit(
		'bases/secretary-points.md',
		'  - { name: 区委书记统战示范点, region: fengxiang }',
		'  - { name: 区委书记统战示范点, region: fengxiang-old }',
	);
	return broken;
}

// Each test runs the command as an editor does (npm, Node 24, the whole checker): seconds on an
// idle machine, longer on a busy one. How fast it is, is measured by a benchmark, not here.
describe('npm run check', { timeout: 60_000 }, () => {
	it('passes the sample content', () => {
		const result = runCheck(SAMPLE_CONTENT);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('内容检查通过');
	});

	it('lists every problem of a broken copy with its file and line, and fails', () => {
		copy = brokenSample();
		const lineOf = (file: string, text: string) =>
			copy!
				.read(file)
				.split('\n')
				.findIndex((line) => line.startsWith(text)) + 1;
		const result = runCheck(copy.root);
		expect(result.status).toBe(1);
		const lines = result.stderr.split('\n').filter((line) => line.includes('.md:'));
		const found = lines.map((line) =>
			line
				.replace(/^.*?((?:centers|stations|bases)\/[\w-]+\.md:\d+\s+\S+).*$/, '$1')
				.replace(/\s+/, ' '),
		);
		expect(found).toEqual([
			`bases/secretary-points.md:${lineOf('bases/secretary-points.md', '  - { name: 区委书记')} points[0].region`,
			`centers/liulin.md:${lineOf('centers/liulin.md', 'name:')} name`,
			`centers/liulin.md:${lineOf('centers/liulin.md', 'area:')} area`,
			`stations/tiannan-village.md:${lineOf('stations/tiannan-village.md', 'level:')} level`,
			`stations/tiannan-village.md:${lineOf('stations/tiannan-village.md', 'established:')} established`,
			`stations/tiannan-village.md:${lineOf('stations/tiannan-village.md', 'openingHour:')} openingHour`,
		]);
		expect(result.stderr).toContain('内容检查发现 6 个问题');
	});

	it('gives the same problems as JSON for tools', () => {
		copy = brokenSample();
		const result = runCheck(copy.root, '--json');
		expect(result.status).toBe(1);
		const report = JSON.parse(result.stdout) as { problems: unknown[] };
		expect(report.problems).toEqual(
			JSON.parse(JSON.stringify(checkContent(copy.root, contentModel).problems)),
		);
		expect(report.problems).toHaveLength(6);
	});
});

/**
 * The editor commands as staff run them, end to end: a ledger exported to .xlsx and imported into
 * an emptied stations folder builds the same station pages; the editor's guide is published in
 * the intranet build only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite, PROJECT_ROOT } from '../../tools/harness/build-site.ts';
import {
	copyContent,
	FIXTURE_CONTENT,
	SAMPLE_CONTENT,
	type FixtureCopy,
} from '../helpers/fixture-content.ts';
import { LEDGER_FIXTURES } from '../helpers/ledgers.ts';
import { operatorEnvironment } from '../../tools/harness/build-site.ts';

const sampleSite = inject('sampleSite');
const copies: FixtureCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.dispose()));

function npmRun(script: string, args: string[], contentDir: string) {
	const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], {
		cwd: PROJECT_ROOT,
		env: operatorEnvironment({ CONTENT_DIR: contentDir }),
		encoding: 'utf8',
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const stationPages = (dist: string) =>
	readdirSync(path.join(dist, 'stations'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();

describe('export → delete content/stations/ → import', () => {
	it('builds the same station pages', () => {
		const copy = copyContent(SAMPLE_CONTENT);
		copies.push(copy);
		const ledger = path.join(copy.root, '实践站台账.xlsx');
		const exported = npmRun('export', ['--kind', 'stations', '--out', ledger], copy.root);
		expect(exported.status, exported.output).toBe(0);
		expect(exported.output).toContain('已导出 16 个同心实践站');

		rmSync(path.join(copy.root, 'stations'), { recursive: true });
		const imported = npmRun('import', [ledger, '--kind', 'stations'], copy.root);
		expect(imported.status, imported.output).toBe(0);
		expect(imported.output).toContain('新建 16 个');

		const build = buildSite('ledger-round-trip', { CONTENT_DIR: copy.root });
		expect(build.status, build.output.slice(-3000)).toBe(0);
		const pages = stationPages(sampleSite);
		expect(pages).toHaveLength(16);
		expect(stationPages(build.outDir)).toEqual(pages);
		for (const page of ['', ...pages]) {
			const file = path.join('stations', page, 'index.html');
			expect(readFileSync(path.join(build.outDir, file), 'utf8'), file).toBe(
				readFileSync(path.join(sampleSite, file), 'utf8'),
			);
		}
		// Export, import and a whole build of the sample: minutes on a busy machine.
	}, 300_000);
});

describe('npm run import on a bad ledger', () => {
	it('fails naming each row and column, and writes nothing, also with --dry-run', () => {
		const copy = copyContent();
		copies.push(copy);
		const ledger = path.join(LEDGER_FIXTURES, 'stations-bad-rows.csv');
		for (const args of [[], ['--dry-run']]) {
			const result = npmRun('import', [ledger, '--kind', 'stations', ...args], copy.root);
			expect(result.status).toBe(1);
			expect(result.output).toContain(
				'台账 stations-bad-rows.csv 第 4 行  G 列“建立日期”（established）  这一天不存在',
			);
			expect(readdirSync(path.join(copy.root, 'stations'))).toEqual(['east-street.md']);
		}
	});

	it('shows with --dry-run what a good ledger would create', () => {
		const copy = copyContent();
		copies.push(copy);
		const ledger = path.join(LEDGER_FIXTURES, 'stations-good.csv');
		const result = npmRun('import', [ledger, '--kind', 'stations', '--dry-run'], copy.root);
		expect(result.status, result.output).toBe(0);
		expect(result.output).toContain('将新建  content/stations/xi-jie-she-qu.md（第 2 行）');
		expect(readdirSync(path.join(copy.root, 'stations'))).toEqual(['east-street.md']);
	});
});

describe('npm run new', () => {
	it('creates an entry and refuses to create it twice', () => {
		const copy = copyContent();
		copies.push(copy);
		const first = npmRun('new', ['实践站', '田北村同心实践站'], copy.root);
		expect(first.status, first.output).toBe(0);
		expect(first.output).toContain('content/stations/tian-bei-cun.md');
		expect(existsSync(path.join(copy.root, 'stations/tian-bei-cun.md'))).toBe(true);
		const again = npmRun('new', ['stations', '田北村同心实践站'], copy.root);
		expect(again.status).toBe(1);
		expect(again.output).toContain('已经存在，没有覆盖它');
	});
});

describe('the editor guide page', () => {
	it('is absent from the public build', () => {
		expect(existsSync(path.join(sampleSite, 'guide'))).toBe(false);
		expect(readFileSync(path.join(sampleSite, 'index.html'), 'utf8')).not.toContain('/guide/');
	});

	it('is in the intranet build, with the guide’s sections and tables', () => {
		const build = buildSite('guide-intranet', {
			SITE_PROFILE: 'intranet',
			CONTENT_DIR: FIXTURE_CONTENT,
		});
		expect(build.status, build.output.slice(-3000)).toBe(0);
		const html = readFileSync(path.join(build.outDir, 'guide', 'index.html'), 'utf8');
		expect(html).toContain('<html lang="zh-CN"');
		expect(html).toMatch(/<h1[^>]*>编辑指南<\/h1>/);
		for (const heading of ['二、加一个条目：三步', '四、图片：命名和尺寸', '七、错误信息和改法']) {
			expect(html).toContain(heading);
		}
		expect(html).toContain('<code>coordinates.lng</code>');
		expect((html.match(/<table/g) ?? []).length).toBeGreaterThanOrEqual(15);
	});
});

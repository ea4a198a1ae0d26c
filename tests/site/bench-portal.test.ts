/**
 * The portal benchmark as CI runs it: two small generated districts, a smoke test that the
 * command builds them and the portal, measures a first search and finds an entry of each
 * district. The 10 × 2,000 run is made by hand (docs/performance.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tools/harness/build-site.ts';
import { operatorEnvironment } from '../../tools/harness/build-site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'tongxin-bench-portal-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('builds two districts and their portal, and reports builds, first-search bytes and finds', () => {
	const jsonFile = path.join(work, 'bench.json');
	const run = spawnSync(
		'npm',
		[
			'run',
			'--silent',
			'bench:portal',
			'--',
			'--districts',
			'2',
			'--entries',
			'30',
			'--json',
			jsonFile,
		],
		{
			cwd: PROJECT_ROOT,
			env: operatorEnvironment({ ASTRO_TELEMETRY_DISABLED: '1' }),
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	expect(run.status, `${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`).toBe(0);
	expect(run.stdout).toMatch(/^\| portal \| [\d.]+ \| [\d.]+ \| \d+ MB \|$/m);
	expect(run.stdout).toMatch(/^ {2}✓ weibin：“金陵街道/m);
	const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as {
		builds: { name: string; status: number }[];
		firstSearches: { query: string; total: number; kinds: Record<string, number> }[];
		found: { district: string; found: boolean }[];
	};
	expect(report.builds.map((build) => build.name)).toEqual(['weibin', 'jintai']);
	expect(report.found).toEqual([
		expect.objectContaining({ district: 'weibin', found: true }),
		expect.objectContaining({ district: 'jintai', found: true }),
	]);
	for (const search of report.firstSearches) {
		expect(search.total).toBeGreaterThan(50 * 1024);
		// Pagefind's WebAssembly and each index's metadata are always part of a first search.
		expect(search.kinds['wasm']).toBeGreaterThan(0);
		expect(search.kinds['meta']).toBeGreaterThan(0);
	}
}, 600_000);

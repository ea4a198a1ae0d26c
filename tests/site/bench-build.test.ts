/**
 * The build benchmark as CI runs it: at 100 entries (the sample itself), a smoke test that the
 * command builds, measures and reports every figure. The larger sizes are run by hand
 * (docs/performance.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../tools/harness/build-site.ts';
import { operatorEnvironment } from '../../tools/harness/build-site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'tongxin-bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('builds the sample with --entries 100 and the Starlight peer, and reports both as tables and JSON', () => {
	const jsonFile = path.join(work, 'bench.json');
	const run = spawnSync(
		'npm',
		['run', '--silent', 'bench:build', '--', '--entries', '100', '--json', jsonFile],
		{
			cwd: PROJECT_ROOT,
			env: operatorEnvironment({ ASTRO_TELEMETRY_DISABLED: '1' }),
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	expect(run.status, run.stderr.slice(-2000)).toBe(0);
	expect(run.stdout).toMatch(/^\| entries \| pages \| build s \|/m);
	expect(run.stdout).toMatch(/^\| 100 \| \d+ \| [\d.]+ \|/m);

	const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as {
		cpus: number;
		results: Record<string, unknown>[];
	};
	expect(report.cpus).toBeGreaterThan(0);
	expect(report.results).toHaveLength(1);
	const [row] = report.results;
	expect(row).toMatchObject({
		entries: 100,
		pages: expect.any(Number),
		buildSeconds: expect.any(Number),
		astroSeconds: expect.any(Number),
		searchSeconds: expect.any(Number),
		checkSeconds: expect.any(Number),
		compressSeconds: expect.any(Number),
		peakMemoryBytes: expect.any(Number),
		pagesPerSecond: expect.any(Number),
		indexBytes: expect.any(Number),
		budgetBreaches: 0,
	});
	const figures = row as {
		pages: number;
		searchSeconds: number;
		buildSeconds: number;
		peakMemoryBytes: number;
		indexBytes: number;
	};
	expect(figures.pages).toBeGreaterThan(100);
	expect(figures.searchSeconds).toBeGreaterThan(0);
	expect(figures.searchSeconds).toBeLessThan(figures.buildSeconds);
	// A build of Astro, Node and Pagefind holds well over 100 MB; a zero would mean no sampling.
	expect(figures.peakMemoryBytes).toBeGreaterThan(100 * 1024 ** 2);
	expect(figures.indexBytes).toBeGreaterThan(10 * 1024);

	// The peer of the same entries, built in the same run, side by side with ours.
	expect(run.stdout).toMatch(/^\| 同心 \| 100 \| \d+ \| [\d.]+ \|/m);
	expect(run.stdout).toMatch(/^\| Starlight \d+\.\d+\.\d+ \| 100 \| \d+ \| [\d.]+ \|/m);
	const peer = (row as { peer: Record<string, unknown> & { pages: number; indexBytes: number } })
		.peer;
	expect(peer).toMatchObject({
		site: expect.stringMatching(/^Starlight /),
		entries: 100,
		buildSeconds: expect.any(Number),
		peakMemoryBytes: expect.any(Number),
		load: { before: expect.any(String), after: expect.any(String) },
	});
	// One page per entry and a home page, with Starlight's own Pagefind index.
	expect(peer.pages).toBeGreaterThan(100);
	expect(peer.indexBytes).toBeGreaterThan(10 * 1024);
}, 600_000);

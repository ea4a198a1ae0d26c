import { describe, expect, it } from 'vitest';
import {
	benchRow,
	formatBenchTable,
	formatStageTable,
	growthFactors,
	parseEntrySizes,
	parseProcStatus,
	treeMemory,
} from '../../../tools/bench/build-bench.ts';
import { parseProcStat } from '../../../src/core/cpu-time.ts';

describe('parseEntrySizes', () => {
	it('reads --entries with a space or an equals sign, sorted and without repeats', () => {
		expect(parseEntrySizes(['--entries', '10000,100,1000'])).toEqual([100, 1000, 10000]);
		expect(parseEntrySizes(['--rebuild', '--entries=100,100'])).toEqual([100]);
		expect(parseEntrySizes([])).toEqual([100, 1000, 10000]);
	});

	it('says what it expected when a size is not a positive whole number', () => {
		expect(() => parseEntrySizes(['--entries', '100,abc'])).toThrow(/逗号分隔的正整数.*100,abc/);
		expect(() => parseEntrySizes(['--entries'])).toThrow(/正整数/);
	});
});

describe('memory of a process tree', () => {
	it('reads pid, parent and resident memory from /proc/<pid>/status', () => {
		expect(
			parseProcStatus('Name:\tnode\nPid:\t42\nPPid:\t7\nVmHWM:\t 900 kB\nVmRSS:\t  512 kB\n'),
		).toEqual({ pid: 42, parent: 7, rss: 512 * 1024 });
		// Kernel threads have no VmRSS.
		expect(parseProcStatus('Name:\tkthreadd\nPid:\t2\nPPid:\t0\n')).toEqual({
			pid: 2,
			parent: 0,
			rss: 0,
		});
		expect(parseProcStatus('garbage')).toBeUndefined();
	});

	it('adds up a process and all its descendants, and nothing else', () => {
		const processes = [
			{ pid: 1, parent: 0, rss: 1000 },
			{ pid: 10, parent: 1, rss: 100 },
			{ pid: 11, parent: 10, rss: 20 },
			{ pid: 12, parent: 11, rss: 3 },
			{ pid: 13, parent: 1, rss: 7 },
		];
		expect(treeMemory(processes, 10)).toBe(123);
		expect(treeMemory(processes, 99)).toBe(0);
	});
});

describe('the benchmark rows', () => {
	const stages = [
		{ stage: 'content check', seconds: 1 },
		{ stage: 'astro build', seconds: 10 },
		{ stage: 'search', seconds: 3 },
		{ stage: 'links', seconds: 0.5 },
		{ stage: 'weight', seconds: 0.25 },
		{ stage: 'compress', seconds: 2 },
	];
	const row = (entries: number, buildSeconds: number) =>
		benchRow({
			entries,
			pages: entries + 50,
			buildSeconds,
			peakMemoryBytes: 1.5 * 1024 ** 3,
			indexBytes: 3 * 1024 ** 2,
			stages,
			stageNames: {
				astro: 'astro build',
				search: 'search',
				compress: 'compress',
				checks: ['links', 'weight'],
			},
		});

	it('takes the stages from the build’s timing file and computes pages per second', () => {
		expect(row(1000, 20)).toMatchObject({
			astroSeconds: 10,
			searchSeconds: 3,
			checkSeconds: 0.75,
			compressSeconds: 2,
			pagesPerSecond: 52.5,
		});
		expect(() =>
			benchRow({
				entries: 1,
				pages: 1,
				buildSeconds: 1,
				peakMemoryBytes: 0,
				indexBytes: 0,
				stages: [],
				stageNames: { astro: 'astro build', search: 'search', compress: 'compress', checks: [] },
			}),
		).toThrow('no “astro build” stage');
	});

	it('counts checks that ran at the same time once, by the wall seconds of their stage', () => {
		const together = benchRow({
			entries: 10,
			pages: 10,
			buildSeconds: 20,
			peakMemoryBytes: 0,
			indexBytes: 0,
			stages: [
				{ stage: 'astro build', seconds: 10 },
				{ stage: 'search', seconds: 3 },
				{
					stage: 'links + weight',
					seconds: 0.6,
					parts: [
						{ stage: 'links', seconds: 0.5 },
						{ stage: 'weight', seconds: 0.4 },
					],
				},
				{ stage: 'compress', seconds: 2 },
			],
			stageNames: {
				astro: 'astro build',
				search: 'search',
				compress: 'compress',
				checks: ['links', 'weight'],
			},
		});
		expect(together.checkSeconds).toBe(0.6);
		const lines = formatStageTable([together]).split('\n');
		expect(lines.slice(4, 7)).toEqual([
			'| links + weight | 0.6 | – | 3 |',
			'| ↳ links | 0.5 | – | 3 |',
			'| ↳ weight | 0.4 | – | 2 |',
		]);
	});

	it('compares seconds per entry between sizes: 1 is linear', () => {
		expect(growthFactors([row(100, 10), row(1000, 50), row(10000, 1000)])).toEqual([
			{ from: 100, to: 1000, factor: 0.5 },
			{ from: 1000, to: 10000, factor: 2 },
		]);
	});

	it('prints a Markdown table with one row per size', () => {
		const table = formatBenchTable([row(100, 10), row(1000, 20)]).split('\n');
		expect(table[0]).toBe(
			'| entries | pages | build s | CPU s | astro s | search s | checks s | compress s | peak RSS MB | pages/s | index MB |',
		);
		expect(table).toHaveLength(4);
		expect(table[3]).toBe('| 1000 | 1050 | 20.0 | – | 10.0 | 3.0 | 0.8 | 2.0 | 1536 | 53 | 3.0 |');
	});
});

describe('formatStageTable', () => {
	it('gives each stage its wall and CPU seconds and its share of the build, per size', () => {
		const row = (entries: number, astro: number) =>
			benchRow({
				entries,
				pages: entries,
				buildSeconds: 2 * astro,
				peakMemoryBytes: 1,
				indexBytes: 1,
				stages: [
					{ stage: 'astro build', seconds: astro, cpuSeconds: astro / 2 },
					{ stage: 'search', seconds: 1 },
					{ stage: 'compress', seconds: 1 },
				],
				stageNames: { astro: 'astro build', search: 'search', compress: 'compress', checks: [] },
			});
		const lines = formatStageTable([row(100, 10), row(1000, 50)]).split('\n');
		expect(lines[0]).toBe('| stage | 100 wall s | CPU s | % | 1000 wall s | CPU s | % |');
		expect(lines[2]).toBe('| astro build | 10.0 | 5.0 | 50 | 50.0 | 25.0 | 50 |');
		expect(lines[3]).toBe('| search | 1.0 | – | 5 | 1.0 | – | 1 |');
	});
});

describe('parseProcStat', () => {
	it('adds user, system and waited-for children’s time, in seconds', () => {
		// pid (comm with a space) state ppid … utime stime cutime cstime …
		const stat = '42 (node build) S 1 42 42 0 -1 4194560 100 0 0 0 250 50 1200 300 20 0 11 0';
		expect(parseProcStat(stat)).toBe((250 + 50 + 1200 + 300) / 100);
		expect(parseProcStat('garbage')).toBeUndefined();
	});
});

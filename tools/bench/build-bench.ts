/**
 * The build benchmark's arithmetic: which sizes to build, how much memory a process tree holds,
 * and the row, table and growth figures reported for each size.
 */
import type { StageTiming } from '../../src/core/post-build/run-steps.ts';

/** `--entries 100,1000,10000` or `--entries=100,1000`: the sizes to build, smallest first. */
export function parseEntrySizes(args: readonly string[], fallback = [100, 1000, 10000]): number[] {
	const index = args.findIndex((arg) => arg === '--entries' || arg.startsWith('--entries='));
	if (index < 0) return fallback;
	const value = args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
	const sizes = (value ?? '').split(',').map((part) => Number(part.trim()));
	if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
		throw new Error(
			`--entries 需要用逗号分隔的正整数，例如 --entries 100,1000,10000（收到“${value ?? ''}”）`,
		);
	}
	return [...new Set(sizes)].sort((a, b) => a - b);
}

/** One process as `/proc/<pid>/status` describes it. */
export interface ProcessStatus {
	pid: number;
	parent: number;
	/** Resident memory in bytes. */
	rss: number;
}

/** Reads the pid, parent and resident memory out of a `/proc/<pid>/status` text. */
export function parseProcStatus(text: string): ProcessStatus | undefined {
	const field = (name: string) => new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1];
	const pid = field('Pid');
	const parent = field('PPid');
	if (pid === undefined || parent === undefined) return undefined;
	return { pid: Number(pid), parent: Number(parent), rss: Number(field('VmRSS') ?? 0) * 1024 };
}

/** The resident memory of a process and all its descendants together. */
export function treeMemory(processes: readonly ProcessStatus[], root: number): number {
	const children = new Map<number, ProcessStatus[]>();
	for (const process of processes) {
		children.set(process.parent, [...(children.get(process.parent) ?? []), process]);
	}
	let total = 0;
	const queue = processes.filter((process) => process.pid === root);
	while (queue.length > 0) {
		const next = queue.pop()!;
		total += next.rss;
		queue.push(...(children.get(next.pid) ?? []));
	}
	return total;
}

/** Seconds of one stage of `npm run build` (its BUILD_TIMINGS_FILE). */
export type { StageTiming };

/** What the benchmark reports for one size. */
export interface BenchRow {
	/** Entries of the six collections in the content folder. */
	entries: number;
	/** HTML pages written. */
	pages: number;
	/** Wall-clock seconds of `npm run build`, everything included. */
	buildSeconds: number;
	/**
	 * CPU seconds (user and system) of the build's whole process tree, when GNU time is installed:
	 * on a shared machine the wall clock also counts the time other work took the cores.
	 */
	cpuSeconds?: number | undefined;
	/** Seconds of `astro build` (content, pages, pictures). */
	astroSeconds: number;
	/** Seconds of the search-indexing step. */
	searchSeconds: number;
	/** Seconds of the checks after the build (offline, links, pictures, page weight). */
	checkSeconds: number;
	/** Seconds of precompression. */
	compressSeconds: number;
	/** Highest resident memory of the build's whole process tree, in bytes (sampled). */
	peakMemoryBytes: number;
	pagesPerSecond: number;
	/** Bytes of the search index and Pagefind's files the site ships. */
	indexBytes: number;
	/** Highest resident memory of Pagefind's own process while it indexed (Linux), in bytes. */
	searchPeakMemoryBytes?: number | undefined;
	/** Seconds of each stage: content check, astro build, each post-build step. */
	stages: StageTiming[];
}

/** Assembles a row from what one build measured. */
export function benchRow(measured: {
	entries: number;
	pages: number;
	buildSeconds: number;
	cpuSeconds?: number | undefined;
	peakMemoryBytes: number;
	indexBytes: number;
	searchPeakMemoryBytes?: number | undefined;
	stages: StageTiming[];
	/** Names of the stages the table shows on their own. */
	stageNames: { astro: string; search: string; compress: string; checks: readonly string[] };
}): BenchRow {
	/** The stage of that name, or the stage of steps run at the same time that holds it. */
	const stageOf = (name: string) => {
		const stage = measured.stages.find(
			(candidate) =>
				candidate.stage === name || candidate.parts?.some((part) => part.stage === name),
		);
		if (!stage) throw new Error(`the build reported no “${name}” stage`);
		return stage;
	};
	const secondsOf = (name: string) => stageOf(name).seconds;
	const { astro, search, compress, checks } = measured.stageNames;
	const checkStages = new Set(checks.map(stageOf));
	return {
		entries: measured.entries,
		pages: measured.pages,
		buildSeconds: measured.buildSeconds,
		cpuSeconds: measured.cpuSeconds,
		astroSeconds: secondsOf(astro),
		searchSeconds: secondsOf(search),
		checkSeconds: [...checkStages].reduce((sum, stage) => sum + stage.seconds, 0),
		compressSeconds: secondsOf(compress),
		peakMemoryBytes: measured.peakMemoryBytes,
		pagesPerSecond: measured.pages / measured.buildSeconds,
		indexBytes: measured.indexBytes,
		searchPeakMemoryBytes: measured.searchPeakMemoryBytes,
		stages: measured.stages,
	};
}

/**
 * How time grows from one size to the next: the ratio of seconds per entry. 1 is linear; above 1
 * the build slows down per entry as the site grows.
 */
export function growthFactors(
	rows: readonly BenchRow[],
): { from: number; to: number; factor: number }[] {
	return rows.slice(1).map((row, index) => {
		const previous = rows[index]!;
		return {
			from: previous.entries,
			to: row.entries,
			factor: row.buildSeconds / row.entries / (previous.buildSeconds / previous.entries),
		};
	});
}

/** The goals of issue 9: seconds per size and peak memory. */
export const BUILD_GOALS = {
	seconds: new Map([
		[1000, 15],
		[10000, 90],
	]),
	peakMemoryBytes: 3 * 1024 ** 3,
};

const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);

/** The benchmark as a Markdown table (the same one docs/performance.md shows). */
export function formatBenchTable(rows: readonly BenchRow[]): string {
	const header = [
		'entries',
		'pages',
		'build s',
		'CPU s',
		'astro s',
		'search s',
		'checks s',
		'compress s',
		'peak RSS MB',
		'pages/s',
		'index MB',
	];
	const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => ' ---: ').join('|')}|`];
	for (const row of rows) {
		lines.push(
			`| ${[
				row.entries,
				row.pages,
				row.buildSeconds.toFixed(1),
				row.cpuSeconds?.toFixed(1) ?? '–',
				row.astroSeconds.toFixed(1),
				row.searchSeconds.toFixed(1),
				row.checkSeconds.toFixed(1),
				row.compressSeconds.toFixed(1),
				mb(row.peakMemoryBytes),
				row.pagesPerSecond.toFixed(0),
				(row.indexBytes / 1024 ** 2).toFixed(1),
			].join(' | ')} |`,
		);
	}
	return lines.join('\n');
}

/** One site of the side-by-side comparison: this project's build or the Starlight peer's. */
export interface SideBySideRow {
	/** e.g. 同心 or Starlight 0.42.4. */
	site: string;
	entries: number;
	pages: number;
	buildSeconds: number;
	cpuSeconds?: number | undefined;
	peakMemoryBytes: number;
	/** Bytes of the search index (Pagefind's folder). */
	indexBytes: number;
	/** The machine's load average (1, 5, 15 minutes) when the build started and ended. */
	load: { before: string; after: string };
}

/** The project and its peer, one row each per size, as a Markdown table. */
export function formatSideBySide(rows: readonly SideBySideRow[]): string {
	const header = [
		'site',
		'entries',
		'pages',
		'build s',
		'CPU s',
		'peak RSS MB',
		'pages/s',
		'index MB',
		'load before → after',
	];
	const lines = [
		`| ${header.join(' | ')} |`,
		`|${header.map((_, index) => (index === 0 || index === header.length - 1 ? ' --- ' : ' ---: ')).join('|')}|`,
	];
	for (const row of rows) {
		lines.push(
			`| ${[
				row.site,
				row.entries,
				row.pages,
				row.buildSeconds.toFixed(1),
				row.cpuSeconds?.toFixed(1) ?? '–',
				mb(row.peakMemoryBytes),
				(row.pages / row.buildSeconds).toFixed(0),
				(row.indexBytes / 1024 ** 2).toFixed(1),
				`${row.load.before} → ${row.load.after}`,
			].join(' | ')} |`,
		);
	}
	return lines.join('\n');
}

/** Our build against the peer's: the ratios of seconds and memory (below 1: ours is lighter). */
export function peerRatios(ours: SideBySideRow, peer: SideBySideRow) {
	return {
		seconds: ours.buildSeconds / peer.buildSeconds,
		cpuSeconds:
			ours.cpuSeconds !== undefined && peer.cpuSeconds !== undefined
				? ours.cpuSeconds / peer.cpuSeconds
				: undefined,
		memory: ours.peakMemoryBytes / peer.peakMemoryBytes,
	};
}

/**
 * Every stage of the builds, one row per stage and a wall / CPU column pair per size, with each
 * stage's share of the build's wall clock: where the time goes.
 */
export function formatStageTable(rows: readonly BenchRow[]): string {
	const header = ['stage', ...rows.flatMap((row) => [`${row.entries} wall s`, 'CPU s', '%'])];
	const lines = [
		`| ${header.join(' | ')} |`,
		`|${header.map((_, index) => (index === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
	];
	// A stage of steps run at the same time is followed by its steps, each on a line of its own.
	const flat = (row: BenchRow) =>
		row.stages.flatMap((stage) => [
			stage,
			...(stage.parts ?? []).map((part) => ({ ...part, stage: `↳ ${part.stage}` })),
		]);
	const stages = [...new Set(rows.flatMap((row) => flat(row).map((stage) => stage.stage)))];
	for (const name of stages) {
		const cells = rows.flatMap((row) => {
			const stage = flat(row).find((candidate) => candidate.stage === name);
			if (!stage) return ['–', '–', '–'];
			return [
				stage.seconds.toFixed(1),
				stage.cpuSeconds?.toFixed(1) ?? '–',
				((stage.seconds / row.buildSeconds) * 100).toFixed(0),
			];
		});
		lines.push(`| ${[name, ...cells].join(' | ')} |`);
	}
	return lines.join('\n');
}

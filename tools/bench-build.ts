/**
 * `npm run bench:build -- --entries 100,1000,10000`: how the whole build (`npm run build`, search
 * indexing and every check included) grows with the content. For each size it writes a content
 * folder in a temporary place — the sample itself, plus synthetic entries made from the sample's
 * own words in the sample's mix of collections, sharing its pictures — builds it with an empty
 * Astro cache (as on a fresh checkout), and reports build seconds, search-indexing seconds, peak
 * memory of the build's process tree, pages per second and the index size, as a table and JSON.
 *
 * Beside each size it builds the peer a team would pick instead — a Starlight site of the same
 * entries as Chinese Markdown pages, with its own Pagefind search (`tools/bench/starlight-peer.ts`)
 * — measured the same way within the same run, and reports both side by side.
 *
 * Options: --rebuild (also time a second build that reuses the cache, as an editor's next build),
 * --no-peer (leave the Starlight peer out), --json <file> (write the results there too), --keep
 * (keep the temporary folder).
 */
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { postBuildSteps } from '../src/site/post-build-steps.ts';
import { precompress } from '../src/features/publishing/precompress.ts';
import { listSiteFiles } from '../src/core/post-build/site-files.ts';
import {
	BUILD_GOALS,
	benchRow,
	formatBenchTable,
	formatSideBySide,
	formatStageTable,
	peerRatios,
	type SideBySideRow,
	growthFactors,
	parseEntrySizes,
	type BenchRow,
	type StageTiming,
} from './bench/build-bench.ts';
import { loadAverage, timedCommand } from './bench/timed-command.ts';
import type { TemplateWeight } from '../src/features/quality/page-weight.ts';
import { searchIndex, type IndexStats } from '../src/features/search/index-step.ts';
import { contentMix, writeSyntheticContent } from './synthetic/synthetic-content.ts';
import { installedVersion, writeStarlightProject } from './bench/starlight-peer.ts';
import { PROJECT_ROOT } from './harness/build-site.ts';
import { commandSettings } from '../scripts/lib/settings.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const index = args.indexOf(name);
	return index >= 0 ? args[index + 1] : undefined;
};
let sizes: number[];
try {
	sizes = parseEntrySizes(args);
} catch (error) {
	console.error((error as Error).message);
	process.exit(2);
}
const rebuild = args.includes('--rebuild');
const withPeer = !args.includes('--no-peer');
const starlightVersion = installedVersion(PROJECT_ROOT, '@astrojs/starlight');
const source = commandSettings().contentDir;
const work = mkdtempSync(path.join(tmpdir(), 'tongxin-bench-build-'));
mkdirSync(path.join(PROJECT_ROOT, '.tmp'), { recursive: true });
const peerWork = mkdtempSync(path.join(PROJECT_ROOT, '.tmp', 'bench-starlight-'));
const sampleMix = contentMix(source);
const sampleEntries = Object.values(sampleMix).reduce((sum, count) => sum + (count ?? 0), 0);

/** Runs `npm run build` with the given environment, sampling the memory of its process tree. */
function timedBuild(env: Record<string, string>, log: string) {
	return timedCommand(['npm', 'run', 'build', '--silent'], env, log);
}

interface SizeResult extends BenchRow {
	/** The machine's load average when this size's first build started and ended. */
	load: { before: string; after: string };
	/** The same figures for a second build reusing the cache (with --rebuild). */
	rebuild?: BenchRow | undefined;
	/** The Starlight site of the same entries, built within the same run (unless --no-peer). */
	peer?: SideBySideRow | undefined;
	/** The heaviest HTML of any template, and how many pages were over a budget. */
	heaviestHtml: { template: string; bytes: number };
	budgetBreaches: number;
}

async function measure(entries: number, content: string, name: string): Promise<BenchRow> {
	const outDir = path.join(work, `site-${entries}`);
	const files = {
		stats: path.join(work, `${name}-index.json`),
		timings: path.join(work, `${name}-timings.json`),
		weight: path.join(work, `${name}-weight.json`),
		log: path.join(work, `${name}.log`),
	};
	const build = await timedBuild(
		{
			CONTENT_DIR: content,
			OUT_DIR: outDir,
			ASTRO_CACHE_DIR: path.join(work, `cache-${entries}`),
			SEARCH_STATS_FILE: files.stats,
			BUILD_TIMINGS_FILE: files.timings,
			PAGE_WEIGHT_REPORT_FILE: files.weight,
			// Synthetic lists are far longer than a district's: report the weights, do not stop.
			PAGE_WEIGHT_BUDGETS: 'report',
		},
		files.log,
	);
	if (build.status !== 0) {
		console.error(readFileSync(files.log, 'utf8').slice(-4000));
		throw new Error(`构建 ${entries} 个条目的站点失败（日志：${files.log}）`);
	}
	const stats = JSON.parse(readFileSync(files.stats, 'utf8')) as IndexStats;
	return benchRow({
		entries,
		pages: listSiteFiles(outDir).filter((file) => file.endsWith('.html')).length,
		buildSeconds: build.seconds,
		cpuSeconds: build.cpuSeconds,
		peakMemoryBytes: build.peakMemoryBytes,
		indexBytes: stats.bytes,
		searchPeakMemoryBytes: stats.peakMemoryBytes,
		stages: JSON.parse(readFileSync(files.timings, 'utf8')) as StageTiming[],
		stageNames: {
			astro: 'astro build',
			search: searchIndex.name,
			compress: precompress.name,
			checks: postBuildSteps
				.filter((step) => step !== searchIndex && step !== precompress)
				.map((step) => step.name),
		},
	});
}

/** Bytes of every file under a folder. */
function folderBytes(folder: string): number {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** Generates and builds the Starlight peer of a content folder, measured as our build is. */
async function measurePeer(entries: number, content: string): Promise<SideBySideRow> {
	// Inside the project, to resolve its node_modules (see starlight-peer.ts).
	const root = path.join(peerWork, `starlight-${entries}`);
	writeStarlightProject({ content, target: root, projectRoot: PROJECT_ROOT });
	const log = path.join(work, `starlight-${entries}.log`);
	const before = loadAverage();
	const astro = path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
	const run = await timedCommand(['node', astro, 'build', '--root', root], {}, log);
	const after = loadAverage();
	if (run.status !== 0) {
		console.error(readFileSync(log, 'utf8').slice(-4000));
		throw new Error(`构建 Starlight 对照站点（${entries} 个条目）失败（日志：${log}）`);
	}
	const dist = path.join(root, 'dist');
	const row: SideBySideRow = {
		site: `Starlight ${starlightVersion}`,
		entries,
		pages: listSiteFiles(dist).filter((file) => file.endsWith('.html')).length,
		buildSeconds: run.seconds,
		cpuSeconds: run.cpuSeconds,
		peakMemoryBytes: run.peakMemoryBytes,
		indexBytes: folderBytes(path.join(dist, 'pagefind')),
		load: { before, after },
	};
	rmSync(root, { recursive: true, force: true });
	return row;
}

const results: SizeResult[] = [];
const started = new Date();
const loadBefore = loadAverage();
try {
	for (const size of sizes) {
		const content = path.join(work, `content-${size}`);
		const mix = writeSyntheticContent({
			source,
			target: content,
			count: Math.max(0, size - sampleEntries),
			mix: sampleMix,
		});
		const entries = Object.values(mix).reduce((sum, count) => sum + (count ?? 0), 0);
		console.log(`== ${entries} 个条目（${JSON.stringify(mix)}）`);
		const loadStart = loadAverage();
		const row = await measure(entries, content, `build-${entries}`);
		const load = { before: loadStart, after: loadAverage() };
		const second = rebuild ? await measure(entries, content, `rebuild-${entries}`) : undefined;
		const weight = JSON.parse(
			readFileSync(path.join(work, `build-${entries}-weight.json`), 'utf8'),
		) as {
			templates: TemplateWeight[];
			breaches: unknown[];
		};
		const heaviest = weight.templates.reduce((a, b) => (b.html > a.html ? b : a));
		const peer = withPeer ? await measurePeer(entries, content) : undefined;
		results.push({
			...row,
			load,
			rebuild: second,
			peer,
			heaviestHtml: { template: heaviest.template, bytes: heaviest.html },
			budgetBreaches: weight.breaches.length,
		});
		console.log(
			`   ${row.buildSeconds.toFixed(1)} 秒，搜索索引 ${row.searchSeconds.toFixed(1)} 秒，内存峰值 ${(row.peakMemoryBytes / 1024 ** 2).toFixed(0)} MB${row.searchPeakMemoryBytes ? `（其中 Pagefind 进程 ${(row.searchPeakMemoryBytes / 1024 ** 2).toFixed(0)} MB）` : ''}${second ? `；再次构建 ${second.buildSeconds.toFixed(1)} 秒` : ''}${peer ? `；Starlight ${peer.buildSeconds.toFixed(1)} 秒，内存峰值 ${(peer.peakMemoryBytes / 1024 ** 2).toFixed(0)} MB` : ''}`,
		);
		rmSync(path.join(work, `site-${entries}`), { recursive: true, force: true });
	}
} finally {
	if (!args.includes('--keep')) {
		rmSync(work, { recursive: true, force: true });
		rmSync(peerWork, { recursive: true, force: true });
	}
}

console.log(`\n首次构建（Astro 缓存为空）：\n\n${formatBenchTable(results)}`);
console.log(`\n各阶段（首次构建；CPU 秒不随机器负载变化）：\n\n${formatStageTable(results)}`);
if (rebuild) {
	const rebuilds = results.flatMap((row) => row.rebuild ?? []);
	console.log(`\n再次构建（沿用缓存）：\n\n${formatBenchTable(rebuilds)}`);
}
if (withPeer) {
	const rows = results.flatMap((row): SideBySideRow[] => [
		{
			site: '同心',
			entries: row.entries,
			pages: row.pages,
			buildSeconds: row.buildSeconds,
			cpuSeconds: row.cpuSeconds,
			peakMemoryBytes: row.peakMemoryBytes,
			indexBytes: row.indexBytes,
			load: row.load,
		},
		...(row.peer ? [row.peer] : []),
	]);
	console.log(`\n与 Starlight 对照（同一次运行，首次构建）：\n\n${formatSideBySide(rows)}`);
	for (let index = 0; index + 1 < rows.length; index += 2) {
		const ratios = peerRatios(rows[index]!, rows[index + 1]!);
		console.log(
			`${rows[index]!.entries} 个条目：用时为 Starlight 的 ×${ratios.seconds.toFixed(2)}${ratios.cpuSeconds === undefined ? '' : `（CPU ×${ratios.cpuSeconds.toFixed(2)}）`}，内存峰值 ×${ratios.memory.toFixed(2)}`,
		);
	}
}
for (const { from, to, factor } of growthFactors(results)) {
	console.log(`每个条目的构建时间，${from} → ${to}：×${factor.toFixed(2)}（1 为线性增长）`);
}
for (const row of results) {
	const goal = BUILD_GOALS.seconds.get(row.entries);
	const verdicts = [
		goal === undefined ? '' : `${row.buildSeconds <= goal ? '✓' : '✗'} ≤ ${goal} 秒`,
		`${row.peakMemoryBytes <= BUILD_GOALS.peakMemoryBytes ? '✓' : '✗'} 内存 ≤ 3 GB`,
	].filter(Boolean);
	console.log(
		`${row.entries} 个条目：${verdicts.join('，')}；最重的 HTML ${row.heaviestHtml.template} ${(row.heaviestHtml.bytes / 1024).toFixed(1)} KB（gzip），${row.budgetBreaches} 处超出页面预算`,
	);
}
const report = {
	started: started.toISOString(),
	cpus: cpus().length,
	loadAverage: { before: loadBefore, after: loadAverage() },
	results,
};
const json = `${JSON.stringify(report, null, 2)}\n`;
console.log(`\n${json}`);
const jsonFile = option('--json');
if (jsonFile) writeFileSync(jsonFile, json);

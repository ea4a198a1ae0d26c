/**
 * `npm run bench:search`: measures the site search. Builds the sample site, makes a query set from
 * it (titles, names, common words, two-word queries), and reports recall, precision at 10,
 * title-in-top-3 and the bytes a first search downloads from a gzip-only and from a brotli host
 * (nginx with `gzip_static`, and with `brotli_static` too); then does the same on a synthetic corpus
 * of 2,000 entries made from the sample's own words, and, for comparison, on Pagefind's own
 * Chinese segmentation. Exits with 1 when the sample site misses a goal.
 *
 * Options: --skip-synthetic, --entries=N (synthetic corpus size, default 2000).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './harness/browser.ts';
import { serveStatic } from './harness/static-server.ts';
import {
	buildQuerySet,
	scoreQuery,
	scoreTyped,
	summarize,
	summarizeTyped,
	type BenchQuery,
	type BenchSummary,
	type QueryScore,
	type TypedScore,
	type TypedSummary,
} from './bench/search-benchmark.ts';
import { TYPED_QUERIES } from './bench/typed-queries.ts';
import { QUERY_DATA_FILE, type QueryData } from '../src/features/search/query-data.ts';
import { indexSite, type IndexStats } from '../src/features/search/index-step.ts';
import { readIndexedPages } from './bench/index-reader.ts';
import type { PagefindApi } from '../src/features/search/pagefind-api.ts';
import { connectPagefind, headFirstSearch } from '../src/features/search/search-engine.ts';
import { PAGE_SIZE } from '../src/features/search/result-list.ts';
import { HeadIndex } from '../src/features/search/head-index.ts';
import { writeSyntheticContent } from './synthetic/synthetic-content.ts';
import { commandSettings } from '../scripts/lib/settings.ts';

const GOALS = {
	recall: 0.95,
	precisionAt10: 0.9,
	titleInTop3: 0.95,
	firstSearchBytes: 150 * 1024,
	typedInTop3: 0.9,
};
const WORK = path.resolve('.tmp', 'bench');
const args = process.argv.slice(2);
const entries = Number(args.find((arg) => arg.startsWith('--entries='))?.split('=')[1] ?? 2000);

function build(name: string, env: Record<string, string> = {}) {
	const outDir = path.join(WORK, name);
	const statsFile = path.join(WORK, `${name}-index.json`);
	const started = performance.now();
	const result = spawnSync('npm', ['run', 'build', '--silent'], {
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			OUT_DIR: outDir,
			SEARCH_STATS_FILE: statsFile,
			// The synthetic corpus has longer lists than any district: report budgets, don't stop.
			PAGE_WEIGHT_BUDGETS: 'report',
			...env,
		},
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	if (result.status !== 0) {
		console.error(`${result.stdout}\n${result.stderr}`.slice(-4000));
		throw new Error(`building ${name} failed`);
	}
	return {
		outDir,
		seconds: (performance.now() - started) / 1000,
		stats: JSON.parse(readFileSync(statsFile, 'utf8')) as IndexStats,
	};
}

/**
 * How the server compresses: `gzip` is nginx with `gzip_static` only (or any browser on a plain
 * HTTP intranet, since browsers ask for brotli only over HTTPS and from localhost); `brotli` is
 * nginx with `brotli_static` too, as `deploy/nginx.conf` sets it up, reached over HTTPS.
 */
type HostKind = 'gzip' | 'brotli';
const HOST_KINDS: HostKind[] = ['gzip', 'brotli'];

/** Serves a built site the way nginx with `gzip_static` (and `brotli_static`) does, counting the bytes it sends. */
async function countingServer(root: string, host: HostKind = 'gzip') {
	const sent: { path: string; bytes: number }[] = [];
	const server = await serveStatic(root, '/', undefined, {
		encodings: host === 'brotli' ? ['br', 'gzip'] : ['gzip'],
		onSent: (pathname, bytes) => sent.push({ path: pathname, bytes }),
	});
	return { url: server.url, sent, close: server.close };
}

/** Pagefind's search module of a built index, run in Node against a local server. */
async function loadPagefind(siteDir: string, serverUrl: string) {
	const module = (await import(
		`${pathToFileURL(path.join(siteDir, 'pagefind', 'pagefind.js')).href}?${path.basename(siteDir)}`
	)) as PagefindApi;
	const options = { basePath: `${serverUrl}pagefind/`, language: 'zh-cn' };
	const urlOf = new Map(
		readIndexedPages(path.join(siteDir, 'pagefind')).map((page) => [page.id, page.url]),
	);
	return { module, options, urlOf };
}

interface QualityRun {
	summary: BenchSummary;
	msPerQuery: number;
	worst: { text: string; recall: number; precisionAt10: number }[];
}

async function measureQuality(
	queries: BenchQuery[],
	run: (query: string) => Promise<string[]>,
): Promise<QualityRun> {
	const scores: QueryScore[] = [];
	const started = performance.now();
	for (const query of queries) scores.push(scoreQuery(query, await run(query.text)));
	const msPerQuery = (performance.now() - started) / queries.length;
	const worst = queries
		.map((query, index) => ({
			text: query.text,
			recall: scores[index]?.recall ?? 0,
			precisionAt10: scores[index]?.precisionAt10 ?? 0,
		}))
		.filter((row) => row.recall < 1 || row.precisionAt10 < 1)
		.sort((a, b) => a.recall + a.precisionAt10 - (b.recall + b.precisionAt10))
		.slice(0, 5);
	return { summary: summarize(queries, scores), msPerQuery, worst };
}

interface TypedRun {
	summary: TypedSummary;
	msPerQuery: number;
	/** The queries whose expected pages are not in the top 3, with what came first. */
	misses: { text: string; top: string[] }[];
}

/** Runs the typed-like query set (`typed-queries.ts`) against a search. */
async function measureTyped(run: (query: string) => Promise<string[]>): Promise<TypedRun> {
	const scores: TypedScore[] = [];
	const misses: TypedRun['misses'] = [];
	const started = performance.now();
	for (const query of TYPED_QUERIES) {
		const ranked = (await run(query.text)).map(
			(url) => new URL(url, 'http://site.invalid').pathname,
		);
		const score = scoreTyped(query.expected, ranked);
		scores.push(score);
		if (!score.inTop3) misses.push({ text: query.text, top: ranked.slice(0, 3) });
	}
	const msPerQuery = (performance.now() - started) / TYPED_QUERIES.length;
	return { summary: summarizeTyped(TYPED_QUERIES, scores), msPerQuery, misses };
}

/** Bytes a reader's browser downloads to open `/search/?q=…` and see the results, per kind of file. */
async function firstSearchBytes(root: string, query: string, host: HostKind) {
	const server = await countingServer(root, host);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
		await page
			.getByRole('status')
			.filter({ hasText: /找到|没有找到/ })
			.waitFor({ timeout: 30_000 });
		await page.waitForLoadState('networkidle');
		const kinds: Record<string, number> = {};
		for (const { path: file, bytes } of server.sent) {
			const kind = /\.pf_fragment$/.test(file)
				? 'fragments'
				: /\.pf_(?:index|meta|filter)$/.test(file)
					? 'index'
					: /\.pagefind$/.test(file)
						? 'wasm'
						: /\/pagefind\/.*\.js$/.test(file)
							? 'pagefind js'
							: /\.js$/.test(file)
								? 'search page js'
								: 'page, css, entry';
			kinds[kind] = (kinds[kind] ?? 0) + bytes;
		}
		return {
			query,
			host,
			requests: server.sent.length,
			total: server.sent.reduce((sum, { bytes }) => sum + bytes, 0),
			kinds,
		};
	} finally {
		await browser.close();
		await server.close();
	}
}

/** Indexes the built pages again with Pagefind's own segmentation, for comparison. */
async function defaultIndex(siteDir: string): Promise<string> {
	const copy = `${siteDir}-pagefind-default`;
	rmSync(copy, { recursive: true, force: true });
	cpSync(siteDir, copy, {
		recursive: true,
		filter: (source) => !source.includes(`${path.sep}pagefind`),
	});
	const { problems } = await indexSite(copy, { prepare: false });
	if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join('\n'));
	return copy;
}

async function measureSite(
	label: string,
	siteDir: string,
	built: { seconds: number; stats: IndexStats },
	queryOptions = {},
) {
	const pages = readIndexedPages(path.join(siteDir, 'pagefind'));
	const queries = buildQuerySet(pages, queryOptions);
	const server = await countingServer(siteDir);
	const chosenIndex = await loadPagefind(siteDir, server.url);
	const data = JSON.parse(
		readFileSync(path.join(siteDir, 'pagefind', QUERY_DATA_FILE), 'utf8'),
	) as QueryData;
	const search = data.heads
		? headFirstSearch(
				() => Promise.resolve(chosenIndex.module),
				new HeadIndex(`${server.url}pagefind/`, data.heads),
				data,
				chosenIndex.options,
			)
		: await connectPagefind(chosenIndex.module, chosenIndex.options, { data });
	// What a reader sees paging on: the first page as the first search ranks it, then every
	// other page found (a first search from the best pages only looks them all up then).
	// How many first searches Pagefind answered (the head index could not): they download more.
	let pagefindAnswers = 0;
	const runChosen = async (query: string) => {
		const first = await search.search(query);
		if (data.heads && first.complete) pagefindAnswers++;
		const shown = first.hits.slice(0, PAGE_SIZE);
		const seen = new Set(shown.map((hit) => hit.id));
		const rest = first.atLeast
			? (await search.search(query, {}, { complete: true })).hits.filter((hit) => !seen.has(hit.id))
			: first.hits.slice(PAGE_SIZE);
		return [...shown, ...rest].map((hit) => chosenIndex.urlOf.get(hit.id) ?? hit.id);
	};
	const chosen = await measureQuality(queries, runChosen);
	const chosenByPagefind = pagefindAnswers;
	const typed = await measureTyped(runChosen);
	const firstByPagefind = { exact: chosenByPagefind, typed: pagefindAnswers - chosenByPagefind };

	const plainDir = await defaultIndex(siteDir);
	const plainServer = await countingServer(plainDir);
	const plainIndex = await loadPagefind(plainDir, plainServer.url);
	await plainIndex.module.options(plainIndex.options);
	const runPlain = async (query: string) =>
		((await plainIndex.module.search(query))?.results ?? []).map(
			(result) => plainIndex.urlOf.get(result.id) ?? result.id,
		);
	const plainRun = await measureQuality(queries, runPlain);
	const plainTyped = await measureTyped(runPlain);
	await server.close();
	await plainServer.close();

	// The first query of each kind, and the longest title (the most different characters).
	const titles = queries.filter((query) => query.kind === 'title');
	const longest = titles.reduce<BenchQuery | undefined>(
		(best, query) => (!best || query.text.length > best.text.length ? query : best),
		undefined,
	);
	const probes = [
		...new Set(
			[
				titles[0]?.text,
				longest?.text,
				queries.find((query) => query.kind === 'term')?.text,
				queries.find((query) => query.kind === 'pair')?.text,
				// Typed-like: traditional characters (the conversion table loads) and pinyin.
				'實踐中心',
				'chencun',
			].filter((text): text is string => Boolean(text)),
		),
	];
	const bytes = [];
	for (const host of HOST_KINDS) {
		for (const probe of probes) bytes.push(await firstSearchBytes(siteDir, probe, host));
	}
	return {
		label,
		pages: pages.length,
		buildSeconds: built.seconds,
		index: built.stats,
		queries: queries.length,
		chosen,
		firstByPagefind,
		plain: plainRun,
		typed,
		plainTyped,
		bytes,
	};
}

function synthesize(count: number): string {
	const target = path.join(WORK, 'synthetic-content');
	writeSyntheticContent({
		source: commandSettings().contentDir,
		target,
		count,
	});
	return target;
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function report(result: Awaited<ReturnType<typeof measureSite>>, withGoals: boolean) {
	const { chosen, plain } = result;
	const worstBytes = Math.max(...result.bytes.map((probe) => probe.total));
	const mark = (ok: boolean) => (withGoals ? (ok ? ' ✓' : ' ✗ 未达标') : '');
	console.log(`\n== ${result.label} ==`);
	console.log(
		`页面 ${result.pages}，构建 ${result.buildSeconds.toFixed(0)} 秒；索引 ${result.index.files} 个文件 ${kb(result.index.bytes)}${result.index.peakMemoryBytes ? `，Pagefind 内存峰值 ${(result.index.peakMemoryBytes / 1024 / 1024).toFixed(0)} MB` : ''}`,
	);
	console.log(
		`查询 ${result.queries} 个（标题 ${chosen.summary.byKind.title}，词语 ${chosen.summary.byKind.term}，两个词 ${chosen.summary.byKind.pair}）`,
	);
	console.log(`                     本站配置（逐字索引 + 连续匹配）   Pagefind 默认分词`);
	console.log(
		`召回率 recall         ${percent(chosen.summary.recall).padEnd(12)}${mark(chosen.summary.recall >= GOALS.recall).padEnd(20)}${percent(plain.summary.recall)}`,
	);
	console.log(
		`precision@10          ${percent(chosen.summary.precisionAt10).padEnd(12)}${mark(chosen.summary.precisionAt10 >= GOALS.precisionAt10).padEnd(20)}${percent(plain.summary.precisionAt10)}`,
	);
	console.log(
		`标题在前三 title@3    ${percent(chosen.summary.titleInTop3).padEnd(12)}${mark(chosen.summary.titleInTop3 >= GOALS.titleInTop3).padEnd(20)}${percent(plain.summary.titleInTop3)}`,
	);
	console.log(
		`每次查询（Node）      ${chosen.msPerQuery.toFixed(1)} ms`.padEnd(52) +
			`${plain.msPerQuery.toFixed(1)} ms`,
	);
	for (const host of HOST_KINDS) {
		const probes = result.bytes.filter((probe) => probe.host === host);
		console.log(
			host === 'gzip'
				? '首次搜索下载（gzip：nginx gzip_static，或 HTTP 内网）：'
				: '首次搜索下载（brotli：nginx brotli_static，HTTPS）：',
		);
		for (const probe of probes) {
			console.log(
				`  “${probe.query}”：${kb(probe.total)}，${probe.requests} 个请求（${Object.entries(
					probe.kinds,
				)
					.map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
					.join('，')}）`,
			);
		}
		const worst = Math.max(...probes.map((probe) => probe.total));
		console.log(`  最多 ${kb(worst)}${mark(worst <= GOALS.firstSearchBytes)}`);
	}
	console.log(
		`首次搜索由 Pagefind 回答（头部索引不够）：精确查询 ${result.firstByPagefind.exact} / ${result.queries}，输入习惯查询 ${result.firstByPagefind.typed} / ${TYPED_QUERIES.length}`,
	);
	const { typed, plainTyped } = result;
	console.log(
		`输入习惯查询 ${typed.summary.queries} 个（简称、缺字、换序、拼音、繁体、同义词、问句）`,
	);
	console.log(
		`召回率 recall         ${percent(typed.summary.recall).padEnd(32)}${percent(plainTyped.summary.recall)}`,
	);
	console.log(
		`precision@10          ${percent(typed.summary.precisionAt10).padEnd(32)}${percent(plainTyped.summary.precisionAt10)}`,
	);
	console.log(
		`预期页面在前三        ${percent(typed.summary.inTop3).padEnd(12)}${mark(typed.summary.inTop3 >= GOALS.typedInTop3).padEnd(20)}${percent(plainTyped.summary.inTop3)}`,
	);
	console.log(
		`  按类：${Object.entries(typed.summary.inTop3ByKind)
			.map(([kind, share]) => `${kind} ${percent(share)}`)
			.join('，')}`,
	);
	console.log(
		`没有结果的查询        ${String(typed.summary.empty.length).padEnd(32)}${plainTyped.summary.empty.length}${typed.summary.empty.length > 0 ? `（${typed.summary.empty.join('、')}）` : ''}`,
	);
	console.log(`每次查询（Node）      ${typed.msPerQuery.toFixed(1)} ms`);
	if (typed.misses.length > 0)
		console.log(
			`前三没有预期页面：${typed.misses.map((miss) => `${miss.text}（${miss.top.join(' ')}）`).join('；')}`,
		);
	if (chosen.worst.length > 0)
		console.log(
			`最差的查询：${chosen.worst.map((row) => `${row.text}（召回 ${percent(row.recall)}，P@10 ${percent(row.precisionAt10)}）`).join('；')}`,
		);
	return (
		chosen.summary.recall >= GOALS.recall &&
		chosen.summary.precisionAt10 >= GOALS.precisionAt10 &&
		chosen.summary.titleInTop3 >= GOALS.titleInTop3 &&
		typed.summary.inTop3 >= GOALS.typedInTop3 &&
		worstBytes <= GOALS.firstSearchBytes
	);
}

mkdirSync(WORK, { recursive: true });
const results = [];
const sampleBuild = build('sample');
const sample = await measureSite('示例站点', sampleBuild.outDir, sampleBuild);
results.push(sample);
const sampleOk = report(sample, true);

if (!args.includes('--skip-synthetic')) {
	const content = synthesize(entries);
	const syntheticBuild = build('synthetic', { CONTENT_DIR: content });
	const synthetic = await measureSite(
		`合成语料（${entries} 个条目）`,
		syntheticBuild.outDir,
		syntheticBuild,
		{ maxTitles: 200 },
	);
	results.push(synthetic);
	report(synthetic, false);
}
writeFileSync(path.join(WORK, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n详细结果：${path.relative(process.cwd(), path.join(WORK, 'results.json'))}`);
process.exit(sampleOk ? 0 : 1);

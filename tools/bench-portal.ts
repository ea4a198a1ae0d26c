/**
 * `npm run bench:portal -- [--districts 10] [--entries 2000] [--json file] [--keep]`: a city
 * portal at scale. Writes that many sample districts of 宝鸡市 of about that many entries each
 * (`tools/sample-districts/`, bodies made of the 凤翔 sample's sentences), builds each with its own
 * BASE_PATH like an operator would, builds the portal over their `dist/` folders, then serves the
 * portal and the districts on one host the way nginx does from a gzip-only server (gzip_static; a
 * plain-HTTP intranet) and measures in Chromium what a first search downloads and whether a search
 * for an entry of each district finds it. Reports wall-clock and CPU seconds, peak memory and the
 * machine's load, as a table and JSON.
 *
 * `--keep` keeps the temporary folder; `--reuse <folder>` measures again the district builds a
 * kept folder holds (rebuilding only the portal), e.g. after a change to the portal's search.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './harness/browser.ts';
import { serveStatic } from './harness/static-server.ts';
import { loadAverage, timedCommand, type TimedRun } from './bench/timed-command.ts';
import { sitesJsonSchema } from '../src/features/map/open-data.ts';
import { districtSummarySchema } from '../src/features/portal/summary-schema.ts';
import { SAMPLE_DISTRICTS } from './sample-districts/sample-district.ts';
import { readDivisions, writeSampleDistricts } from './sample-districts/write-districts.ts';
import { readVocabulary } from './synthetic/synthetic-content.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const index = args.indexOf(name);
	return index >= 0 ? args[index + 1] : undefined;
};
const districtCount = Number(option('--districts') ?? 10);
const entries = Number(option('--entries') ?? 2000);
const codes = Object.keys(SAMPLE_DISTRICTS).slice(0, districtCount);
if (codes.length < districtCount) {
	console.error(`最多 ${Object.keys(SAMPLE_DISTRICTS).length} 个示例区县。`);
	process.exit(2);
}
/** The goal of issue 18: what a first search on the portal may download from a gzip host. */
const FIRST_SEARCH_GOAL = 250 * 1024;

const reuse = option('--reuse');
const work = reuse
	? path.resolve(reuse)
	: mkdtempSync(path.join(tmpdir(), 'tongxin-bench-portal-'));
const contentDir = path.resolve(process.env['CONTENT_DIR'] || 'content');
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Timed extends TimedRun {
	name: string;
}

function check(run: TimedRun, log: string, what: string): void {
	if (run.status === 0) return;
	console.error(readFileSync(log, 'utf8').slice(-4000));
	throw new Error(`${what}失败（日志：${log}）`);
}

/** Bytes the browser downloads for one search on a fresh profile, and the results it shows. */
async function searchOnce(
	page: Page,
	url: string,
	query: string,
	sent: { path: string; bytes: number }[],
	district?: string,
) {
	sent.length = 0;
	const filter = district ? `&district=${encodeURIComponent(district)}` : '';
	await page.goto(`${url}search/?q=${encodeURIComponent(query)}${filter}`);
	await page
		.getByRole('status')
		.filter({ hasText: /找到|没有找到|无法使用/ })
		.waitFor({ timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	const links = await page
		.locator('#search-results .search-result-title a')
		.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).pathname));
	const kinds: Record<string, number> = {};
	for (const { path: file, bytes } of sent) {
		const kind = /\/pagefind\/.*\.pf_meta$/.test(file)
			? 'meta'
			: /\.pf_index$/.test(file)
				? 'index'
				: /\.pf_filter$/.test(file)
					? 'filters'
					: /\.pf_fragment$/.test(file)
						? 'fragments'
						: /\.pagefind$/.test(file)
							? 'wasm'
							: /\/pagefind\/.*\.(?:js|json)$/.test(file)
								? 'pagefind js, entries'
								: 'page, css, js';
		kinds[kind] = (kinds[kind] ?? 0) + bytes;
	}
	return {
		query,
		district,
		status: (await page.getByRole('status').textContent()) ?? '',
		links,
		requests: sent.length,
		total: sent.reduce((sum, { bytes }) => sum + bytes, 0),
		kinds,
	};
}

const started = new Date();
const loadBefore = loadAverage();
const builds: Timed[] = [];
let portalRun: Timed | undefined;
const searches: Awaited<ReturnType<typeof searchOnce>>[] = [];
const found: { district: string; query: string; found: boolean; hits: number }[] = [];
try {
	const dists = new Map<string, string>();
	const folders = reuse
		? new Map(
				codes.map((code) => [
					SAMPLE_DISTRICTS[code]!.id,
					path.join(work, 'content', SAMPLE_DISTRICTS[code]!.id),
				]),
			)
		: writeSampleDistricts({
				out: path.join(work, 'content'),
				codes,
				contentDir,
				entries,
				sentences: readVocabulary(contentDir).sentences,
			});
	console.log(`== ${reuse ? '沿用' : '生成'} ${districtCount} 个区县，每个约 ${entries} 个条目`);
	for (const [id, content] of folders) {
		const outDir = path.join(work, 'districts', id);
		if (reuse && existsSync(path.join(outDir, 'build-info.json'))) {
			dists.set(id, outDir);
			continue;
		}
		const log = path.join(work, `build-${id}.log`);
		const run = await timedCommand(
			['npm', 'run', 'build', '--silent'],
			{
				CONTENT_DIR: content,
				OUT_DIR: outDir,
				BASE_PATH: `/${id}/`,
				ASTRO_CACHE_DIR: path.join(work, 'cache', id),
				// Generated lists are longer than a real district's: report budgets, do not stop.
				PAGE_WEIGHT_BUDGETS: 'report',
			},
			log,
		);
		check(run, log, `构建区县 ${id} `);
		builds.push({ name: id, ...run });
		dists.set(id, outDir);
		console.log(
			`   ${id}：${run.seconds.toFixed(1)} 秒（CPU ${run.cpuSeconds?.toFixed(1) ?? '?'} 秒），内存峰值 ${mb(run.peakMemoryBytes)}`,
		);
	}

	const portalDir = path.join(work, 'portal');
	const portalLog = path.join(work, 'portal.log');
	const run = await timedCommand(
		['npm', 'run', 'portal', '--silent', '--', '--out', portalDir, ...dists.values()],
		{},
		portalLog,
	);
	check(run, portalLog, '构建门户');
	portalRun = { name: 'portal', ...run };
	console.log(
		`== 门户：${run.seconds.toFixed(1)} 秒（CPU ${run.cpuSeconds?.toFixed(1) ?? '?'} 秒），内存峰值 ${mb(run.peakMemoryBytes)}`,
	);

	const sent: { path: string; bytes: number }[] = [];
	const server = await serveStatic(portalDir, '/', undefined, {
		encodings: ['gzip'],
		onSent: (pathname, bytes) => sent.push({ path: pathname, bytes }),
		mounts: [...dists].map(([id, root]) => ({ path: `/${id}/`, root })),
	});
	const browser = await launchBrowser();
	try {
		// The name of an entry in one district only: a center named after a town no other has.
		const divisions = readDivisions();
		const townNames = new Map<string, number>();
		for (const row of divisions.filter((division) => division.level === 'town')) {
			townNames.set(row.name, (townNames.get(row.name) ?? 0) + 1);
		}
		const probes: { district: string; name: string; query: string }[] = [];
		for (const [id, dist] of dists) {
			const { sites } = sitesJsonSchema.parse(
				JSON.parse(readFileSync(path.join(dist, 'data/sites.json'), 'utf8')),
			);
			const site = sites.find(
				(candidate) =>
					candidate.type === 'centers' && candidate.town && townNames.get(candidate.town) === 1,
			);
			const { district } = districtSummarySchema.parse(
				JSON.parse(readFileSync(path.join(dist, 'data/summary.json'), 'utf8')),
			);
			if (site) probes.push({ district: id, name: district.name, query: site.name });
		}
		const firstProbes = [probes[0]?.query, '统战', '民营企业 协商'].filter(
			(query): query is string => Boolean(query),
		);
		const first = probes[0];
		for (const [query, district] of [
			...firstProbes.map((query) => [query, undefined] as const),
			// A reader who chose a district first, or came from that district's page.
			...(first ? [[first.query, first.name] as const] : []),
		]) {
			const context = await browser.newContext();
			searches.push(await searchOnce(await context.newPage(), server.url, query, sent, district));
			await context.close();
		}
		const context = await browser.newContext();
		const page = await context.newPage();
		for (const probe of probes) {
			const result = await searchOnce(page, server.url, probe.query, sent);
			found.push({
				district: probe.district,
				query: probe.query,
				found: result.links.some((link) => link.startsWith(`/${probe.district}/`)),
				hits: result.links.length,
			});
		}
		await context.close();
	} finally {
		await browser.close();
		await server.close();
	}
} finally {
	if (!args.includes('--keep') && !reuse) rmSync(work, { recursive: true, force: true });
	else console.log(`保留了临时文件夹 ${work}`);
}

const sum = (runs: Timed[], key: 'seconds' | 'cpuSeconds') =>
	runs.reduce((total, run) => total + (run[key] ?? 0), 0);
console.log(`\n| 构建 | 墙钟秒 | CPU 秒 | 内存峰值 |\n| --- | ---: | ---: | ---: |`);
for (const run of [...builds, ...(portalRun ? [portalRun] : [])]) {
	console.log(
		`| ${run.name} | ${run.seconds.toFixed(1)} | ${run.cpuSeconds?.toFixed(1) ?? '?'} | ${mb(run.peakMemoryBytes)} |`,
	);
}
console.log(
	`| ${builds.length} 个区县合计 | ${sum(builds, 'seconds').toFixed(1)} | ${sum(builds, 'cpuSeconds').toFixed(1)} | |`,
);
console.log('\n首次搜索下载（gzip 主机，新的浏览器配置）：');
for (const search of searches) {
	console.log(
		`  “${search.query}”${search.district ? `（区县：${search.district}）` : ''}：${kb(search.total)}，${search.requests} 个请求（${Object.entries(
			search.kinds,
		)
			.map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
			.join('，')}）；${search.status}`,
	);
}
const worst = Math.max(
	...searches.filter((search) => !search.district).map((search) => search.total),
);
console.log(
	`  最多 ${kb(worst)}：${worst <= FIRST_SEARCH_GOAL ? '✓' : '✗'} ≤ ${kb(FIRST_SEARCH_GOAL)}`,
);
console.log('\n每个区县一个只在该区县存在的名称：');
for (const row of found) {
	console.log(`  ${row.found ? '✓' : '✗'} ${row.district}：“${row.query}”（${row.hits} 条结果）`);
}
const report = {
	started: started.toISOString(),
	cpus: cpus().length,
	loadAverage: { before: loadBefore, after: loadAverage() },
	districts: districtCount,
	entries,
	builds,
	portal: portalRun,
	firstSearches: searches,
	found,
};
const json = `${JSON.stringify(report, null, 2)}\n`;
const jsonFile = option('--json');
if (jsonFile) writeFileSync(jsonFile, json);
else console.log(`\n${json}`);
process.exit(found.every((row) => row.found) && found.length === districtCount ? 0 : 1);

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { listSiteFiles } from '../../core/post-build/site-files.ts';
import type { BuildProblem, PostBuildStep } from '../../core/post-build/types.ts';
import { repackSearchFiles } from './index-chunks.ts';
import { prepareForIndex } from './prepare-html.ts';
import { QUERY_DATA_FILE, type QueryData } from './query-data.ts';
import { readSynonyms } from './synonyms.ts';
import { traditionalTable } from './traditional-table.ts';

/** The folder of the built site that holds the search index and Pagefind's search code. */
export const SEARCH_FOLDER = 'pagefind';

/**
 * The Pagefind files the search page uses. Pagefind also writes its ready-made UIs and a
 * highlighter; the site has its own search page, so those are left out.
 */
export function isNeededSearchFile(file: string): boolean {
	return (
		/^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json)$/.test(file) ||
		/^[^/]+\.pf_meta$/.test(file) ||
		/^wasm\.[^/]+\.pagefind$/.test(file) ||
		/^(?:index|fragment|filter)\/[^/]+\.pf_(?:index|fragment|filter)$/.test(file)
	);
}

/**
 * The language Pagefind indexes the prepared pages as. Pagefind segments Chinese (`zh-*`) pages
 * itself, and then gives each punctuation mark a word position of its own, so that `个性”职责`
 * no longer matches `个性职责`. The prepared pages already have a space around every Chinese
 * character, so they are indexed as "undetermined" (`und`), which Pagefind splits at spaces only
 * and whose words drop their punctuation. The search page (`lang="zh-CN"`) falls back to this
 * index, the only one there is.
 */
export const INDEX_LANGUAGE = 'und';

/** Pages handed to Pagefind before this process waits for it to take more. */
const PAGES_IN_FLIGHT = 8;

/** What indexing a site did, for the build log and the benchmark. */
export interface IndexStats {
	pages: number;
	files: number;
	bytes: number;
	/** Highest resident memory of the Pagefind process, when the system tells it (Linux). */
	peakMemoryBytes?: number;
}

/** The Pagefind child process of this process, found through /proc (Linux only). */
function pagefindPeakMemory(): number | undefined {
	try {
		for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
			const status = readFileSync(`/proc/${pid}/status`, 'utf8');
			const parent = /^PPid:\s+(\d+)/m.exec(status)?.[1];
			if (Number(parent) !== process.pid || !/^Name:\s+pagefind/m.test(status)) continue;
			const peak = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
			if (peak) return Number(peak) * 1024;
		}
	} catch {
		// Not Linux, or the process is gone: the figure is only informative.
	}
	return undefined;
}

/**
 * Indexes the pages of a built site that mark their content with `data-pagefind-body` and writes
 * the index to `pagefind/` inside it. Returns what went wrong, or the figures of the index.
 * `prepare: false` indexes the pages as they are, with Pagefind's own Chinese segmentation (the
 * benchmark compares the two).
 */
export async function indexSite(
	dir: string,
	{
		prepare = true,
		synonyms = [],
		headPages = 0,
	}: {
		prepare?: boolean;
		synonyms?: string[][];
		/** The head index's pages per word (see `head-index.ts`); 0 writes none. */
		headPages?: number;
	} = {},
): Promise<{ problems: BuildProblem[]; stats: IndexStats }> {
	const problems: BuildProblem[] = [];
	/** Every Chinese character of the indexed pages, for the traditional-character table. */
	const siteCharacters = new Set<string>();
	const { index, errors } = await pagefind.createIndex({
		writePlayground: false,
		...(prepare ? { forceLanguage: INDEX_LANGUAGE } : {}),
	});
	if (!index) {
		await pagefind.close();
		return {
			problems: [{ file: SEARCH_FOLDER, message: `无法启动 Pagefind：${errors.join('；')}` }],
			stats: { pages: 0, files: 0, bytes: 0 },
		};
	}
	let pages = 0;
	// Pagefind indexes in its own process: while it reads one page, this one prepares the next
	// (one page at a time left both processes waiting on each other half of the time).
	const inFlight = new Set<Promise<void>>();
	for (const file of listSiteFiles(dir).filter((name) => name.endsWith('.html'))) {
		const html = readFileSync(path.join(dir, file), 'utf8');
		if (!html.includes('data-pagefind-body')) continue;
		for (const char of html.match(/\p{Script=Han}/gu) ?? []) siteCharacters.add(char);
		const content = prepare ? prepareForIndex(html, { synonyms }) : html;
		const adding: Promise<void> = index
			.addHTMLFile({ sourcePath: file, content })
			.then((added) => {
				for (const error of added.errors)
					problems.push({ file, message: `搜索索引出错：${error}` });
			})
			.finally(() => inFlight.delete(adding));
		inFlight.add(adding);
		pages++;
		if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
	}
	await Promise.all(inFlight);
	if (pages === 0) {
		problems.push({
			file: SEARCH_FOLDER,
			message: '没有页面标记了 data-pagefind-body，搜索索引为空。请检查页面模板。',
		});
	}
	const output = await index.getFiles();
	for (const error of output.errors) problems.push({ file: SEARCH_FOLDER, message: error });
	const peakMemoryBytes = pagefindPeakMemory();
	await index.deleteIndex();
	await pagefind.close();

	let files = 0;
	let bytes = 0;
	const needed = output.files
		.map((file) => ({ path: file.path.split(path.sep).join('/'), content: file.content }))
		.filter((file) => isNeededSearchFile(file.path));
	const repacked = prepare ? repackSearchFiles(needed, { headPages }) : undefined;
	const written = repacked?.files ?? needed;
	const queryData: QueryData = {
		synonyms,
		traditional: traditionalTable(siteCharacters),
		...(repacked?.heads ? { heads: repacked.heads } : {}),
	};
	const extra = prepare
		? [{ path: QUERY_DATA_FILE, content: new TextEncoder().encode(JSON.stringify(queryData)) }]
		: [];
	for (const { path: name, content } of [...written, ...extra]) {
		const target = path.join(dir, SEARCH_FOLDER, name);
		mkdirSync(path.dirname(target), { recursive: true });
		writeFileSync(target, content);
		files++;
		bytes += content.byteLength;
	}
	return {
		problems,
		stats: { pages, files, bytes, ...(peakMemoryBytes ? { peakMemoryBytes } : {}) },
	};
}

/**
 * The search index as a post-build step. It runs first, so the offline and link checks and the
 * compression see Pagefind's files too. With `SEARCH_STATS_FILE` set, it writes its figures there
 * as JSON (the benchmark reads them).
 */
export const searchIndex: PostBuildStep = {
	name: '搜索索引（Pagefind）',
	async run({ dir, settings }) {
		let synonyms: string[][];
		try {
			synonyms = readSynonyms(settings.contentDir);
		} catch (error) {
			return [{ file: 'content/taxonomies/synonyms.yaml', message: (error as Error).message }];
		}
		const { problems, stats } = await indexSite(dir, {
			synonyms,
			headPages: settings.searchHeadPages,
		});
		const statsFile = settings.reports.searchStatsFile;
		if (statsFile) writeFileSync(statsFile, `${JSON.stringify(stats, null, 2)}\n`);
		return problems;
	},
};

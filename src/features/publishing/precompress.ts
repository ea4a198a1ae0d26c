import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { listSiteFiles } from '../../core/post-build/site-files.ts';
import type { PostBuildStep } from '../../core/post-build/types.ts';
import { runInBatches } from '../../core/worker-pool.ts';

/**
 * Formats worth compressing: text, and the search index, which the search step stores
 * uncompressed (`src/features/search/index-chunks.ts`). Images and documents are compressed already.
 */
const COMPRESSIBLE =
	/\.(?:html|css|m?js|json|geojson|xml|svg|txt|md|csv|webmanifest|pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/i;

/** Files below this size gain nothing from compression. */
const MIN_BYTES = 512;

/** Below this many bytes in all, processes cost more to start than they save. */
const BYTES_WORTH_PROCESSES = 4 * 1024 * 1024;

/**
 * Brotli quality per file, chosen by measured bytes against CPU seconds (`npm run
 * bench:compression`, docs/performance.md). Stylesheets, scripts, icons, Pagefind's code, its
 * metadata and its filters are few and every reader downloads them: the best (11). The word
 * index's chunks, the result fragments and the pages are thousands and a reader fetches a few of
 * them: 8. On a 1,000-entry site 11 made the index chunks 8 % smaller for 23 times the CPU (4.6 s
 * against 0.2 s), and 10 the fragments 12 % smaller for 12 times (1.9 s against 0.15 s); a first
 * search fetches a few KB of each, and only a brotli host (HTTPS) sends them.
 */
export function brotliQuality(file: string): number {
	return /\.(?:css|m?js|svg|pagefind|pf_meta|pf_filter)$/i.test(file)
		? constants.BROTLI_MAX_QUALITY
		: 8;
}

/**
 * Gzip level per file: 9, except for the word index's chunks, binary data on which level 9 takes
 * five times as long as 6 for 1.5 % fewer bytes (10,000 entries: 9.3 CPU s against 1.9 s for the
 * 709 chunks, 15.6 MB against 15.9 MB). Pages and fragments gain as little from 9 but cost little.
 */
export function gzipLevel(file: string): number {
	return file.endsWith('.pf_index') ? 6 : 9;
}

/** How much a file costs to compress, roughly: its bytes, times the cost of its quality. */
function compressionWeight({ bytes, file }: { bytes: number; file: string }): number {
	return bytes * (brotliQuality(file) === constants.BROTLI_MAX_QUALITY ? 20 : 1);
}

/**
 * Writes `.gz` and `.br` beside each file (absolute paths). Synchronous on purpose: Node's
 * asynchronous zlib was three times slower on a thousand small pages (a stream and its buffers
 * per call); the step uses both cores through processes instead (`runInBatches`).
 */
export function compressFiles(files: readonly string[]): void {
	for (const absolute of files) {
		const content = readFileSync(absolute);
		writeFileSync(`${absolute}.gz`, gzipSync(content, { level: gzipLevel(absolute) }));
		writeFileSync(
			`${absolute}.br`,
			brotliCompressSync(content, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: brotliQuality(absolute),
					[constants.BROTLI_PARAM_SIZE_HINT]: content.length,
				},
			}),
		);
	}
}

/**
 * Writes `.gz` and `.br` beside every compressible file, so that nginx (`gzip_static`,
 * `brotli_static`) serves them without compressing on every request.
 */
export const precompress: PostBuildStep = {
	name: '预压缩（gzip、brotli）',
	async run({ dir }) {
		const files = listSiteFiles(dir)
			.filter((file) => COMPRESSIBLE.test(file))
			.map((file) => path.join(dir, file))
			.map((file) => ({ file, bytes: statSync(file).size }))
			.filter(({ bytes }) => bytes >= MIN_BYTES);
		const total = files.reduce((sum, { bytes }) => sum + bytes, 0);
		if (total < BYTES_WORTH_PROCESSES) {
			compressFiles(files.map(({ file }) => file));
			return [];
		}
		await runInBatches<{ file: string; bytes: number }, true>({
			isolation: 'processes',
			module: new URL('./precompress-worker.ts', import.meta.url),
			items: files,
			weight: compressionWeight,
		});
		return [];
	},
};

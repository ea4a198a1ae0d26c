import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { listSiteFiles } from '../../core/post-build/site-files.ts';
import type { PostBuildStep } from '../../core/post-build/types.ts';

/**
 * Formats worth compressing: text, and the search index, which the search step stores
 * uncompressed (`src/features/search/index-chunks.ts`). Images and documents are compressed already.
 */
const COMPRESSIBLE =
	/\.(?:html|css|m?js|json|geojson|xml|svg|txt|md|csv|webmanifest|pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/i;

/** Files below this size gain nothing from compression. */
const MIN_BYTES = 512;

/**
 * Brotli quality per file. Stylesheets, scripts, icons and the search code and word index are few
 * and every reader downloads them: they get the best (slowest) compression. Pages are thousands: quality 11 took 17 s for the 1,000
 * pages of a 1,000-entry site and would take minutes at 10,000, while quality 8 takes 0.4 s and its
 * files are about 9 % larger, still about 18 % smaller than gzip (docs/performance.md).
 */
export function brotliQuality(file: string): number {
	return /\.(?:css|m?js|svg|pagefind|pf_meta|pf_index|pf_filter)$/i.test(file)
		? constants.BROTLI_MAX_QUALITY
		: 8;
}

/**
 * Writes `.gz` and `.br` beside every compressible file, so that nginx (`gzip_static`,
 * `brotli_static`) serves them without compressing on every request. Synchronous on purpose:
 * Node's asynchronous zlib was three times slower on a thousand small pages (a stream and its
 * buffers per call).
 */
export const precompress: PostBuildStep = {
	name: '预压缩（gzip、brotli）',
	run({ dir }) {
		for (const file of listSiteFiles(dir)) {
			if (!COMPRESSIBLE.test(file)) continue;
			const absolute = path.join(dir, file);
			const content = readFileSync(absolute);
			if (content.length < MIN_BYTES) continue;
			writeFileSync(`${absolute}.gz`, gzipSync(content, { level: 9 }));
			writeFileSync(
				`${absolute}.br`,
				brotliCompressSync(content, {
					params: {
						[constants.BROTLI_PARAM_QUALITY]: brotliQuality(file),
						[constants.BROTLI_PARAM_SIZE_HINT]: content.length,
					},
				}),
			);
		}
		return [];
	},
};

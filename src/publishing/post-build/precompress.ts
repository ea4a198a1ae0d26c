import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { listSiteFiles } from './site-files.ts';
import type { PostBuildStep } from './types.ts';

/**
 * Formats worth compressing: text, and the search index, which the search step stores
 * uncompressed (`src/search/index-chunks.ts`). Images and documents are compressed already.
 */
const COMPRESSIBLE =
	/\.(?:html|css|m?js|json|geojson|xml|svg|txt|md|csv|webmanifest|pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/i;

/** Files below this size gain nothing from compression. */
const MIN_BYTES = 512;

/**
 * Writes `.gz` and `.br` beside every compressible file, so that nginx (`gzip_static`,
 * `brotli_static`) serves them without compressing on every request.
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
						[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
						[constants.BROTLI_PARAM_SIZE_HINT]: content.length,
					},
				}),
			);
		}
		return [];
	},
};

/**
 * `npm run bench:compression -- <built site>`: bytes and CPU seconds of gzip and of each brotli
 * quality over a built site's search index (Pagefind's `pf_index`, `pf_meta` and `pf_filter`
 * files, which the search step stores uncompressed and precompression compresses), to choose
 * the quality by measured bytes against seconds (docs/performance.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const site = process.argv[2];
if (!site) {
	console.error('用法：npm run bench:compression -- <构建好的网站文件夹，例如 dist>');
	process.exit(2);
}
const folder = path.join(site, 'pagefind');
const files = readdirSync(folder, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && /\.(?:pf_index|pf_meta|pf_filter)$/.test(entry.name))
	.map((entry) => readFileSync(path.join(entry.parentPath, entry.name)));
const raw = files.reduce((sum, file) => sum + file.length, 0);
console.log(`${files.length} 个索引文件，共 ${(raw / 1024).toFixed(0)} KB（未压缩）\n`);
console.log('| method | KB | CPU s |\n| --- | ---: | ---: |');
const measure = (label: string, compress: (file: Buffer) => Buffer) => {
	const start = process.cpuUsage();
	const bytes = files.reduce((sum, file) => sum + compress(file).length, 0);
	const used = process.cpuUsage(start);
	console.log(
		`| ${label} | ${(bytes / 1024).toFixed(1)} | ${((used.user + used.system) / 1e6).toFixed(2)} |`,
	);
};
measure('gzip 9', (file) => gzipSync(file, { level: 9 }));
for (const quality of [5, 8, 9, 10, 11]) {
	measure(`brotli ${quality}`, (file) =>
		brotliCompressSync(file, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: quality,
				[constants.BROTLI_PARAM_SIZE_HINT]: file.length,
			},
		}),
	);
}

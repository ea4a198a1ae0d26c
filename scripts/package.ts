/**
 * `npm run package`: packs the built `dist/` into `packages/<name>.tar.gz` with a SHA-256
 * checksum file beside it, for carrying to an intranet server. Build first with `npm run build`.
 *
 * Options: --dist <folder> (default: OUT_DIR or dist), --out <folder> (default: packages).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { create } from 'tar';
import type { BuildInfo } from '../src/features/publishing/build-info.ts';
import { checksumLine, packageName } from '../src/features/publishing/package-name.ts';
import { packageRefusal } from '../src/features/publishing/site-url-check.ts';
import { commandSettings } from './lib/settings.ts';

const { values } = parseArgs({
	options: { dist: { type: 'string' }, out: { type: 'string', default: 'packages' } },
});
const dist = values.dist ? path.resolve(values.dist) : commandSettings().outDir;
const infoFile = path.join(dist, 'build-info.json');
if (!existsSync(infoFile)) {
	console.error(
		`找不到已构建的网站（${path.relative(process.cwd(), infoFile)}）。请先运行 npm run build。`,
	);
	process.exit(1);
}

const info = JSON.parse(readFileSync(infoFile, 'utf8')) as BuildInfo;
const refusal = packageRefusal(info);
if (refusal) {
	console.error(refusal);
	process.exit(1);
}
const name = packageName(info);
const outDir = path.resolve(values.out);
mkdirSync(outDir, { recursive: true });
const archive = path.join(outDir, `${name}.tar.gz`);
const partial = `${archive}.partial`;

// The archive holds one folder named like the package, so unpacking never spills files around.
await create({ gzip: { level: 9 }, file: partial, cwd: dist, portable: true, prefix: name }, ['.']);
renameSync(partial, archive);
const digest = createHash('sha256').update(readFileSync(archive)).digest('hex');
writeFileSync(`${archive}.sha256`, checksumLine(digest, path.basename(archive)));
console.log(`已打包：${path.relative(process.cwd(), archive)}`);
console.log(
	`校验文件：${path.relative(process.cwd(), archive)}.sha256（在服务器上用 sha256sum -c 校验）`,
);

/**
 * `npm run portal:sample`: builds the three sample districts of 宝鸡市 (凤翔 from `content/`, two
 * generated ones) into `.tmp/portal-sample/districts/`, each under its own path, and then the
 * sample portal (`portal/portal.yaml`) over them into `dist-portal/`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './harness/build-site.ts';
import { buildSampleDistricts } from './harness/sample-portal.ts';

const work = path.join(PROJECT_ROOT, '.tmp', 'portal-sample');
const { dists, builds } = buildSampleDistricts(work);
const failed = builds.find((build) => build.status !== 0);
if (failed) {
	console.error(failed.output.slice(-4000));
	console.error(`示例区县 ${path.basename(failed.outDir)} 构建失败（见上）。`);
	process.exit(1);
}
for (const [id, dist] of Object.entries(dists)) {
	console.log(`✓ 区县 ${id}：${path.relative(process.cwd(), dist)}/`);
}
const portal = spawnSync('npm', ['run', 'portal', '--silent', '--', ...process.argv.slice(2)], {
	cwd: PROJECT_ROOT,
	stdio: 'inherit',
});
process.exit(portal.status ?? 1);

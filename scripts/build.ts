/**
 * `npm run build`: checks the content, builds the site into a temporary folder, runs the
 * post-build steps (checks, compression) on it, and only then puts it in place of `dist/`.
 * Any problem stops the build with a message naming the file, and the old `dist/` stays as it was.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblem } from '../src/core/content-check/index.ts';
import { buildInfo } from '../src/features/publishing/build-info.ts';
import {
	discardFolder,
	partialFolderOf,
	replaceFolder,
} from '../src/core/post-build/output-folder.ts';
import { postBuildSteps } from '../src/site/post-build-steps.ts';
import { defaultSiteUrlWarning } from '../src/features/publishing/site-url-check.ts';
import { commandSettings } from './lib/settings.ts';
import { contentModel } from '../src/site/content-rules.ts';

function stop(message: string): never {
	console.error(`\n构建已停止：${message}`);
	process.exit(1);
}

const settings = commandSettings();
const siteUrlWarning = defaultSiteUrlWarning(settings);
if (siteUrlWarning) console.warn(siteUrlWarning);

// Seconds of each stage; with BUILD_TIMINGS_FILE set, written there as JSON (the build benchmark).
const timings: { stage: string; seconds: number }[] = [];
let stageStarted = performance.now();
const stageDone = (stage: string) => {
	const seconds = (performance.now() - stageStarted) / 1000;
	timings.push({ stage, seconds });
	stageStarted = performance.now();
	return seconds.toFixed(1);
};

const root = settings.contentDir;
// Only the problems are kept, and the parsed entries (over 500 MB for 10,000 entries) are
// collected now: while Astro runs this process waits without collecting, and Pagefind, which
// needs the most memory, comes after (`npm run build` exposes gc(); plain node skips this).
const { problems: contentProblems } = checkContent(root, contentModel);
(globalThis as { gc?: () => void }).gc?.();
if (contentProblems.length > 0) {
	const folderName = path.relative(process.cwd(), root) || '.';
	for (const problem of contentProblems) console.error(formatProblem(problem, folderName));
	stop(`内容中有 ${contentProblems.length} 个问题（见上）。改正后再运行 npm run build。`);
}

const outDir = settings.outDir;
const partial = partialFolderOf(outDir);
discardFolder(partial);
stageDone('content check');
const astro = spawnSync('astro', ['build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, OUT_DIR: partial },
	shell: process.platform === 'win32',
});
if (astro.status !== 0) {
	discardFolder(partial);
	stop('Astro 构建失败（见上）。原来的网站文件没有改动。');
}
stageDone('astro build');

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const info = buildInfo(pkg, settings);
writeFileSync(path.join(partial, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);

for (const step of postBuildSteps) {
	const problems = await step.run({ dir: partial, settings });
	const seconds = stageDone(step.name);
	if (problems.length > 0) {
		for (const problem of problems)
			console.error(`${path.basename(outDir)}/${problem.file}  ${problem.message}`);
		discardFolder(partial);
		stop(`${step.name}发现 ${problems.length} 个问题（见上）。原来的网站文件没有改动。`);
	}
	console.log(`✓ ${step.name}（${seconds} 秒）`);
}

replaceFolder(partial, outDir);
const timingsFile = settings.reports.timingsFile;
if (timingsFile) writeFileSync(timingsFile, `${JSON.stringify(timings, null, 2)}\n`);
if (siteUrlWarning) console.warn(siteUrlWarning);
console.log(
	`✓ ${info.profile === 'intranet' ? '内网版' : '公开版'}网站已写入 ${path.relative(process.cwd(), outDir) || '.'}/`,
);

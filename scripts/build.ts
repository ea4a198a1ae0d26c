/**
 * `npm run build`: checks the content, builds the site into a temporary folder, runs the
 * post-build steps (checks, compression) on it, and only then puts it in place of `dist/`.
 * Any problem stops the build with a message naming the source file, in Chinese, and the old
 * `dist/` stays as it was. Astro's and Vite's own errors are caught here and explained the same
 * way; a stack trace is shown only with DEBUG=1.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, isError } from '../src/core/content-check/index.ts';
import { readContent } from '../src/core/content-check/read-content.ts';
import { validateEntries } from '../src/core/content-check/validate.ts';
import { formatFieldPath } from '../src/core/content-check/problem.ts';
import { buildInfo } from '../src/features/publishing/build-info.ts';
import { defaultSiteUrlWarning } from '../src/features/publishing/site-url-check.ts';
import { explainAstroFailure, type PictureUse } from '../src/features/publishing/build-errors.ts';
import {
	discardFolder,
	partialFolderOf,
	replaceFolder,
} from '../src/core/post-build/output-folder.ts';
import { postBuildSteps, postBuildWorker } from '../src/site/post-build-steps.ts';
import {
	groupSteps,
	runStep,
	runTogether,
	togetherStageName,
	type StageTiming,
	type StepOutcome,
} from '../src/core/post-build/run-steps.ts';
import { commandSettings } from './lib/settings.ts';
import { contentModel } from '../src/site/content-rules.ts';
import { formatPublicationReport } from '../src/features/review/publication-report.ts';
import { cpuSecondsSoFar } from '../src/core/cpu-time.ts';
import { runInThread } from '../src/core/worker-pool.ts';
import type { checkForBuild, ContentCheckTask } from './lib/content-check-worker.ts';

// The one switch read here rather than in the settings: it changes what is printed, not what is built.
const debug = process.env['DEBUG'] === '1';
const settings = commandSettings();
const siteUrlWarning = defaultSiteUrlWarning(settings);
if (siteUrlWarning) console.warn(siteUrlWarning);
const root = settings.contentDir;
const folderName = path.relative(process.cwd(), root) || '.';
const outDir = settings.outDir;
const partial = partialFolderOf(outDir);
let stage = '内容检查';

function stop(message: string): never {
	discardFolder(partial);
	console.error(`\n构建已停止：${message}`);
	process.exit(1);
}

/** Where pictures of the content folder are named (read only when a picture failed). */
function picturesWhere(matches: (contentRelative: string) => boolean): PictureUse[] {
	const { checked } = validateEntries(readContent(root).entries, contentModel.schemas);
	return checked.flatMap((entry) =>
		entry.images
			.filter((image) =>
				matches(
					path.posix.normalize(path.posix.join(path.posix.dirname(entry.raw.file), image.src)),
				),
			)
			.map((image) => ({
				file: entry.raw.file,
				line: entry.raw.lineOf(image.path),
				field: formatFieldPath(image.path),
				src: image.src,
			})),
	);
}
const picturesNamed = (contentRelative: string) =>
	picturesWhere((picture) => picture === contentRelative);

/** Runs `astro build`, showing its progress but keeping its error print-out to explain it. */
function runAstro(): Promise<{ status: number | null; errors: string; output: string }> {
	return new Promise((resolve) => {
		const child = spawn('astro', ['build', ...process.argv.slice(2)], {
			stdio: ['inherit', 'pipe', 'pipe'],
			env: { ...process.env, OUT_DIR: partial },
			shell: process.platform === 'win32',
		});
		let errors = '';
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			process.stdout.write(chunk);
		});
		child.stderr.on('data', (chunk: Buffer) => {
			errors += chunk.toString();
			// Warnings are shown as they come; an error is explained once Astro has stopped.
			if (debug || !/\[ERROR\]|Stack trace:|^\s+at /m.test(errors)) process.stderr.write(chunk);
		});
		child.on('close', (status) => resolve({ status, errors, output }));
		child.on('error', (error) => resolve({ status: 1, errors: String(error), output }));
	});
}

// A picture Astro could not read is published as it is (broken): stop instead.
const UNREADABLE_PICTURE = /Astro could not optimize image "[^"]*\/([^/"]+?)\.[\w-]+\.(\w+)"/;

async function build(): Promise<void> {
	// Seconds of each stage; with BUILD_TIMINGS_FILE set, written there as JSON (the build benchmark).
	// CPU seconds beside them: on a shared machine the wall clock also counts others' work.
	const timings: StageTiming[] = [];
	let stageStarted = performance.now();
	let cpuStarted = cpuSecondsSoFar();
	const stageDone = (name: string, parts?: StepOutcome[]) => {
		const seconds = (performance.now() - stageStarted) / 1000;
		const cpu = cpuSecondsSoFar();
		timings.push({
			stage: name,
			seconds,
			cpuSeconds: cpu - cpuStarted,
			...(parts
				? {
						parts: parts.map(({ step, seconds, cpuSeconds }) => ({
							stage: step,
							seconds,
							cpuSeconds,
						})),
					}
				: {}),
		});
		stageStarted = performance.now();
		cpuStarted = cpu;
		return seconds.toFixed(1);
	};

	// On a thread of its own, so that the parsed content is gone before Astro starts.
	const { contentProblems, report } = await runInThread<
		ContentCheckTask,
		ReturnType<typeof checkForBuild>
	>(new URL('./lib/content-check-worker.ts', import.meta.url), { root, today: settings.today });
	for (const problem of contentProblems) console.error(formatProblem(problem, folderName));
	const errors = contentProblems.filter(isError);
	if (errors.length > 0) {
		stop(
			`内容中有 ${errors.length} 个问题（见上）。改正后再运行 npm run build。原来的网站文件没有改动。`,
		);
	}

	// Said before the pages are made, where the operator reads the build's start.
	for (const line of formatPublicationReport(report, settings.profile, folderName))
		console.log(line);

	discardFolder(partial);
	stageDone('content check');
	stage = 'Astro 生成网页';
	const astro = await runAstro();
	if (astro.status !== 0) {
		const explained = explainAstroFailure(astro.errors, root, picturesNamed);
		if (explained.where) console.error(`${explained.where}  ${explained.message}`);
		else console.error(explained.message);
		stop('Astro 生成网页时出错（见上）。原来的网站文件没有改动。');
	}
	const unreadable = UNREADABLE_PICTURE.exec(`${astro.output}\n${astro.errors}`);
	if (unreadable) {
		// Astro names the copy after the file: `cover.<hash>.webp` for any picture named cover.*.
		const stem = unreadable[1]!;
		const uses = picturesWhere(
			(picture) => path.posix.basename(picture).replace(/\.[^.]+$/, '') === stem,
		);
		for (const use of uses)
			console.error(
				`${folderName}/${use.file}:${use.line}  ${use.field}  图片 ${use.src} 已损坏，无法处理（只能原样发布，读者看到的是坏图）。请用图片软件重新导出为 .webp 或 .jpg 后替换。`,
			);
		if (uses.length === 0)
			console.error(`图片 ${stem}.${unreadable[2]} 已损坏，无法处理。请重新导出后替换。`);
		stop('有图片无法处理（见上）。原来的网站文件没有改动。');
	}
	stageDone('astro build');

	const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
	const info = buildInfo(pkg, settings);
	writeFileSync(path.join(partial, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);

	const site = { dir: partial, settings };
	for (const group of groupSteps(postBuildSteps)) {
		const names = group.steps.map((step) => step.name);
		stage = names.join('、');
		let outcomes: StepOutcome[];
		if (group.together) {
			console.log(`同时进行：${stage}`);
			outcomes = await runTogether(group.steps, site, postBuildWorker);
			stageDone(togetherStageName(names), outcomes);
		} else {
			outcomes = [await runStep(group.steps[0]!, site)];
			stageDone(names[0]!);
		}
		for (const outcome of outcomes) {
			if (outcome.problems.length > 0) {
				for (const problem of outcome.problems)
					console.error(`${path.basename(outDir)}/${problem.file}  ${problem.message}`);
				stop(
					`${outcome.step}发现 ${outcome.problems.length} 个问题（见上）。原来的网站文件没有改动。`,
				);
			}
			console.log(`✓ ${outcome.step}（${outcome.seconds.toFixed(1)} 秒）`);
		}
	}

	replaceFolder(partial, outDir);
	const timingsFile = settings.reports.timingsFile;
	if (timingsFile) writeFileSync(timingsFile, `${JSON.stringify(timings, null, 2)}\n`);
	console.log(
		`✓ ${info.profile === 'intranet' ? '内网版' : '公开版'}网站已写入 ${path.relative(process.cwd(), outDir) || '.'}/`,
	);
	// Said again at the end, where an operator reads the outcome.
	if (siteUrlWarning) console.warn(siteUrlWarning);
}

try {
	await build();
} catch (error) {
	// Whatever failed, say which stage and what to do; the stack trace only with DEBUG=1.
	console.error(`“${stage}”这一步出错：${(error as Error).message ?? String(error)}`);
	if (debug) console.error((error as Error).stack);
	else
		console.error(
			'（设置 DEBUG=1 再运行可以看到详细过程，请连同这条信息发给维护网站的技术人员。）',
		);
	stop(`“${stage}”这一步出错（见上）。原来的网站文件没有改动。`);
}

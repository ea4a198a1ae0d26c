/**
 * `npm run build`: checks the content first, so that an editor's mistake stops the build with a
 * message naming the file, line and field instead of a stack trace, then runs `astro build`.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkContent, formatProblem } from '../src/lib/content-check/index.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const root = contentRoot();
const report = checkContent(root);
if (report.problems.length > 0) {
	const folderName = path.relative(process.cwd(), root) || '.';
	for (const problem of report.problems) console.error(formatProblem(problem, folderName));
	console.error(
		`\n构建已停止：内容中有 ${report.problems.length} 个问题（见上）。改正后再运行 npm run build。`,
	);
	process.exit(1);
}

const astro = spawnSync('astro', ['build', ...process.argv.slice(2)], {
	stdio: 'inherit',
	shell: process.platform === 'win32',
});
process.exit(astro.status ?? 1);

/**
 * `npm run check`: validates all content without building and prints every problem at once as
 * `file:line  field  message`. Exits 1 when there is any problem. `--json` prints a report for tools.
 */
import path from 'node:path';
import { checkContent, formatProblem, isError } from '../src/core/content-check/index.ts';
import { contentModel } from '../src/site/content-rules.ts';
import { commandSettings } from './lib/settings.ts';

const root = commandSettings().contentDir;
const report = checkContent(root, contentModel);
const folderName = path.relative(process.cwd(), root) || '.';

if (process.argv.includes('--json')) {
	console.log(JSON.stringify({ contentDir: folderName, ...report }, null, 2));
} else {
	const errors = report.problems.filter(isError);
	const warnings = report.problems.length - errors.length;
	for (const problem of report.problems) console.error(formatProblem(problem, folderName));
	if (errors.length === 0) {
		const total = Object.values(report.counts).reduce((sum, count) => sum + count, 0);
		console.log(
			`内容检查通过：${total} 个条目，没有发现问题${warnings > 0 ? `（另有 ${warnings} 条提醒，见上）` : ''}。`,
		);
	} else {
		console.error(
			`\n内容检查发现 ${errors.length} 个问题${warnings > 0 ? `和 ${warnings} 条提醒` : ''}，请按上面的文件和行号逐一修改。`,
		);
	}
}
process.exitCode = report.problems.some(isError) ? 1 : 0;

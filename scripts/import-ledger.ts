/**
 * `npm run import -- <file.xlsx|file.csv> --kind <kind> [--update] [--dry-run] [--skip-invalid]`:
 * turns a ledger into content files. Every bad row is reported with its row and column; nothing is
 * written while any row is bad unless --skip-invalid; existing entries change only with --update.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { showValue } from '../src/features/editor/entry-file.ts';
import {
	applyImport,
	formatLedgerProblem,
	planImport,
} from '../src/features/editor/import-ledger.ts';
import {
	kindChoices,
	kindLabel,
	ledgerKinds,
	parseLedgerKind,
} from '../src/features/editor/kinds.ts';
import { readLedgerFile } from '../src/features/editor/read-ledger.ts';
import { commandSettings } from './lib/settings.ts';
import { contentModel } from '../src/site/content-rules.ts';

const USAGE = `用法：npm run import -- <台账.xlsx 或 台账.csv> --kind <类别> [--update] [--dry-run] [--skip-invalid]
类别：${kindChoices(ledgerKinds)}
  --update        台账里已有的条目也按台账更新（正文保留）
  --dry-run       只显示会发生什么，不写任何文件
  --skip-invalid  有问题的行跳过，其余的照常导入`;

const { values, positionals } = parseArgs({
	options: {
		kind: { type: 'string' },
		update: { type: 'boolean', default: false },
		'dry-run': { type: 'boolean', default: false },
		'skip-invalid': { type: 'boolean', default: false },
		help: { type: 'boolean', short: 'h' },
	},
	allowPositionals: true,
});
const kind = parseLedgerKind(values.kind);
const [file] = positionals;
if (values.help || !file || !kind) {
	if (values.kind && !kind) console.error(`不能导入的类别“${values.kind}”。\n`);
	console.error(USAGE);
	process.exit(values.help ? 0 : 2);
}

const root = commandSettings().contentDir;
let ledger;
try {
	ledger = await readLedgerFile(file);
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	console.error(code === 'ENOENT' ? `找不到文件 ${file}。` : (error as Error).message);
	process.exit(1);
}
const plan = planImport({
	model: contentModel,
	root,
	kind,
	ledgerName: path.basename(file),
	sheets: ledger.sheets,
	update: values.update,
});
const encoding = ledger.encoding
	? `（${ledger.encoding === 'gb18030' ? 'GBK' : ledger.encoding.toUpperCase()} 编码）`
	: '';
console.log(`读取台账 ${path.basename(file)}${encoding}：${plan.rows} 行${kindLabel(kind)}。`);
for (const note of plan.notes) console.log(`提示：${note}`);
for (const problem of plan.problems) console.error(formatLedgerProblem(problem));

const counts = { create: 0, update: 0, unchanged: 0 };
for (const entry of plan.entries) counts[entry.action] += 1;
if (values['dry-run']) {
	for (const entry of plan.entries) {
		if (entry.action === 'create')
			console.log(`将新建  content/${entry.file}（第 ${entry.row} 行）`);
		if (entry.action === 'update') {
			console.log(`将更新  content/${entry.file}（第 ${entry.row} 行）`);
			for (const change of entry.changes) {
				console.log(
					`    ${change.field}: ${showValue(change.before)}  →  ${showValue(change.after)}`,
				);
			}
		}
	}
}
const summary = `新建 ${counts.create} 个，更新 ${counts.update} 个，没有变化 ${counts.unchanged} 个`;
const bad = plan.problems.length > 0;
if (values['dry-run']) {
	console.log(
		`\n试运行，没有写任何文件。若正式导入：${summary}${bad ? `；另有 ${plan.problems.length} 个问题要先改正` : ''}。`,
	);
	process.exitCode = bad ? 1 : 0;
} else if (bad && !values['skip-invalid']) {
	console.error(
		`\n台账有 ${plan.problems.length} 个问题（见上），没有写任何文件。请改正后重新导入，或加 --skip-invalid 只导入没有问题的行。`,
	);
	process.exitCode = 1;
} else {
	applyImport(root, plan, { skipInvalid: values['skip-invalid'] });
	const skipped = new Set(plan.problems.map((problem) => problem.line)).size;
	console.log(
		`\n导入完成：${summary}${bad ? `；跳过了有问题的 ${skipped} 行` : ''}。请运行 npm run check 再检查一遍。`,
	);
}

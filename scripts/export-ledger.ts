/**
 * `npm run export -- --kind <kind> --out <file.xlsx>`: writes a kind's entries to an Excel ledger
 * with the columns `npm run import` reads, so export → edit in Excel → import is a round trip.
 */
import { parseArgs } from 'node:util';
import { exportLedger } from '../src/features/editor/export-ledger.ts';
import {
	kindChoices,
	kindLabel,
	ledgerKinds,
	parseLedgerKind,
} from '../src/features/editor/kinds.ts';
import { commandSettings } from './lib/settings.ts';
import { contentModel } from '../src/site/content-rules.ts';
import { buildContentScope } from '../src/site/content-scope.ts';

const USAGE = `用法：npm run export -- --kind <类别> --out <台账.xlsx>
类别：${kindChoices(ledgerKinds)}`;

const { values } = parseArgs({
	options: {
		kind: { type: 'string' },
		out: { type: 'string' },
		help: { type: 'boolean', short: 'h' },
	},
});
const kind = parseLedgerKind(values.kind);
if (values.help || !kind || !values.out?.toLowerCase().endsWith('.xlsx')) {
	if (values.out && !values.out.toLowerCase().endsWith('.xlsx'))
		console.error('导出文件名应以 .xlsx 结尾。\n');
	console.error(USAGE);
	process.exit(values.help ? 0 : 2);
}
const settings = commandSettings();
// The ledger holds what the build of this profile holds: the public one no internal entry or field.
const count = await exportLedger(
	contentModel.schemas,
	settings.contentDir,
	kind,
	values.out,
	buildContentScope(settings),
);
console.log(`已导出 ${count} 个${kindLabel(kind)}到 ${values.out}。`);
if (settings.profile === 'intranet') {
	console.log(
		'注意：内网版台账含内部条目、联系人、内部备注等内部信息，只在内部传递，不要公开发布。',
	);
} else {
	console.log(
		'这是公开版台账：不含内部条目和联系人、内部备注等内部字段。要导出完整台账，请用 SITE_PROFILE=intranet npm run export。',
	);
}

/**
 * `npm run new -- <kind> <中文名称> [--slug <slug>]`: creates a new entry with every field listed
 * under a Chinese comment and a pinyin slug; never overwrites an existing entry.
 */
import { parseArgs } from 'node:util';
import { kindChoices, parseKind } from '../src/features/editor/kinds.ts';
import { createEntry, nextSteps } from '../src/features/editor/new-entry.ts';
import { commandSettings } from './lib/settings.ts';
import { contentModel } from '../src/site/content-rules.ts';

const USAGE = `用法：npm run new -- <类别> <中文名称> [--slug 网址名]
类别：${kindChoices()}
例如：npm run new -- stations 田北村同心实践站`;

const { values, positionals } = parseArgs({
	options: { slug: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
	allowPositionals: true,
});
const [kindWord, ...nameWords] = positionals;
const kind = parseKind(kindWord);
if (values.help || !kind || nameWords.length === 0) {
	if (!values.help && kindWord && !kind) console.error(`不认识的类别“${kindWord}”。\n`);
	console.error(USAGE);
	process.exit(values.help ? 0 : 2);
}
const result = createEntry(
	contentModel.schemas,
	commandSettings().contentDir,
	kind,
	nameWords.join(' '),
	values.slug,
);
if (!result.ok) {
	console.error(result.message);
	process.exit(1);
}
console.log(nextSteps(kind, result.file));

/**
 * `npm run inspect`: the government-site inspection (政府网站与政务新媒体检查指标) over the content
 * and the last build, in Chinese. `--json` prints the report as JSON. The report is also written
 * to INSPECTION_FILE for the intranet build's /inspection/ page. Exits 1 when an item fails the
 * site outright (单项否决), so cron or CI can alert.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readContent } from '../src/core/content-check/read-content.ts';
import { validateEntries } from '../src/core/content-check/validate.ts';
import { gatherInspection } from '../src/features/inspection/gather.ts';
import { formatInspection, inspect } from '../src/features/inspection/inspection.ts';
import { wordingRule } from '../src/features/wording/content-rule.ts';
import { contentModel } from '../src/site/content-rules.ts';
import { publicationPolicy, siteContentScope } from '../src/site/content-scope.ts';
import { commandSettings } from './lib/settings.ts';

const settings = commandSettings();
const root = settings.contentDir;
const folderName = path.relative(process.cwd(), root) || '.';
if (!existsSync(path.join(root, 'site.yaml'))) {
	console.error(`没有找到内容文件夹 ${folderName}/site.yaml：请检查 CONTENT_DIR。`);
	process.exit(1);
}

const content = readContent(root);
const policy = publicationPolicy(root, settings.today);
// The inspection looks at what the public sees: the public build's scope.
const scope = siteContentScope('public', policy);
const { checked } = validateEntries(content.entries, contentModel.schemas);
const wordingHits = wordingRule(checked, {
	root,
	exists: (relative) => existsSync(path.join(root, relative)),
	schemas: contentModel.schemas,
}).map((hit) => ({ ...hit, file: `${folderName}/${hit.file}` }));
const input = await gatherInspection({ content, scope, policy, settings, wordingHits });
const report = inspect(input);

mkdirSync(path.dirname(settings.inspectionFile), { recursive: true });
writeFileSync(settings.inspectionFile, `${JSON.stringify(report, null, 2)}\n`);

if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
	for (const line of formatInspection(report)) console.log(line);
	console.log(
		`\n报告已写入 ${path.relative(process.cwd(), settings.inspectionFile)}；内网版重新构建后在 /inspection/ 页面显示。`,
	);
}
process.exit(report.passed ? 0 : 1);

/**
 * `npm run guide`: refreshes the generated tables of docs/editor-guide.md (the fields of every kind
 * and the columns of every ledger) from the schemas and the editor tools, then formats the file.
 * A unit test fails while the guide is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import prettier from 'prettier';
import { fillGuide } from '../src/features/editor/guide-tables.ts';
import { contentModel } from '../src/site/content-rules.ts';

const file = 'docs/editor-guide.md';
const options = (await prettier.resolveConfig(file)) ?? {};
const text = await prettier.format(fillGuide(contentModel.schemas, readFileSync(file, 'utf8')), {
	...options,
	filepath: file,
});
writeFileSync(file, text);
console.log(`已更新 ${file}。`);

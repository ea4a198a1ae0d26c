/**
 * The editor's guide covers every kind, every field, every command and every message, and its
 * generated tables match the schemas and the ledger columns of today.
 */
import { readFileSync, readdirSync } from 'node:fs';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { ledgerColumns } from '../../../src/features/editor/columns.ts';
import { fieldDocAt } from '../../../src/core/schemas/field-docs.ts';
import { fillGuide, helpMarkdown } from '../../../src/features/editor/guide-tables.ts';
import { entryKinds, kindLabel, ledgerKinds } from '../../../src/features/editor/kinds.ts';
import { checkerHelpers } from '../../../src/core/content-check/validate.ts';
import { schemaFields } from '../../../src/core/schemas/schema-fields.ts';
import { collectionSchemas } from '../../../src/site/collections.ts';
import { contentModel } from '../../../src/site/content-rules.ts';

const GUIDE = 'docs/editor-guide.md';
const guide = readFileSync(GUIDE, 'utf8');

/** The longest piece of a message that does not depend on the entry (outside `${…}`). */
function fixedPart(message: string): string {
	return message
		.split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/)
		.map((part) => part.replace(/^[。，：；、“”（）\s]+|[。，：；、“”（）\s]+$/g, ''))
		.sort((a, b) => b.length - a.length)[0]!;
}

/** Chinese messages written in a source file: `error: '…'` and `message: '…'` or `` `…` ``. */
function messagesIn(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const found = [...text.matchAll(/(?:error|message):\s*(['`])((?:(?!\1)[\s\S])*?)\1/g)].map(
		(match) => match[2]!,
	);
	// The import's messages are the template after `at(row,`.
	found.push(
		...[...text.matchAll(/\bat\(\s*[\w.]+,\s*(['`])((?:(?!\1)[\s\S])*?)\1/g)].map(
			(match) => match[2]!,
		),
	);
	return found.filter((message) => /\p{Script=Han}/u.test(message));
}

describe('the editor guide', () => {
	it('is up to date with the schemas (run npm run guide after changing a field)', async () => {
		const options = (await prettier.resolveConfig(GUIDE)) ?? {};
		const regenerated = await prettier.format(fillGuide(contentModel.schemas, guide), {
			...options,
			filepath: GUIDE,
		});
		expect(regenerated).toBe(guide);
	});

	it.each(entryKinds)('explains %s and every one of its fields', (kind) => {
		expect(guide).toContain(`### ${kindLabel(kind)}（${kind}）`);
		expect(guide).toContain(`npm run new -- ${kind} `);
		const schema = collectionSchemas(checkerHelpers)[kind];
		const fields = schemaFields(schema).map((field) => field.path);
		// Every field carries its doc beside it in the schema.
		expect(fields.filter((field) => !fieldDocAt(schema, field))).toEqual([]);
		for (const field of fields) expect(guide, field).toContain(`| \`${field}\``);
	});

	it.each(ledgerKinds)('lists every column of the %s ledger', (kind) => {
		for (const column of ledgerColumns(contentModel.schemas, kind))
			expect(guide).toContain(`| ${column.header} `);
	});

	it('explains every command', () => {
		const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<
			string,
			string
		>;
		for (const command of ['new', 'check', 'import', 'export', 'build', 'guide']) {
			expect(scripts[command], command).toBeDefined();
			expect(guide).toContain(`npm run ${command}`);
		}
		expect(guide).toContain('--update');
		expect(guide).toContain('--dry-run');
		expect(guide).toContain('--skip-invalid');
		expect(guide).toContain('--json');
		expect(guide).toContain('CONTENT_DIR');
	});

	it('explains every message the schemas, the check, new and import can give', () => {
		const files = [
			// Every schema: the shared ones in core, each feature's own `*-schema.ts`, the site's.
			...readdirSync('src', { recursive: true, encoding: 'utf8' })
				.filter((name) => /(^core\/schemas\/|-schema\.ts$)/.test(name))
				.map((name) => `src/${name}`),
			...readdirSync('src/core/content-check').map((name) => `src/core/content-check/${name}`),
			'src/features/editor/import-ledger.ts',
			'src/features/editor/new-entry.ts',
		];
		const messages = files.flatMap(messagesIn);
		expect(messages.length).toBeGreaterThan(40);
		const missing = messages.map(fixedPart).filter((part) => !guide.includes(part));
		expect(missing).toEqual([]);
	});

	it('says how pictures are named and sized', () => {
		expect(guide).toContain('content/images/<类别>/');
		expect(guide).toMatch(/1200×675/);
		expect(guide).toContain('500 KB');
	});
});

describe('help text in the guide’s tables', () => {
	it('puts component syntax in code spans, so the guide shows what to type', () => {
		expect(helpMarkdown('正文里用 <Figure picture="名字" /> 显示')).toBe(
			'正文里用 `<Figure picture="名字" />` 显示',
		);
		expect(helpMarkdown('已是代码 `<Figure />`，不再包一层')).toBe(
			'已是代码 `<Figure />`，不再包一层',
		);
		expect(helpMarkdown('没有标签，a < b')).toBe('没有标签，a < b');
	});

	it('leaves no bare component tag in the generated tables', () => {
		const cases = fillGuide(
			collectionSchemas(checkerHelpers),
			'<!-- generated: fields cases -->\n<!-- end generated -->',
		);
		expect(cases).toContain('`<Figure picture="名字" />`');
		expect(cases.replace(/`[^`]*`/g, '')).not.toMatch(/<[A-Z]/);
	});
});

import type { CheckerSchemas } from '../../core/content-check/rules.ts';
import { schemaFields } from '../../core/schemas/schema-fields.ts';
import { BODY, ledgerColumns } from './columns.ts';
import { fieldDocs } from './field-docs.ts';
import { entryKinds, isLedgerKind, type EntryKind } from './kinds.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(header: string[], rows: string[][]): string {
	return [
		`| ${header.join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
	].join('\n');
}

/** The field table of a kind: every field of its schema, with its Chinese name, help and example. */
export function fieldTable(schemas: CheckerSchemas, kind: EntryKind): string {
	const required = new Map(
		schemaFields(schemas[kind]).map((field) => [field.path, field.required]),
	);
	return table(
		['字段', '中文名', '必填', '说明', '示例'],
		fieldDocs(kind).map((doc) => [
			`\`${doc.path}\``,
			doc.label,
			required.get(doc.path) ? '是' : '',
			doc.help,
			`\`${doc.example}\``,
		]),
	);
}

/** The column table of a kind's ledger: header, aliases, field and how to write the cell. */
export function columnTable(kind: EntryKind): string {
	if (!isLedgerKind(kind)) return '';
	return table(
		['列名', '也可以写作', '字段', '怎么写'],
		ledgerColumns(kind).map((column) => [
			column.header,
			column.aliases.join('、'),
			column.field === BODY ? '（正文）' : `\`${column.field}\``,
			column.codec.format,
		]),
	);
}

const MARKER = /<!-- generated: (fields|columns) (\w+) -->\n[\s\S]*?<!-- end generated -->/g;

/**
 * The guide with every generated section filled in afresh: `<!-- generated: fields stations -->`
 * … `<!-- end generated -->` holds the field table of stations, `columns` the ledger columns.
 */
export function fillGuide(schemas: CheckerSchemas, text: string): string {
	return text.replace(MARKER, (_, what: string, kind: string) => {
		if (!(entryKinds as readonly string[]).includes(kind)) throw new Error(`unknown kind ${kind}`);
		const body =
			what === 'fields' ? fieldTable(schemas, kind as EntryKind) : columnTable(kind as EntryKind);
		return `<!-- generated: ${what} ${kind} -->\n\n${body}\n\n<!-- end generated -->`;
	});
}

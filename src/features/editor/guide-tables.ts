import type { CheckerSchemas } from '../../core/content-check/validate.ts';
import { documentedFields } from '../../core/schemas/field-docs.ts';
import { BODY, ledgerColumns } from './columns.ts';
import { entryKinds, isLedgerKind, type EntryKind } from './kinds.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Help text for a Markdown cell: a component written in it (`<Figure picture="名字" />`) goes in
 * a code span, so the guide shows what to type instead of handing the tag to the HTML renderer.
 */
export function helpMarkdown(text: string): string {
	return text.replace(/`[^`]*`|<[A-Za-z][^<>]*>/g, (part) =>
		part.startsWith('`') ? part : `\`${part}\``,
	);
}

function table(header: string[], rows: string[][]): string {
	return [
		`| ${header.join(' | ')} |`,
		`| ${header.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
	].join('\n');
}

/** The field table of a kind: every field of its schema, with its Chinese name, help and example. */
export function fieldTable(schemas: CheckerSchemas, kind: EntryKind): string {
	return table(
		['字段', '中文名', '必填', '说明', '示例'],
		documentedFields(schemas[kind]).map((field) => [
			`\`${field.path}\``,
			field.label,
			field.required ? '是' : '',
			helpMarkdown(field.help),
			`\`${field.example}\``,
		]),
	);
}

/** The column table of a kind's ledger: header, aliases, field and how to write the cell. */
export function columnTable(schemas: CheckerSchemas, kind: EntryKind): string {
	if (!isLedgerKind(kind)) return '';
	return table(
		['列名', '也可以写作', '字段', '怎么写'],
		ledgerColumns(schemas, kind).map((column) => [
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
			what === 'fields'
				? fieldTable(schemas, kind as EntryKind)
				: columnTable(schemas, kind as EntryKind);
		return `<!-- generated: ${what} ${kind} -->\n\n${body}\n\n<!-- end generated -->`;
	});
}

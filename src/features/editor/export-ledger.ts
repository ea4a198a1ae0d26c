import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ContentScope } from '../../core/content-scope.ts';
import { readContent } from '../../core/content-check/read-content.ts';
import type { CheckerSchemas } from '../../core/content-check/validate.ts';
import type { CellValue } from './cells.ts';
import { BODY, ledgerColumns, type LedgerColumn } from './columns.ts';
import { bodyOf, writeFilesAtomically } from './entry-file.ts';
import { fieldDoc } from '../../core/schemas/field-docs.ts';
import { kindLabel, type LedgerKind } from './kinds.ts';
import { schemaFields } from '../../core/schemas/schema-fields.ts';
import { buildVocabulary } from './vocabulary.ts';

/** A kind's entries as a table: the ledger columns and one row of cells per entry. */
export interface LedgerTable {
	columns: LedgerColumn[];
	rows: CellValue[][];
}

function valueAt(data: Record<string, unknown>, field: string): unknown {
	return field
		.split('.')
		.reduce<unknown>(
			(value, key) =>
				value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
			data,
		);
}

/**
 * Every entry of a kind as ledger rows, in file order, with the columns `npm run import` reads:
 * references as Chinese names where a name leads back to one entry, dates as dates, the body in
 * the last column. Importing the table again changes nothing. Given a scope (the build profile's),
 * the ledger holds only what exists in that build: no held-back entry, no internal-only column.
 */
export function exportTable(
	schemas: CheckerSchemas,
	root: string,
	kind: LedgerKind,
	scope?: ContentScope,
): LedgerTable {
	const raw = readContent(root);
	const vocabulary = buildVocabulary(raw.entries);
	const removed = scope?.removedFields(kind) ?? new Set<string>();
	const columns = ledgerColumns(schemas, kind).filter(
		(column) => !removed.has(column.field.split('.')[0]!),
	);
	const rows = (raw.entries.get(kind) ?? [])
		.filter((entry) => !entry.unreadable && !scope?.heldBack(kind, entry.data))
		.map((entry) => {
			const data = entry.data as Record<string, unknown>;
			return columns.map((column) =>
				column.field === BODY
					? column.codec.write(
							bodyOf(readFileSync(path.join(root, entry.file), 'utf8')),
							vocabulary,
						)
					: column.codec.write(valueAt(data, column.field), vocabulary),
			);
		});
	return { columns, rows };
}

const HEADER_FILL: ExcelJS.Fill = {
	type: 'pattern',
	pattern: 'solid',
	fgColor: { argb: 'FFF8E1E1' },
};

/**
 * The table as an .xlsx workbook: the entries on a sheet named after the kind (header frozen,
 * required columns marked in red) and a 填写说明 sheet explaining every column.
 */
export async function ledgerWorkbook(
	schemas: CheckerSchemas,
	kind: LedgerKind,
	table: LedgerTable,
): Promise<Uint8Array> {
	const required = new Set(
		schemaFields(schemas[kind])
			.filter((field) => field.required && !field.path.includes('.') && field.path !== 'slug')
			.map((field) => field.path),
	);
	const workbook = new ExcelJS.Workbook();
	workbook.creator = '同心 npm run export';
	const sheet = workbook.addWorksheet(kindLabel(kind), {
		views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
	});
	sheet.columns = table.columns.map((column) => ({
		header: column.header,
		width: column.field === BODY ? 60 : column.field === 'summary' ? 40 : 16,
	}));
	sheet.addRows(table.rows);
	const header = sheet.getRow(1);
	header.font = { bold: true };
	table.columns.forEach((column, index) => {
		const cell = header.getCell(index + 1);
		cell.fill = HEADER_FILL;
		if (required.has(column.field)) cell.font = { bold: true, color: { argb: 'FFB71C1C' } };
		const sheetColumn = sheet.getColumn(index + 1);
		sheetColumn.alignment = { vertical: 'top', wrapText: true };
		if (column.field === 'established' || column.field === 'updated') {
			sheetColumn.numFmt = 'yyyy-mm-dd';
		}
	});
	header.alignment = { vertical: 'middle', wrapText: false };

	const guide = workbook.addWorksheet('填写说明');
	guide.columns = [
		{ header: '列名', width: 16 },
		{ header: '必填', width: 6 },
		{ header: '字段', width: 22 },
		{ header: '填写说明', width: 60 },
		{ header: '怎么写', width: 40 },
		{ header: '也可以写作', width: 30 },
	];
	guide.getRow(1).font = { bold: true };
	for (const column of table.columns) {
		const help =
			column.field === BODY
				? '条目的正文（Markdown）。更新已有条目时保留文件里的正文，不用这一列。'
				: fieldDoc(schemas[kind], column.field).help;
		guide.addRow([
			column.header,
			required.has(column.field) ? '是' : '',
			column.field === BODY ? '正文' : column.field,
			help,
			column.codec.format,
			column.aliases.join('、'),
		]);
	}
	guide.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
	return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Writes a kind's ledger to an .xlsx file (atomically); returns how many entries it holds. */
export async function exportLedger(
	schemas: CheckerSchemas,
	root: string,
	kind: LedgerKind,
	out: string,
	scope?: ContentScope,
): Promise<number> {
	const table = exportTable(schemas, root, kind, scope);
	const bytes = await ledgerWorkbook(schemas, kind, table);
	writeFilesAtomically([{ file: out, text: bytes }]);
	return table.rows.length;
}

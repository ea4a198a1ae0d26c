import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { CellValue } from './cells.ts';

/** One sheet of a ledger: every row with its number as the spreadsheet shows it (from 1). */
export interface LedgerSheet {
	/** Sheet name (xlsx) or undefined (CSV). */
	name?: string;
	rows: { number: number; cells: CellValue[] }[];
}

/** The text encodings a CSV ledger is read in. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';

/**
 * The text of a CSV file: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"), and
 * otherwise GB18030, the superset of GBK that Excel on Chinese Windows saves by default. UTF-8 is
 * recognised by being valid UTF-8, which GBK text with Chinese in it practically never is.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
	const buffer = Buffer.from(bytes);
	if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
		return { text: buffer.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
	}
	if (buffer[0] === 0xff && buffer[1] === 0xfe) {
		return { text: iconv.decode(buffer.subarray(2), 'utf16le'), encoding: 'utf-16le' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'utf-8' };
	} catch {
		return { text: iconv.decode(buffer, 'gb18030'), encoding: 'gb18030' };
	}
}

/** Reads a CSV ledger (comma- or tab-separated); record n is row n, as Excel shows it. */
export function readCsvLedger(bytes: Uint8Array): { sheet: LedgerSheet; encoding: CsvEncoding } {
	const { text, encoding } = decodeCsv(bytes);
	const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
	const delimiter = firstLine.split('\t').length > firstLine.split(',').length ? '\t' : ',';
	const records = parseCsv(text, {
		delimiter,
		relax_column_count: true,
		relax_quotes: true,
		skip_empty_lines: false,
	});
	return {
		sheet: {
			rows: records.map((cells, index) => ({
				number: index + 1,
				cells: cells.map((cell) => (cell === '' ? undefined : cell)),
			})),
		},
		encoding,
	};
}

/** The plain value of an exceljs cell: rich text, formulas, links and errors made simple. */
function plainValue(value: ExcelJS.CellValue): CellValue {
	if (value === null || value === undefined) return undefined;
	if (value instanceof Date || typeof value !== 'object') return value;
	if ('richText' in value) return value.richText.map((run) => run.text).join('');
	if ('formula' in value || 'sharedFormula' in value) {
		return plainValue((value as ExcelJS.CellFormulaValue).result);
	}
	if ('text' in value) return plainValue(value.text);
	return undefined;
}

/**
 * Reads every sheet of an .xlsx ledger. A merged cell reads as its top-left value in each cell it
 * covers, so a header merged across two rows or columns still names each column below it.
 */
export async function readXlsxLedger(bytes: Uint8Array): Promise<LedgerSheet[]> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
	return workbook.worksheets.map((worksheet) => {
		const rows: LedgerSheet['rows'] = [];
		for (let number = 1; number <= worksheet.rowCount; number += 1) {
			const row = worksheet.getRow(number);
			const cells: CellValue[] = [];
			for (let column = 1; column <= worksheet.columnCount; column += 1) {
				cells.push(plainValue(row.getCell(column).value));
			}
			rows.push({ number, cells });
		}
		return { name: worksheet.name, rows };
	});
}

/** Reads a ledger file by its extension: `.xlsx` or `.csv` (`.txt` is read as CSV too). */
export async function readLedgerFile(
	file: string,
): Promise<{ sheets: LedgerSheet[]; encoding?: CsvEncoding }> {
	const bytes = await readFile(file);
	const extension = path.extname(file).toLowerCase();
	if (extension === '.xlsx') return { sheets: await readXlsxLedger(bytes) };
	if (extension === '.csv' || extension === '.txt') {
		const { sheet, encoding } = readCsvLedger(bytes);
		return { sheets: [sheet], encoding };
	}
	throw new Error(
		`不能读取 ${path.basename(file)}：台账应为 .xlsx 或 .csv 文件。旧的 .xls 文件请在 Excel 里“另存为” .xlsx。`,
	);
}

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** The ledger fixtures: CSV text, turned into .xlsx or GBK by the helpers below. */
export const LEDGER_FIXTURES = fileURLToPath(new URL('../fixtures/ledgers/', import.meta.url));

/** The rows of a CSV ledger fixture, header first. */
export function fixtureRows(name: string): string[][] {
	return parse(readFileSync(`${LEDGER_FIXTURES}${name}`, 'utf8'), { relax_column_count: true });
}

/** Writes rows to an .xlsx file as Excel would keep them. */
export async function writeXlsx(
	file: string,
	rows: unknown[][],
	sheetName = '台账',
): Promise<void> {
	const workbook = new ExcelJS.Workbook();
	workbook.addWorksheet(sheetName).addRows(rows);
	await workbook.xlsx.writeFile(file);
}

/**
 * Writes a ledger as a district office lays it out: a title merged across the top row, then a
 * two-row header where 名称 and the other columns are merged down over both rows and 坐标 is
 * merged across 经度 and 纬度 beneath it.
 */
export async function writeXlsxWithMergedHeader(
	file: string,
	header: string[],
	rows: unknown[][],
): Promise<void> {
	const workbook = new ExcelJS.Workbook();
	const sheet = workbook.addWorksheet('同心实践站台账');
	const width = header.length;
	sheet.getCell(1, 1).value = '测试区同心实践站台账（2024 年）';
	sheet.mergeCells(1, 1, 1, width);
	header.forEach((name, index) => {
		const column = index + 1;
		if (name === '经度' || name === '纬度') {
			sheet.getCell(3, column).value = name;
			if (name === '经度') {
				sheet.getCell(2, column).value = '坐标';
				sheet.mergeCells(2, column, 2, column + 1);
			}
		} else {
			sheet.getCell(2, column).value = name;
			sheet.mergeCells(2, column, 3, column);
		}
	});
	rows.forEach((row, index) => {
		row.forEach((value, column) => {
			sheet.getCell(4 + index, column + 1).value = value as ExcelJS.CellValue;
		});
	});
	await workbook.xlsx.writeFile(file);
}

/** Writes a CSV ledger in GBK, as Excel on Chinese Windows saves “CSV (逗号分隔)”. */
export function writeGbkCsv(file: string, text: string): void {
	writeFileSync(file, iconv.encode(text.replace(/\n/g, '\r\n'), 'gbk'));
}

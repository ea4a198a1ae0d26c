/** Ledger columns: every field of a ledger kind has a column, so a round trip loses nothing. */
import { describe, expect, it } from 'vitest';
import { cellText, dateCell, booleanCell, numberCell } from '../../../src/features/editor/cells.ts';
import {
	BODY,
	columnForHeader,
	columnLetter,
	ledgerColumns,
} from '../../../src/features/editor/columns.ts';
import { ledgerKinds } from '../../../src/features/editor/kinds.ts';
import { checkerHelpers } from '../../../src/core/content-check/validate.ts';
import { schemaFields } from '../../../src/core/schemas/schema-fields.ts';
import { collectionSchemas } from '../../../src/site/collections.ts';

const vocabulary = {
	idOf: (_: unknown, text: string) => text,
	labelOf: (_: unknown, id: string) => id,
};

describe.each(ledgerKinds)('the %s ledger', (kind) => {
	const columns = ledgerColumns(collectionSchemas(checkerHelpers), kind);
	const fields = schemaFields(collectionSchemas(checkerHelpers)[kind]);

	it('has a column for every field, and only for fields the schema knows', () => {
		const covered = (path: string) =>
			columns.some(
				(column) =>
					column.field === path ||
					path.startsWith(`${column.field}.`) ||
					path.startsWith(`${column.field}[]`) ||
					column.field.startsWith(`${path}.`),
			);
		expect(fields.filter((field) => !covered(field.path)).map((field) => field.path)).toEqual([]);
		const known = new Set(fields.map((field) => field.path));
		expect(columns.filter((column) => column.field !== BODY && !known.has(column.field))).toEqual(
			[],
		);
	});

	it('knows each column by its header and by its aliases, whatever the spacing', () => {
		for (const column of columns) {
			for (const name of [column.header, ...column.aliases]) {
				expect(columnForHeader(columns, ` ${name} `)?.field, name).toBe(column.field);
			}
		}
		expect(columnForHeader(columns, '*名称')?.field).toBe('name');
	});
});

describe('cells', () => {
	it('read dates as Excel keeps them and as staff type them', () => {
		const day = new Date('2023-06-01T00:00:00Z');
		for (const cell of [day, '2023-06-01', '2023/6/1', '2023.6.1', '2023年6月1日']) {
			expect(dateCell.read(cell, vocabulary), String(cell)).toEqual(day);
		}
		expect(dateCell.read('2023-02-30', vocabulary)).toBe('2023-02-30');
		expect(dateCell.read('去年六月', vocabulary)).toBe('去年六月');
		expect(dateCell.read(undefined, vocabulary)).toBeUndefined();
	});

	it('read numbers, yes and no, and leave what they cannot read for the schema', () => {
		expect(numberCell.read('1,200', vocabulary)).toBe(1200);
		expect(numberCell.read('东经107度', vocabulary)).toBe('东经107度');
		expect(booleanCell.read('是', vocabulary)).toBe(true);
		expect(booleanCell.read('否', vocabulary)).toBe(false);
		expect(booleanCell.read('也许', vocabulary)).toBe('也许');
		expect(cellText('  \n ')).toBeUndefined();
	});

	it('letter columns as Excel does', () => {
		expect([0, 25, 26, 27, 51, 52].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA']);
	});
});

import type { CollectionName } from '../../core/collections.ts';
import { textOf } from '../../core/format.ts';
import { LIST_SEPARATORS, type Vocabulary } from './vocabulary.ts';

/** What a spreadsheet cell holds once read, whatever the file format. */
export type CellValue = string | number | boolean | Date | undefined;

/**
 * How one column turns a cell into a front-matter value and back. `read` gives `undefined` for an
 * empty cell; a cell it cannot convert is passed on as its text, so that the collection's schema
 * reports it in the same words `npm run check` uses.
 */
export interface CellCodec {
	read: (cell: CellValue, vocabulary: Vocabulary) => unknown;
	write: (value: unknown, vocabulary: Vocabulary) => CellValue;
	/** How to write the cell, for the guide and the ledger's instructions sheet. */
	format: string;
}

function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The text of a cell, trimmed; `undefined` for an empty one. */
export function cellText(cell: CellValue): string | undefined {
	if (cell === undefined) return undefined;
	const text = (cell instanceof Date ? isoDate(cell) : String(cell)).replace(/\r\n?/g, '\n').trim();
	return text === '' ? undefined : text;
}

export const textCell: CellCodec = {
	read: (cell) => cellText(cell),
	write: (value) => (value === undefined ? undefined : textOf(value)),
	format: '文字',
};

const DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * Dates as Excel stores them, or typed as 2023-06-01, 2023/6/1, 2023.6.1 or 2023年6月1日. A date
 * that does not exist is passed on as `YYYY-MM-DD` text, for the schema to say so.
 */
export const dateCell: CellCodec = {
	read(cell) {
		if (cell instanceof Date) {
			return Number.isNaN(cell.getTime()) ? undefined : new Date(`${isoDate(cell)}T00:00:00Z`);
		}
		const text = cellText(cell);
		const match = text === undefined ? null : DATE.exec(text);
		if (!match) return text;
		const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
		const date = new Date(`${iso}T00:00:00Z`);
		return !Number.isNaN(date.getTime()) && isoDate(date) === iso ? date : iso;
	},
	write: (value) =>
		value instanceof Date ? value : value === undefined ? undefined : textOf(value),
	format: '日期，例如 2023-06-01（也可以是 Excel 日期格式）',
};

export const numberCell: CellCodec = {
	read(cell) {
		if (typeof cell === 'number') return cell;
		const text = cellText(cell);
		if (text === undefined) return undefined;
		const number = Number(text.replace(/,/g, ''));
		return Number.isFinite(number) ? number : text;
	},
	write: (value) => (typeof value === 'number' ? value : textCell.write(value, undefined as never)),
	format: '数字，不带单位',
};

const YES = new Set(['是', 'true', 'yes', 'y', '1', '√', '✓', '对']);
const NO = new Set(['否', 'false', 'no', 'n', '0', '×', '✗', '不是']);

export const booleanCell: CellCodec = {
	read(cell) {
		if (typeof cell === 'boolean') return cell;
		const text = cellText(cell);
		if (text === undefined) return undefined;
		if (YES.has(text.toLowerCase())) return true;
		if (NO.has(text.toLowerCase())) return false;
		return text;
	},
	write: (value) => (value === true ? '是' : value === false ? '否' : undefined),
	format: '“是”或“否”',
};

/** A value from a fixed list, written as its id or one of its Chinese names. */
export function choiceCell(
	names: Record<string, string>,
	{ writeNames }: { writeNames: boolean },
): CellCodec {
	const values = new Set(Object.values(names));
	const nameOf = new Map(Object.entries(names).map(([name, value]) => [value, name]));
	return {
		read(cell) {
			const text = cellText(cell);
			if (text === undefined) return undefined;
			const lower = text.toLowerCase();
			if (values.has(lower)) return lower;
			return names[text] ?? names[text.toUpperCase()] ?? text;
		},
		write: (value) =>
			value === undefined
				? undefined
				: writeNames
					? (nameOf.get(textOf(value)) ?? textOf(value))
					: textOf(value),
		format: Object.entries(names)
			.map(([name, value]) => `${name}（${value}）`)
			.join('、'),
	};
}

/** One entry of another collection, by its id or its Chinese name. */
export function referenceCell(collection: CollectionName): CellCodec {
	return {
		read: (cell, vocabulary) => {
			const text = cellText(cell);
			return text === undefined ? undefined : vocabulary.idOf(collection, text);
		},
		write: (value, vocabulary) =>
			value === undefined ? undefined : vocabulary.labelOf(collection, textOf(value)),
		format: '编号或中文名称',
	};
}

/** Several entries of another collection, separated by 、 or commas (or one per line). */
export function referenceListCell(collection: CollectionName): CellCodec {
	return {
		read(cell, vocabulary) {
			const text = cellText(cell);
			if (text === undefined) return undefined;
			return text
				.split(LIST_SEPARATORS)
				.map((item) => item.trim())
				.filter(Boolean)
				.map((item) => vocabulary.idOf(collection, item));
		},
		write(value, vocabulary) {
			if (!Array.isArray(value) || value.length === 0) return undefined;
			return value.map((id) => vocabulary.labelOf(collection, String(id))).join('、');
		},
		format: '编号或中文名称，多个用顿号“、”隔开',
	};
}

/** Several short texts, separated by 、 or commas (or one per line), such as wordings to allow. */
export const textListCell: CellCodec = {
	read(cell) {
		const text = cellText(cell);
		if (text === undefined) return undefined;
		return text
			.split(LIST_SEPARATORS)
			.map((item) => item.trim())
			.filter(Boolean);
	},
	write: (value) =>
		Array.isArray(value) && value.length > 0 ? value.map(String).join('、') : undefined,
	format: '文字，多个用顿号“、”隔开',
};

interface RecordPart {
	key: string;
	codec: CellCodec;
}

/**
 * A list of small records, one per line, its parts separated by a vertical bar: contacts as
 * `统战委员 | 张三 | 0917-0000000`, points as `区委书记统战示范点 | 城关镇`.
 */
export function recordLinesCell(parts: readonly RecordPart[], example: string): CellCodec {
	return {
		read(cell, vocabulary) {
			const text = cellText(cell);
			if (text === undefined) return undefined;
			return text
				.split('\n')
				.map((line) => line.trim())
				.filter(Boolean)
				.map((line) => {
					const values = line.split(/\s*[|｜]\s*/);
					const record: Record<string, unknown> = {};
					parts.forEach((part, index) => {
						const value = part.codec.read(values[index], vocabulary);
						if (value !== undefined) record[part.key] = value;
					});
					return record;
				});
		},
		write(value, vocabulary) {
			if (!Array.isArray(value) || value.length === 0) return undefined;
			return value
				.map((record: Record<string, unknown>) => {
					const values = parts.map(
						(part) => cellText(part.codec.write(record[part.key], vocabulary)) ?? '',
					);
					while (values.length > 1 && values.at(-1) === '') values.pop();
					return values.join(' | ');
				})
				.join('\n');
		},
		format: `每项一行，各部分用竖线“|”隔开，例如 ${example}`,
	};
}

/** A long text such as the body, kept with its line breaks. */
export const longTextCell: CellCodec = {
	read: (cell) => cellText(cell),
	write: (value) => (typeof value === 'string' && value.trim() ? value.trim() : undefined),
	format: '文字，可以换行（Markdown 格式）',
};

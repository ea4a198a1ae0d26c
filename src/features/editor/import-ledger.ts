import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../../core/content-check/problem.ts';
import { readContent } from '../../core/content-check/read-content.ts';
import type { RawEntry } from '../../core/content-check/source-file.ts';
import type { ContentModel } from '../../core/content-check/rules.ts';
import { entryIdOf, validateEntries } from '../../core/content-check/validate.ts';
import type { CollectionName } from '../../core/collections.ts';
import { cellText } from './cells.ts';
import {
	BODY,
	columnForHeader,
	columnLetter,
	ledgerColumns,
	type LedgerColumn,
} from './columns.ts';
import {
	bodyOf,
	newEntryText,
	updateEntryText,
	writeFilesAtomically,
	type FieldChange,
} from './entry-file.ts';
import { fieldDoc } from '../../core/schemas/field-docs.ts';
import { kindFolder, kindLabel, type LedgerKind } from './kinds.ts';
import type { LedgerSheet } from './read-ledger.ts';
import { schemaFields } from '../../core/schemas/schema-fields.ts';
import { slugFromName } from './slug.ts';
import { buildVocabulary } from './vocabulary.ts';

/**
 * A problem with one row (or the header) of a ledger, in the checker's shape: `file` is the
 * ledger's name, `line` the row number as the spreadsheet shows it, `field` the front-matter field.
 */
export interface LedgerProblem extends Omit<ContentProblem, 'column'> {
	/** The column, by its header and its letter (A, B…), when the problem is in one cell. */
	column?: { header: string; letter: string };
	/** Chinese name of the field, when no column of the ledger holds it. */
	label?: string;
}

/** What importing one row does to the content folder. */
export interface PlannedEntry {
	row: number;
	id: string;
	/** Entry file, relative to the content folder. */
	file: string;
	action: 'create' | 'update' | 'unchanged';
	/** The file's new text. */
	text: string;
	/** For an update, the top-level fields that change. */
	changes: FieldChange[];
}

export interface ImportPlan {
	entries: PlannedEntry[];
	problems: LedgerProblem[];
	/** Things the editor should know that stop nothing (ignored columns, kept bodies). */
	notes: string[];
	/** How many rows held data. */
	rows: number;
}

export interface ImportOptions {
	/** The schemas and rules each row is checked with, as the content check does. */
	model: ContentModel;
	/** Absolute path of the content folder. */
	root: string;
	kind: LedgerKind;
	/** The ledger's file name, for messages. */
	ledgerName: string;
	sheets: readonly LedgerSheet[];
	/** Whether rows may update entries that exist already. */
	update: boolean;
}

interface MappedColumn {
	index: number;
	column: LedgerColumn;
}

const HEADER_SEARCH_ROWS = 10;

/** The header row of a sheet: the one among the first rows that names the most known columns. */
function findHeader(sheet: LedgerSheet, columns: readonly LedgerColumn[]) {
	let best: { row: LedgerSheet['rows'][number]; matches: number } | undefined;
	for (const row of sheet.rows.slice(0, HEADER_SEARCH_ROWS)) {
		const matches = new Set(
			row.cells
				.map((cell) => cellText(cell))
				.filter((text): text is string => text !== undefined)
				.map((text) => columnForHeader(columns, text)?.field)
				.filter(Boolean),
		).size;
		if (matches >= 2 && matches > (best?.matches ?? 0)) best = { row, matches };
	}
	return best?.row;
}

function setPath(target: Record<string, unknown>, field: string, value: unknown): void {
	const keys = field.split('.');
	let parent = target;
	for (const key of keys.slice(0, -1)) {
		const child = parent[key];
		if (!child || typeof child !== 'object' || Array.isArray(child)) {
			if (value === undefined) return;
			parent[key] = {};
		}
		parent = parent[key] as Record<string, unknown>;
	}
	const last = keys.at(-1)!;
	if (value === undefined) delete parent[last];
	else parent[last] = value;
}

/** Removes groups (cover, coordinates) left without any field. */
function pruneEmptyGroups(data: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(data)) {
		const isGroup = value && typeof value === 'object' && !Array.isArray(value);
		if (isGroup && !(value instanceof Date) && Object.keys(value).length === 0) delete data[key];
	}
}

/** The column a field path of a problem belongs to: `domains[1]` → 领域, `cover.src` → 封面图文件. */
function columnOfField(mapped: readonly MappedColumn[], field: string | undefined) {
	if (!field) return undefined;
	const plain = field.replace(/\[\d+\]/g, '');
	return mapped
		.filter(({ column }) => plain === column.field || plain.startsWith(`${column.field}.`))
		.sort((a, b) => b.column.field.length - a.column.field.length)[0];
}

/**
 * Works out what importing a ledger would do, without writing anything: each row is matched to an
 * existing entry (by 网址名, else by 名称) or becomes a new one with a pinyin slug, then checked
 * with the collection's schema and every rule `npm run check` applies, against the rest of the
 * content. Every problem is reported with its row and column.
 */
export function planImport(options: ImportOptions): ImportPlan {
	const { model, root, kind, ledgerName, update } = options;
	const columns = ledgerColumns(model.schemas, kind);
	const problems: LedgerProblem[] = [];
	const notes: string[] = [];
	const labelOf = (field: string) => {
		const top = field.replace(/\[\d+\]/g, '').split('.')[0]!;
		return top === BODY ? '正文' : fieldDoc(model.schemas[kind], top).label;
	};
	const at = (line: number, message: string, mapped?: MappedColumn, field?: string) => {
		const fieldPath = field ?? mapped?.column.field;
		problems.push({
			file: ledgerName,
			line,
			...(fieldPath ? { field: fieldPath } : {}),
			...(mapped
				? { column: { header: mapped.column.header, letter: columnLetter(mapped.index) } }
				: fieldPath
					? { label: labelOf(fieldPath) }
					: {}),
			message,
		});
	};

	let sheet: LedgerSheet | undefined;
	let header: LedgerSheet['rows'][number] | undefined;
	for (const candidate of options.sheets) {
		header = findHeader(candidate, columns);
		if (header) {
			sheet = candidate;
			break;
		}
	}
	if (!sheet || !header) {
		at(
			1,
			`找不到表头：前 ${HEADER_SEARCH_ROWS} 行里没有一行写着“${columns[0]!.header}”“${columns[2]!.header}”等列名。请确认这是${kindLabel(kind)}的台账，列名见编辑指南。`,
		);
		return { entries: [], problems, notes, rows: 0 };
	}

	// Map the header's cells to columns.
	const mapped: MappedColumn[] = [];
	let previous: string | undefined;
	header.cells.forEach((cell, index) => {
		const text = cellText(cell);
		const sameAsLeft = text !== undefined && text === previous;
		previous = text;
		if (text === undefined || sameAsLeft) return; // a header merged across columns reads twice
		const column = columnForHeader(columns, text);
		if (!column) {
			notes.push(`第 ${columnLetter(index)} 列“${text}”不是${kindLabel(kind)}台账的列，已忽略。`);
			return;
		}
		const twin = mapped.find((other) => other.column === column);
		if (twin) {
			at(
				header.number,
				`“${text}”列和 ${columnLetter(twin.index)} 列都是“${column.header}”，请删去其中一列。`,
				{ index, column },
			);
			return;
		}
		mapped.push({ index, column });
	});
	const byField = (field: string) => mapped.find(({ column }) => column.field === field);

	const schema = model.schemas[kind];
	// Reported once for the header, not again on every row.
	const missingColumns = new Set<string>();
	if (!update) {
		for (const field of schemaFields(schema)) {
			if (!field.required || field.path.includes('.') || field.path === 'slug') continue;
			if (mapped.some(({ column }) => column.field.split('.')[0] === field.path)) continue;
			missingColumns.add(field.path);
			const column = columns.find((option) => option.field === field.path);
			const names = column ? [column.header, ...column.aliases].map((name) => `“${name}”`) : [];
			at(
				header.number,
				`表格缺少必填的“${fieldDoc(model.schemas[kind], field.path).label}”列。请在表头加上这一列（列名可写 ${names.join('、')}），每行都要填。`,
				undefined,
				field.path,
			);
		}
	}

	const raw = readContent(root);
	const vocabulary = buildVocabulary(raw.entries);
	const existing = (raw.entries.get(kind) ?? []).map((entry) => {
		const name = (entry.data as Record<string, unknown>)['name'];
		return {
			entry,
			id: entryIdOf(kind, entry, entry.data),
			name: typeof name === 'string' ? name : undefined,
		};
	});
	const { folder, extension } = kindFolder(kind);

	interface RowEntry {
		row: number;
		id: string;
		file: string;
		data: Record<string, unknown>;
		body: string | undefined;
		before?: RawEntry;
	}
	const rowEntries: RowEntry[] = [];
	const seen = new Map<string, number>();
	let rows = 0;
	for (const { number, cells } of sheet.rows.filter((row) => row.number > header.number)) {
		const values = new Map<string, unknown>();
		for (const { index, column } of mapped) {
			values.set(column.field, column.codec.read(cells[index], vocabulary));
		}
		if ([...values.values()].every((value) => value === undefined)) continue; // an empty row
		rows += 1;
		const name = values.get('name');
		const slugCell = values.get('slug');
		if (typeof name !== 'string' && typeof slugCell !== 'string') {
			at(number, '这一行没有名称：每个条目都要写名称。', byField('name'), 'name');
			continue;
		}
		const match = existing.find((candidate) =>
			typeof slugCell === 'string' ? candidate.id === slugCell : candidate.name === name,
		);
		const id =
			typeof slugCell === 'string' ? slugCell : (match?.id ?? slugFromName(String(name), kind));
		if (!match && typeof slugCell !== 'string') {
			const taken = existing.find((candidate) => candidate.id === id);
			if (taken) {
				at(
					number,
					`按名称生成的网址名“${id}”已被 content/${taken.entry.file}（${String(taken.name)}）使用。请在“网址名”列给这一行另写一个网址名。`,
					byField('slug') ?? byField('name'),
					'slug',
				);
				continue;
			}
		}
		const first = seen.get(id);
		const named = typeof name === 'string' ? `，名称“${name}”` : '';
		if (first !== undefined) {
			at(
				number,
				`和第 ${first} 行是同一个${kindLabel(kind)}（网址名“${id}”${named}）。台账里一个条目只能占一行，请删去或合并其中一行。`,
				byField('name') ?? byField('slug'),
				'name',
			);
			continue;
		}
		seen.set(id, number);
		if (match && !update) {
			at(
				number,
				`${kindLabel(kind)}“${match.name ?? id}”已经有了（content/${match.entry.file}）。要用台账更新它，请加 --update；要另建一个，请在“网址名”列写一个不同的网址名。`,
				byField('name') ?? byField('slug'),
				'name',
			);
			continue;
		}
		const file = match ? match.entry.file : `${folder}/${id}${extension}`;
		if (!match && existsSync(path.join(root, file))) {
			at(
				number,
				`文件 content/${file} 已经存在，但它的网址名不是“${id}”。请在“网址名”列另写一个网址名，或先处理这个文件。`,
				byField('slug') ?? byField('name'),
				'slug',
			);
			continue;
		}
		const data: Record<string, unknown> = match
			? structuredClone(match.entry.data as Record<string, unknown>)
			: {};
		if (!match) data['slug'] = id;
		for (const { column } of mapped) {
			if (column.field !== BODY && column.field !== 'slug') {
				setPath(data, column.field, values.get(column.field));
			}
		}
		pruneEmptyGroups(data);
		const body = values.get(BODY) as string | undefined;
		rowEntries.push({
			row: number,
			id,
			file,
			data,
			body,
			...(match ? { before: match.entry } : {}),
		});
	}

	// Check the rows as the content they would become, beside every other entry.
	const rowOfFile = new Map(rowEntries.map((entry) => [entry.file, entry.row]));
	const candidates = new Map<CollectionName, RawEntry[]>(raw.entries);
	candidates.set(kind, [
		...(raw.entries.get(kind) ?? []).filter((entry) => !rowOfFile.has(entry.file)),
		...rowEntries.map((entry) => ({ file: entry.file, data: entry.data, lineOf: () => entry.row })),
	]);
	const { checked, problems: schemaProblems } = validateEntries(candidates, model.schemas);
	const context = {
		root,
		exists: (relative: string) => existsSync(path.join(root, relative)),
		schemas: model.schemas,
	};
	const found = [...schemaProblems, ...model.rules.flatMap((rule) => rule(checked, context))];
	const badRows = new Set<number>();
	for (const problem of found) {
		const row = rowOfFile.get(problem.file);
		if (row === undefined || problem.line !== row) continue;
		badRows.add(row);
		if (missingColumns.has(problem.field?.split(/[.[]/)[0] ?? '')) continue;
		const field = problem.field === 'slug' && !byField('slug') ? 'name' : problem.field;
		at(row, problem.message, columnOfField(mapped, field), problem.field);
	}

	const order = ['slug', 'name', ...new Set(columns.map((column) => column.field.split('.')[0]!))];
	const entries: PlannedEntry[] = [];
	for (const entry of rowEntries) {
		if (badRows.has(entry.row)) continue;
		if (!entry.before) {
			const comment = `${kindLabel(kind)}：由 npm run import 从台账 ${ledgerName} 第 ${entry.row} 行导入。带 # 的行是说明，不会显示在网站上。`;
			entries.push({
				row: entry.row,
				id: entry.id,
				file: entry.file,
				action: 'create',
				text: newEntryText(entry.data, order, entry.body, comment),
				changes: [],
			});
			continue;
		}
		const text = readFileSync(path.join(root, entry.file), 'utf8');
		if (entry.body !== undefined && entry.body !== bodyOf(text)) {
			notes.push(
				`第 ${entry.row} 行的“正文”和 content/${entry.file} 里的正文不同；更新时保留文件里的正文。要改正文，请直接编辑这个文件。`,
			);
		}
		const updated = updateEntryText(text, entry.before.data as Record<string, unknown>, entry.data);
		entries.push({
			row: entry.row,
			id: entry.id,
			file: entry.file,
			action: updated.changes.length > 0 ? 'update' : 'unchanged',
			text: updated.text,
			changes: updated.changes,
		});
	}
	problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	return { entries, problems, notes, rows };
}

/**
 * Writes what a plan creates and updates, all files or none. Nothing is written while the plan has
 * problems unless `skipInvalid` says to write the good rows anyway.
 */
export function applyImport(
	root: string,
	plan: ImportPlan,
	{ skipInvalid = false }: { skipInvalid?: boolean } = {},
): PlannedEntry[] {
	if (plan.problems.length > 0 && !skipInvalid) return [];
	const writes = plan.entries.filter((entry) => entry.action !== 'unchanged');
	writeFilesAtomically(
		writes.map((entry) => ({ file: path.join(root, entry.file), text: entry.text })),
	);
	return writes;
}

/** One line per problem, e.g. `台账 stations.xlsx 第 5 行  F 列“级别”（level）  缺少这个必填字段。` */
export function formatLedgerProblem(problem: LedgerProblem): string {
	const field = problem.field ? `（${problem.field}）` : '';
	const where = problem.column
		? `${problem.column.letter} 列“${problem.column.header}”${field}`
		: problem.label
			? `“${problem.label}”${field}`
			: (problem.field ?? '-');
	return [`台账 ${problem.file} 第 ${problem.line} 行`, where, problem.message].join('  ');
}

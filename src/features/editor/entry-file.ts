import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { FRONT_MATTER } from '../../core/content-check/source-file.ts';

/** How the editor tools write YAML: one line per value, `[a, b]` for short lists. */
const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;
const YAML_INPUT: { customTags: ['timestamp'] } = { customTags: ['timestamp'] };
const SHORT_LIST = 60;

/** An entry's text split into its front matter and the rest (the body, with its leading newline). */
export function splitEntry(text: string): { frontMatter: string; body: string } | undefined {
	const match = FRONT_MATTER.exec(text);
	if (!match) return undefined;
	return { frontMatter: match[1] ?? '', body: text.slice(match[0].length) };
}

/** The body of an entry without the blank lines around it. */
export function bodyOf(text: string): string {
	return (splitEntry(text)?.body ?? text).trim();
}

/** Short lists of plain values on one line, records inside lists on one line, coordinates too. */
function styleNode(node: Node | null, key: string): Node | null {
	if (isSeq(node)) {
		if (node.items.every((item) => isScalar(item))) {
			const width = node.items.map((item) => String((item as { value: unknown }).value)).join(', ');
			node.flow = key.length + width.length <= SHORT_LIST;
		} else {
			for (const item of node.items) if (isMap(item)) item.flow = true;
		}
	}
	if (isMap(node) && key === 'coordinates') node.flow = true;
	return node;
}

function valueNode(document: Document, key: string, value: unknown): Node {
	return styleNode(document.createNode(value), key) as Node;
}

/**
 * The text of a new entry: a comment line, the fields in the given order, then the body after a
 * blank line, as the sample entries are written.
 */
export function newEntryText(
	data: Record<string, unknown>,
	order: readonly string[],
	body: string | undefined,
	comment: string,
): string {
	const document = new Document({}, YAML_INPUT);
	document.commentBefore = ` ${comment}`;
	const keys = [
		...order.filter((key) => key in data),
		...Object.keys(data).filter((key) => !order.includes(key)),
	];
	for (const key of keys) {
		if (data[key] !== undefined) document.set(key, valueNode(document, key, data[key]));
	}
	return `---\n${document.toString(YAML_OUTPUT)}---\n\n${(body ?? '').trim()}\n`;
}

const isEmpty = (value: unknown) =>
	value === undefined || (Array.isArray(value) && value.length === 0);

/** Equal values, where an empty list and no list count as the same (the schemas default to []). */
export function sameValue(a: unknown, b: unknown): boolean {
	return isDeepStrictEqual(a, b) || (isEmpty(a) && isEmpty(b));
}

/** One top-level field that an update changes: its value before and after (undefined = none). */
export interface FieldChange {
	field: string;
	before: unknown;
	after: unknown;
}

/** The YAML text of one top-level field, styled as new entries are. */
function fieldText(key: string, value: unknown): string {
	const document = new Document({}, YAML_INPUT);
	document.set(key, valueNode(document, key, value));
	return document.toString(YAML_OUTPUT);
}

/** Where a top-level field's lines start and end in the front matter (whole lines). */
function fieldLines(document: Document, text: string, key: string): [number, number] | undefined {
	if (!isMap(document.contents)) return undefined;
	const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
	const keyRange = (pair?.key as Node | undefined)?.range;
	if (!pair || !keyRange) return undefined;
	const valueEnd = (pair.value as Node | null)?.range?.[1] ?? keyRange[1];
	const start = text.lastIndexOf('\n', keyRange[0] - 1) + 1;
	const newline = text.indexOf('\n', Math.max(valueEnd - 1, keyRange[0]));
	return [start, newline === -1 ? text.length : newline + 1];
}

/**
 * An entry's text with its front matter set to `data`. Only the lines of the fields whose value
 * changes are rewritten (a new field goes at the end of the front matter), so comments, the order
 * and the style of every other field and the body stay byte for byte; with no change the text
 * comes back identical.
 */
export function updateEntryText(
	text: string,
	before: Record<string, unknown>,
	data: Record<string, unknown>,
): { text: string; changes: FieldChange[] } {
	const parts = splitEntry(text);
	if (!parts) throw new Error('entry without front matter');
	const source = parts.frontMatter.endsWith('\n') ? parts.frontMatter : `${parts.frontMatter}\n`;
	const document = parseDocument(source, YAML_INPUT);
	const changes: FieldChange[] = [];
	const edits: { range: [number, number]; text: string }[] = [];
	let appended = '';
	for (const key of new Set([...Object.keys(before), ...Object.keys(data)])) {
		if (sameValue(before[key], data[key])) continue;
		changes.push({ field: key, before: before[key], after: data[key] });
		const replacement = data[key] === undefined ? '' : fieldText(key, data[key]);
		const range = fieldLines(document, source, key);
		if (range) edits.push({ range, text: replacement });
		else appended += replacement;
	}
	if (changes.length === 0) return { text, changes };
	let frontMatter = source;
	for (const edit of edits.sort((a, b) => b.range[0] - a.range[0])) {
		frontMatter =
			frontMatter.slice(0, edit.range[0]) + edit.text + frontMatter.slice(edit.range[1]);
	}
	return { text: `---\n${frontMatter}${appended}---\n${parts.body}`, changes };
}

/** A value as one line of YAML, for showing what changes. */
export function showValue(value: unknown): string {
	if (value === undefined) return '（无）';
	const document = new Document(value, YAML_INPUT);
	if (isSeq(document.contents) || isMap(document.contents)) document.contents.flow = true;
	return document.toString(YAML_OUTPUT).trim();
}

/**
 * Writes every file or none: each text goes to a temporary file beside its target first, and only
 * when all are written are they renamed over their targets (a rename is atomic on one disk), so an
 * interrupted run never leaves a half-written entry.
 */
export function writeFilesAtomically(
	files: readonly { file: string; text: string | Uint8Array }[],
): void {
	const staged: { temporary: string; file: string }[] = [];
	try {
		for (const { file, text } of files) {
			mkdirSync(path.dirname(file), { recursive: true });
			const temporary = path.join(
				path.dirname(file),
				`.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`,
			);
			writeFileSync(temporary, text);
			staged.push({ temporary, file });
		}
	} catch (error) {
		for (const { temporary } of staged) rmSync(temporary, { force: true });
		throw error;
	}
	for (const { temporary, file } of staged) renameSync(temporary, file);
}

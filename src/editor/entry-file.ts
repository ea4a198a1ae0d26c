import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { FRONT_MATTER } from '../lib/content-check/source-file.ts';

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
	return styleNode(document.createNode(value) as Node, key) as Node;
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

/**
 * An entry's text with its front matter set to `data`. Only the fields whose value changes are
 * rewritten, so comments, the order of fields, the style of the others and the body stay exactly
 * as they were; with no change the text comes back identical.
 */
export function updateEntryText(
	text: string,
	before: Record<string, unknown>,
	data: Record<string, unknown>,
): { text: string; changes: FieldChange[] } {
	const parts = splitEntry(text);
	if (!parts) throw new Error('entry without front matter');
	const document = parseDocument(parts.frontMatter, YAML_INPUT);
	const changes: FieldChange[] = [];
	for (const key of new Set([...Object.keys(before), ...Object.keys(data)])) {
		if (sameValue(before[key], data[key])) continue;
		changes.push({ field: key, before: before[key], after: data[key] });
		if (data[key] === undefined) document.delete(key);
		else document.set(key, valueNode(document, key, data[key]));
	}
	if (changes.length === 0) return { text, changes };
	const frontMatter = document.toString(YAML_OUTPUT);
	return { text: `---\n${frontMatter}---\n${parts.body}`, changes };
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

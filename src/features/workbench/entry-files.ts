import { isDeepStrictEqual } from 'node:util';
import type { z } from 'astro/zod';
import { isMap, isSeq, parse, parseDocument, stringify, type Node } from 'yaml';
import {
	collectionLabels,
	collectionSources,
	type CollectionName,
} from '../../core/collections.ts';
import { textOf } from '../../core/format.ts';
import { newEntryText, sameValue, splitEntry, updateEntryText } from '../editor/entry-file.ts';
import { BODY, LIST_ITEMS, RECORD_KEY } from './cms-config.ts';
import { isReferenceField, unwrapField } from './field-shapes.ts';

/**
 * The files of `content/` as the CMS sees them, and back. The CMS reads and writes whole files
 * and forgets what it does not show (comments, the order and style of fields); so a save is not
 * written as the CMS wrote it: the changes it makes are applied to the file as it is, field by
 * field, and everything it did not change stays byte for byte.
 */

const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: true } as const;
type Data = Record<string, unknown>;

interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	valueType?: z.ZodType;
	options?: z.ZodType[];
	in?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
	return defOf(unwrapField(schema)).shape ?? {};
}

const isRecord = (value: unknown): value is Data =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Whether a schema accepts a date (a YAML date or `YYYY-MM-DD` text). */
function isDateField(schema: z.ZodType): boolean {
	const def = defOf(unwrapField(schema));
	return def.type === 'date' || (def.options ?? []).some((option) => defOf(option).type === 'date');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A value as the CMS sent it, made ready for the file: empty values (which the CMS writes for
 * fields left blank) dropped, dates turned back into YAML dates, records turned back from lists.
 */
function fromForm(value: unknown, schema: z.ZodType | undefined): unknown {
	if (value === null || value === undefined || value === '') return undefined;
	// An id such as a division code reaches the CMS as a number from YAML; the file names it as text.
	if (schema && typeof value === 'number' && isReferenceField(schema)) return String(value);
	if (schema && typeof value === 'string' && ISO_DATE.test(value) && isDateField(schema)) {
		return new Date(`${value}T00:00:00Z`);
	}
	const def = schema ? defOf(unwrapField(schema)) : undefined;
	if (def?.type === 'record' && Array.isArray(value)) {
		const record: Data = {};
		for (const item of value) {
			if (!isRecord(item)) continue;
			const { [RECORD_KEY]: key, ...rest } = item;
			if (typeof key === 'string' && key) record[key] = fromForm(rest, def.valueType);
		}
		return Object.keys(record).length > 0 ? record : undefined;
	}
	if (Array.isArray(value)) {
		const items = value
			.map((item) => fromForm(item, def?.element))
			.filter((item) => item !== undefined);
		return items.length > 0 ? items : undefined;
	}
	if (isRecord(value)) {
		const shape = schema ? shapeOf(schema) : {};
		const result: Data = {};
		for (const [key, child] of Object.entries(value)) {
			const kept = fromForm(child, shape[key]);
			if (kept !== undefined) result[key] = kept;
		}
		return Object.keys(result).length > 0 ? result : undefined;
	}
	return value;
}

/** A value as the CMS shows it: records (`pictures: { name: {…} }`) become lists of items. */
function toForm(value: unknown, schema: z.ZodType | undefined): unknown {
	if (!schema) return value;
	const def = defOf(unwrapField(schema));
	if (def.type === 'record' && isRecord(value)) {
		return Object.entries(value).map(([key, item]) => ({
			[RECORD_KEY]: key,
			...(isRecord(item) ? item : {}),
		}));
	}
	if (def.type === 'array' && Array.isArray(value)) {
		return value.map((item) => toForm(item, def.element));
	}
	if (def.type === 'object' && isRecord(value)) {
		const shape = def.shape ?? {};
		return Object.fromEntries(
			Object.entries(value).map(([key, child]) => [key, toForm(child, shape[key])]),
		);
	}
	return value;
}

/** The fields of an entry as the CMS sends them, ready to compare and write. */
function dataFromForm(data: Data, schema: z.ZodType): Data {
	const shape = shapeOf(schema);
	const result: Data = {};
	for (const [key, value] of Object.entries(data)) {
		const kept = fromForm(value, shape[key]);
		if (kept !== undefined) result[key] = kept;
	}
	return result;
}

function dataToForm(data: Data, schema: z.ZodType): Data {
	const shape = shapeOf(schema);
	return Object.fromEntries(
		Object.entries(data).map(([key, value]) => [key, toForm(value, shape[key])]),
	);
}

/**
 * Whether two values of a field mean the same: equal as written, or equal once the field's schema
 * has read them (so `sample` left out and `sample: false`, or a date and its text, are the same).
 */
function sameMeaning(field: z.ZodType | undefined, before: unknown, after: unknown): boolean {
	if (sameValue(before, after)) return true;
	if (!field) return false;
	const a = field.safeParse(before);
	const b = field.safeParse(after);
	return a.success && b.success && isDeepStrictEqual(a.data, b.data);
}

/**
 * The fields to write: the CMS's values, except that a field whose meaning did not change keeps
 * its value as the file has it, so that the file's text for it is not touched.
 */
function mergedData(before: Data, after: Data, schema: z.ZodType): Data {
	const shape = shapeOf(schema);
	const merged: Data = {};
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
		const value = sameMeaning(shape[key], before[key], after[key]) ? before[key] : after[key];
		if (value !== undefined) merged[key] = value;
	}
	return merged;
}

const readYaml = (text: string): unknown => parse(text, { customTags: ['timestamp'] }) as unknown;

/** Normalised body text, for telling whether the CMS changed it. */
const bodyKey = (body: string) => body.replace(/\r\n?/g, '\n').trim();

/** The text the CMS reads for a file of a collection. */
export function cmsTextOf(collection: CollectionName, text: string, schema: z.ZodType): string {
	const source = collectionSources[collection];
	if (source.type === 'list') {
		// The CMS edits a file as one record: a file holding a list is shown as `items: [...]`.
		const items = (parse(text) as unknown) ?? [];
		return stringify({ [LIST_ITEMS]: dataToFormList(items, schema) }, YAML_OUTPUT);
	}
	if (source.type === 'single') return text;
	const parts = splitEntry(text);
	const shape = shapeOf(schema);
	const hasRecords = Object.values(shape).some(
		(field) => defOf(unwrapField(field)).type === 'record',
	);
	if (!parts || !hasRecords) return text;
	const data = (parse(parts.frontMatter) as Data | null) ?? {};
	return `---\n${stringify(dataToForm(data, schema), YAML_OUTPUT)}---\n${parts.body}`;
}

function dataToFormList(items: unknown, schema: z.ZodType): unknown {
	return Array.isArray(items)
		? items.map((item: unknown) => (isRecord(item) ? dataToForm(item, schema) : item))
		: items;
}

/** A CMS text split into its fields and its body, the way the CMS writes front matter. */
function readCmsEntry(text: string): { data: Data; body: string } {
	const parts = splitEntry(text);
	if (!parts) return { data: {}, body: text };
	const data = readYaml(parts.frontMatter);
	return { data: isRecord(data) ? data : {}, body: parts.body };
}

/** Fields in the schema's order, then any others, for a new file. */
function fieldOrder(schema: z.ZodType): string[] {
	return Object.keys(shapeOf(schema));
}

function newEntryComment(collection: CollectionName): string {
	return `${collectionLabels[collection]}：在编辑工作台新建。带 # 的行是说明，不会显示在网站上；各字段的说明见工作台的表单和编辑指南。`;
}

/** A Markdown entry's new text, from what the CMS saved and the file as it was (if it exists). */
function markdownText(
	collection: CollectionName,
	cmsText: string,
	original: string | undefined,
	schema: z.ZodType,
): string {
	const saved = readCmsEntry(cmsText);
	const fields = { ...saved.data };
	delete fields[BODY];
	const after = dataFromForm(fields, schema);
	const body = bodyKey(saved.body);
	const parts = original === undefined ? undefined : splitEntry(original);
	if (original === undefined || !parts) {
		return newEntryText(after, fieldOrder(schema), body, newEntryComment(collection));
	}
	const before = (readYaml(parts.frontMatter) as Data | null) ?? {};
	const updated = updateEntryText(original, before, mergedData(before, after, schema)).text;
	if (bodyKey(parts.body) === body) return updated;
	const front = updated.slice(0, updated.length - (splitEntry(updated)?.body.length ?? 0));
	return body ? `${front}\n${body}\n` : front;
}

/** A single YAML file (the site settings): the changed top-level fields' lines rewritten. */
function singleText(cmsText: string, original: string | undefined, schema: z.ZodType): string {
	const saved = readYaml(cmsText);
	const after = dataFromForm(isRecord(saved) ? saved : {}, schema);
	if (original === undefined) return stringify(after, YAML_OUTPUT);
	// The file is its own front matter: the editor tools' line-exact update works on it as it is.
	const wrapped = `---\n${original.endsWith('\n') ? original : `${original}\n`}---\n`;
	const before = readYaml(original);
	const updated = updateEntryText(
		wrapped,
		isRecord(before) ? before : {},
		mergedData(isRecord(before) ? before : {}, after, schema),
	).text;
	return updated.slice('---\n'.length, updated.length - '---\n'.length);
}

/** The `id` of a list item node, if it has one. */
function idOfNode(node: unknown): string | undefined {
	if (!isMap(node)) return undefined;
	const value = node.get('id');
	return value === undefined || value === null ? undefined : textOf(value);
}

/**
 * A YAML list file's new text. Items are matched by `id`: an item the CMS did not change keeps its
 * text and comments; a changed item keeps them for the keys that did not change; new items follow
 * the style of their neighbours; the list takes the CMS's order.
 */
function listText(cmsText: string, original: string | undefined, schema: z.ZodType): string {
	const saved = readYaml(cmsText);
	const raw: unknown[] =
		isRecord(saved) && Array.isArray(saved[LIST_ITEMS]) ? saved[LIST_ITEMS] : [];
	const items = raw.map((item) => (isRecord(item) ? dataFromForm(item, schema) : item));
	const document = parseDocument(original ?? '[]\n', { customTags: ['timestamp'] });
	const list = isSeq(document.contents) ? document.contents : undefined;
	const nodes = list?.items ?? [];
	const byId = new Map(nodes.flatMap((node) => (idOfNode(node) ? [[idOfNode(node), node]] : [])));
	const flow =
		nodes.length > 0 && nodes.filter((node) => isMap(node) && node.flow).length * 2 > nodes.length;
	const shape = shapeOf(schema);
	const next = items.map((item) => {
		const id = isRecord(item) && item['id'] !== undefined ? textOf(item['id']) : undefined;
		const node = id === undefined ? undefined : byId.get(id);
		if (!isMap(node) || !isRecord(item)) {
			const created = document.createNode(item) as Node;
			if (isMap(created)) created.flow = flow;
			return created;
		}
		// The node came from the file; the values set on it are new nodes of the same document.
		const map = node as unknown as {
			set: (key: unknown, value: unknown) => void;
			delete: (key: unknown) => void;
		};
		const before = node.toJSON() as Data;
		for (const key of new Set([...Object.keys(before), ...Object.keys(item)])) {
			if (sameMeaning(shape[key], before[key], item[key])) continue;
			if (item[key] === undefined) map.delete(key);
			else map.set(key, document.createNode(item[key]));
		}
		return node;
	});
	if (list) list.items = next as typeof list.items;
	else document.contents = document.createNode(next) as typeof document.contents;
	return document.toString(YAML_OUTPUT);
}

/**
 * The new text of a file the CMS saved: `cmsText` as the CMS wrote it, applied to `original`, the
 * file as it is now (undefined for a new entry).
 */
export function fileTextOf(
	collection: CollectionName,
	cmsText: string,
	original: string | undefined,
	schema: z.ZodType,
): string {
	const source = collectionSources[collection];
	if (source.type === 'folder') return markdownText(collection, cmsText, original, schema);
	if (source.type === 'single') return singleText(cmsText, original, schema);
	return listText(cmsText, original, schema);
}

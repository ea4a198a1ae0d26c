import { z } from 'astro/zod';
import { schemaFields, type SchemaField } from './schema-fields.ts';

/**
 * What an editor needs to know about one field, in Chinese. Declared beside the field in its
 * schema, and read from there by the scaffold's comments (`npm run new`), the ledger column
 * headers (`npm run import`/`export`) and the field tables of the editor's guide.
 */
export interface FieldDoc {
	/** Short Chinese name; for the kinds kept in ledgers, also the column header. */
	label: string;
	/** What goes there. */
	help: string;
	/** An example value, written as it appears in the front matter. */
	example: string;
}

/** A documented field of a schema: its path (`name`, `cover.src`, `points[].name`) and its doc. */
export type DocumentedField = SchemaField & FieldDoc;

/** The documentation of fields, keyed by the field schemas themselves. */
export const fieldDocRegistry = z.registry<FieldDoc>();

/**
 * Documents a field for editors. Returns a copy of the field, so that one shared field schema
 * (a text field, a date) can carry a different doc in every place it is used.
 */
export function documented<T extends z.ZodType>(schema: T, doc: FieldDoc): T {
	const copy = schema.clone();
	fieldDocRegistry.add(copy, doc);
	return copy;
}

interface Def {
	type: string;
	innerType?: z.ZodType;
	element?: z.ZodType;
	in?: z.ZodType;
	shape?: Record<string, z.ZodType>;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema itself and what it wraps (optional, default, nullable, a pipe's input). */
function* layersOf(schema: z.ZodType): Generator<z.ZodType> {
	for (let current: z.ZodType | undefined = schema; current;) {
		yield current;
		const def = defOf(current);
		current =
			def.type === 'optional' || def.type === 'default' || def.type === 'nullable'
				? def.innerType
				: def.type === 'pipe'
					? def.in
					: undefined;
	}
}

function docOf(schema: z.ZodType): FieldDoc | undefined {
	for (const layer of layersOf(schema)) {
		const doc = fieldDocRegistry.get(layer);
		if (doc) return doc;
	}
	return undefined;
}

/** The schema of the field at a path such as `coordinates.lng` or `gallery[].src`. */
function fieldAt(schema: z.ZodType, path: string): z.ZodType | undefined {
	let current: z.ZodType | undefined = schema;
	for (const part of path.split('.')) {
		const listItem = part.endsWith('[]');
		const key = listItem ? part.slice(0, -2) : part;
		const shape: Record<string, z.ZodType> | undefined = current
			? [...layersOf(current)].map((layer) => defOf(layer).shape).find(Boolean)
			: undefined;
		current = shape?.[key];
		if (current && listItem) {
			current = [...layersOf(current)].map((layer) => defOf(layer).element).find(Boolean);
		}
		if (!current) return undefined;
	}
	return current;
}

/** The doc of one field of a schema, or undefined when nobody documented it. */
export function fieldDocAt(schema: z.ZodType, path: string): FieldDoc | undefined {
	const field = fieldAt(schema, path);
	return field && docOf(field);
}

/** The doc of one field of a schema; throws for a field nobody documented. */
export function fieldDoc(schema: z.ZodType, path: string): FieldDoc {
	const doc = fieldDocAt(schema, path);
	if (!doc) throw new Error(`No editor documentation for the field ${path}`);
	return doc;
}

/**
 * Every field of a schema in the schema's order, with its doc. Throws for a field that has none,
 * so a field added without documentation is found by the tests, not by an editor.
 */
export function documentedFields(schema: z.ZodType): DocumentedField[] {
	return schemaFields(schema).map((field) => ({ ...field, ...fieldDoc(schema, field.path) }));
}

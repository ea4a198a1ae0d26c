import type { z } from 'astro/zod';
import type { CollectionName } from '../../core/collections.ts';
import { markedFields } from './workbench-helpers.ts';

/** A rule a text field must follow, with the schema's own Chinese message. */
export interface TextPattern {
	source: string;
	message: string;
}

/**
 * What a field holds, as far as a form needs to know: the kind of value and the limits the schema
 * puts on it. Read from the Zod schema itself, so the form follows the schema.
 */
export type FieldShape =
	| { type: 'reference'; collection: CollectionName }
	| { type: 'image' }
	| { type: 'text'; minLength?: number; maxLength?: number; patterns: TextPattern[] }
	| { type: 'number'; integer: boolean; min?: number; max?: number }
	| { type: 'boolean' }
	| { type: 'date' }
	| { type: 'enum'; values: string[] }
	| { type: 'list'; item: FieldShape; min?: number; max?: number }
	| { type: 'object'; fields: [string, z.ZodType][] }
	| { type: 'record'; value: z.ZodType };

interface Check {
	check: string;
	minimum?: number;
	maximum?: number;
	value?: number;
	inclusive?: boolean;
	format?: string;
	pattern?: RegExp;
	error?: (issue?: unknown) => unknown;
}

interface Def {
	type: string;
	innerType?: z.ZodType;
	element?: z.ZodType;
	in?: z.ZodType;
	out?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	options?: z.ZodType[];
	entries?: Record<string, string>;
	valueType?: z.ZodType;
	checks?: { _zod: { def: Check } }[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (schema: z.ZodType) => (defOf(schema).checks ?? []).map((check) => check._zod.def);

/** The mark of a field made by `reference()` or `image()`, looking through its wrappers. */
function markOf(schema: z.ZodType) {
	for (let current: z.ZodType | undefined = schema; current;) {
		const mark = markedFields.get(current);
		if (mark) return mark;
		const def = defOf(current);
		current = ['optional', 'default', 'nullable', 'prefault'].includes(def.type)
			? def.innerType
			: def.type === 'pipe'
				? def.in
				: undefined;
	}
	return undefined;
}

/** Whether a field holds a reference to another entry (made by `reference()`). */
export function isReferenceField(schema: z.ZodType): boolean {
	return markOf(schema)?.kind === 'reference';
}

/** The schema under optional, default and nullable wrappers. */
export function unwrapField(schema: z.ZodType): z.ZodType {
	let current = schema;
	for (
		let def = defOf(current);
		['optional', 'default', 'nullable', 'prefault'].includes(def.type);
	) {
		current = def.innerType as z.ZodType;
		def = defOf(current);
	}
	return current;
}

function messageOf(check: Check, fallback: string): string {
	const message = check.error?.();
	return typeof message === 'string' ? message : fallback;
}

function textShape(schema: z.ZodType): FieldShape {
	const shape: Extract<FieldShape, { type: 'text' }> = { type: 'text', patterns: [] };
	for (const check of checksOf(schema)) {
		if (check.check === 'min_length' && check.minimum !== undefined)
			shape.minLength = check.minimum;
		if (check.check === 'max_length' && check.maximum !== undefined)
			shape.maxLength = check.maximum;
		if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
			shape.patterns.push({ source: check.pattern.source, message: messageOf(check, '格式不对') });
		}
	}
	return shape;
}

function numberShape(schema: z.ZodType): FieldShape {
	const shape: Extract<FieldShape, { type: 'number' }> = { type: 'number', integer: false };
	for (const check of checksOf(schema)) {
		if (check.check === 'number_format' && /int/.test(check.format ?? '')) shape.integer = true;
		// An exclusive bound (positive()) becomes the smallest step a form can take above it.
		const step = check.inclusive ? 0 : shape.integer ? 1 : 0.000001;
		if (check.check === 'greater_than' && check.value !== undefined) shape.min = check.value + step;
		if (check.check === 'less_than' && check.value !== undefined) shape.max = check.value - step;
	}
	return shape;
}

function listShape(schema: z.ZodType, element: z.ZodType): FieldShape {
	const shape: Extract<FieldShape, { type: 'list' }> = { type: 'list', item: fieldShape(element) };
	for (const check of checksOf(schema)) {
		if (check.check === 'min_length' && check.minimum !== undefined) shape.min = check.minimum;
		if (check.check === 'max_length' && check.maximum !== undefined) shape.max = check.maximum;
	}
	return shape;
}

/**
 * The shape of a field schema. Throws for a kind of schema no form can edit, so that a field of a
 * new kind is found by the configuration's test rather than left out of the form.
 */
export function fieldShape(schema: z.ZodType): FieldShape {
	const mark = markOf(schema);
	if (mark?.kind === 'reference') return { type: 'reference', collection: mark.collection };
	if (mark?.kind === 'image') return { type: 'image' };
	const inner = unwrapField(schema);
	const def = defOf(inner);
	switch (def.type) {
		case 'string':
			return textShape(inner);
		case 'number':
			return numberShape(inner);
		case 'boolean':
			return { type: 'boolean' };
		case 'date':
			return { type: 'date' };
		case 'enum':
			return { type: 'enum', values: Object.values(def.entries ?? {}) };
		case 'array':
			return listShape(inner, def.element as z.ZodType);
		case 'object':
			return { type: 'object', fields: Object.entries(def.shape ?? {}) };
		case 'record':
			return { type: 'record', value: def.valueType as z.ZodType };
		case 'pipe': {
			// A value read one way and checked another (an id typed as a number, a text turned
			// into something else): the form edits what the schema checks as text, else the input.
			const out = defOf(def.out as z.ZodType);
			return fieldShape((out.type === 'string' ? def.out : def.in) as z.ZodType);
		}
		case 'union': {
			const options = (def.options ?? []).map((option) => fieldShape(option));
			// A date is accepted as a YAML date or as quoted text; a code or phone number as text or
			// as digits YAML read as a number: the form edits the first such kind.
			const date = options.find((option) => option.type === 'date');
			if (date) return date;
			const text = options.find((option) => option.type === 'text');
			if (text) return text;
			throw new Error(`A union of ${options.map((option) => option.type).join(', ')}`);
		}
		default:
			throw new Error(`No form widget for a Zod ${def.type}`);
	}
}

import type { z } from 'astro/zod';

/** One field of a schema, as an editor writes it: `name`, `coordinates.lng`, `points[].name`. */
export interface SchemaField {
	path: string;
	/** Whether the field must be written (inside its parent, for a nested field). */
	required: boolean;
	/** What the field holds: a list, a group of fields, or one value. */
	shape: 'list' | 'group' | 'value';
}

interface Def {
	type: string;
	innerType?: z.ZodType;
	element?: z.ZodType;
	shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under optional/default wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
	let current = schema;
	for (let def = defOf(current); def.innerType; def = defOf(current)) {
		if (def.type !== 'optional' && def.type !== 'default' && def.type !== 'nullable') break;
		current = def.innerType;
	}
	return current;
}

/**
 * Every field of an object schema, nested objects and lists of objects included, in the order the
 * schema declares them. Whether a field is required is asked of the schema itself (does it accept
 * a missing value?), so the editor tools never keep a second list of required fields.
 */
export function schemaFields(schema: z.ZodType, prefix = ''): SchemaField[] {
	const shape = defOf(unwrap(schema)).shape;
	if (!shape) return [];
	const fields: SchemaField[] = [];
	for (const [key, field] of Object.entries(shape)) {
		const path = `${prefix}${key}`;
		const inner = unwrap(field);
		const def = defOf(inner);
		const shape = def.type === 'array' ? 'list' : def.type === 'object' ? 'group' : 'value';
		fields.push({ path, required: !field.safeParse(undefined).success, shape });
		if (def.type === 'object') fields.push(...schemaFields(inner, `${path}.`));
		if (def.type === 'array' && def.element && defOf(unwrap(def.element)).type === 'object') {
			fields.push(...schemaFields(def.element, `${path}[].`));
		}
	}
	return fields;
}

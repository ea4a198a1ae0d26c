import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { collectionSources, type CollectionName } from '../../../src/core/collections.ts';
import { fieldDocAt } from '../../../src/core/schemas/field-docs.ts';
import { schemaFields } from '../../../src/core/schemas/schema-fields.ts';
import {
	BODY,
	cmsConfig,
	formHelp,
	INTERNAL_MARK,
	LIST_ITEMS,
	LISTS,
	type CmsField,
} from '../../../src/features/workbench/cms-config.ts';
import { workbenchHelpers } from '../../../src/features/workbench/workbench-helpers.ts';
import { collectionSchemas } from '../../../src/site/collections.ts';

const schemas = collectionSchemas(workbenchHelpers);
const taxonomies = ['domains', 'levels', 'baseKinds', 'systemKinds', 'scopes'] as const;
const config = cmsConfig({
	schemas,
	taxonomyTerms: Object.fromEntries(
		taxonomies.map((name) => [name, [{ id: `${name}-a`, label: `${name} 甲` }]]),
	),
	siteUrl: 'http://127.0.0.1:4321',
	basePath: '/tongzhan/',
	backendUrl: '/tongzhan/admin/api/v1/',
});

/** The form fields of a collection, as the CMS configuration has them. */
function formFieldsOf(collection: CollectionName): CmsField[] {
	const source = collectionSources[collection];
	if (source.type === 'folder') {
		const found = config.collections.find((candidate) => candidate.name === collection);
		if (!found || !('fields' in found)) throw new Error(`no collection ${collection}`);
		return found.fields.filter((field) => field.name !== BODY);
	}
	const lists = config.collections.find((candidate) => candidate.name === LISTS);
	const file =
		lists && 'files' in lists ? lists.files.find((f) => f.name === collection) : undefined;
	if (!file) throw new Error(`no file ${collection}`);
	return source.type === 'list' ? (file.fields[0]?.fields ?? []) : file.fields;
}

/** Every form field by the path `schemaFields` gives it: `cover.src`, `gallery[].alt`. */
function formPaths(fields: readonly CmsField[], prefix = ''): Map<string, CmsField> {
	const paths = new Map<string, CmsField>();
	for (const field of fields) {
		const path = `${prefix}${field.name}`;
		paths.set(path, field);
		if (field.widget === 'object') {
			for (const [inner, child] of formPaths(field.fields ?? [], `${path}.`))
				paths.set(inner, child);
		}
		if (field.widget === 'list' && field.fields) {
			for (const [inner, child] of formPaths(field.fields, `${path}[].`)) paths.set(inner, child);
		}
	}
	return paths;
}

interface Def {
	type: string;
	innerType?: z.ZodType;
	element?: z.ZodType;
	options?: z.ZodType[];
	in?: z.ZodType;
	out?: z.ZodType;
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema of a field at a `schemaFields` path. */
function schemaAt(schema: z.ZodType, path: string): z.ZodType {
	let current = schema;
	for (const part of path.split('.')) {
		const item = part.endsWith('[]');
		current = (unwrap(current) as unknown as { shape: Record<string, z.ZodType> }).shape[
			item ? part.slice(0, -2) : part
		] as z.ZodType;
		if (item) current = defOf(unwrap(current)).element as z.ZodType;
	}
	return current;
}

function unwrap(schema: z.ZodType): z.ZodType {
	let current = schema;
	while (['optional', 'default', 'nullable'].includes(defOf(current).type)) {
		current = defOf(current).innerType as z.ZodType;
	}
	return current;
}

/**
 * The widget a field must have, told from its Zod type alone (independently of the generator):
 * references are relations or, for taxonomies, selects; pictures are images; and so on.
 */
function expectedWidgets(schema: z.ZodType, documentedLabel: string): string[] {
	const def = defOf(unwrap(schema));
	if (documentedLabel.includes('图') && documentedLabel.endsWith('文件')) return ['image'];
	switch (def.type) {
		case 'boolean':
			return ['boolean'];
		case 'number':
			return ['number'];
		case 'enum':
			return ['select'];
		case 'object':
			return ['object'];
		case 'record':
			return ['list'];
		case 'array': {
			const element = defOf(unwrap(def.element as z.ZodType));
			// A list of references: one multiple relation or select; else a list.
			return element.type === 'union' || element.type === 'pipe'
				? ['relation', 'select']
				: ['list'];
		}
		case 'union':
			return (def.options ?? []).some((option) => defOf(option).type === 'date')
				? ['datetime']
				: ['relation', 'select', 'string'];
		case 'pipe':
			return ['relation', 'select', 'string'];
		case 'string':
			return ['string', 'text'];
		default:
			return [`no widget for ${def.type}`];
	}
}

/**
 * The fields of a schema, with the fields of a record's values (the story's `pictures`), which
 * the form edits as a list of items, each with its name.
 */
function withRecordItems(schema: z.ZodType, fields: ReturnType<typeof schemaFields>) {
	return fields.flatMap((field) => {
		const def = defOf(unwrap(schemaAt(schema, field.path))) as Def & { valueType?: z.ZodType };
		if (def.type !== 'record' || !def.valueType) return [field];
		const value = def.valueType;
		return [
			field,
			{ path: `${field.path}[].name`, required: true, shape: 'value' as const },
			...schemaFields(value).map((inner) => ({ ...inner, path: `${field.path}[].${inner.path}` })),
		];
	});
}

function isRecordItem(schema: z.ZodType, path: string): boolean {
	const head = path.split('[].')[0] ?? '';
	return (
		path.includes('[].') &&
		!head.includes('.') &&
		defOf(unwrap(schemaAt(schema, head))).type === 'record'
	);
}

function recordValue(schema: z.ZodType, path: string): z.ZodType {
	const head = path.split('[].')[0] ?? '';
	return (defOf(unwrap(schemaAt(schema, head))) as Def & { valueType: z.ZodType }).valueType;
}

describe('the CMS configuration generated from the schemas', () => {
	it('has every collection', () => {
		for (const collection of Object.keys(collectionSources) as CollectionName[]) {
			expect(() => formFieldsOf(collection), collection).not.toThrow();
		}
	});

	it('has every field of every schema, with its Chinese label, the right widget and requirement', () => {
		let checked = 0;
		for (const collection of Object.keys(collectionSources) as CollectionName[]) {
			const schema = schemas[collection];
			const form = formPaths(formFieldsOf(collection));
			const fields = withRecordItems(schema, schemaFields(schema));
			// Nothing in the form that the schema does not have, nothing of the schema missing.
			expect([...form.keys()].sort(), collection).toEqual(fields.map((field) => field.path).sort());
			for (const field of fields) {
				const formField = form.get(field.path);
				if (field.path.endsWith('[].name') && form.get(field.path)?.label === '名字') {
					// The record's key: the form's own field, not one of the schema's.
					checked += 1;
					continue;
				}
				const doc =
					field.path.includes('[].') && isRecordItem(schema, field.path)
						? fieldDocAt(recordValue(schema, field.path), field.path.split('[].')[1] ?? '')
						: fieldDocAt(schema, field.path);
				const where = `${collection}.${field.path}`;
				expect(doc, `${where} has no Chinese doc`).toBeDefined();
				expect(formField?.label.replace(INTERNAL_MARK, ''), where).toBe(doc?.label);
				const fieldSchema = isRecordItem(schema, field.path)
					? schemaAt(recordValue(schema, field.path), field.path.split('[].')[1] ?? '')
					: schemaAt(schema, field.path);
				expect(expectedWidgets(fieldSchema, doc?.label ?? ''), where).toContain(formField?.widget);
				// Required as the schema says, except a new entry's slug (filled from the name) and the
				// fields inside an optional group (asked for by the check once the group is written).
				// (A list item exists only once added, so the groups that count are those after the
				// last list on the path.)
				const parts = field.path.split('.');
				const itemStart = parts.map((part) => part.endsWith('[]')).lastIndexOf(true) + 1;
				const insideOptionalGroup = parts
					.slice(0, -1)
					.some(
						(_, index) =>
							index >= itemStart &&
							fields.find((f) => f.path === parts.slice(0, index + 1).join('.'))?.required ===
								false,
					);
				const expected = field.required && !insideOptionalGroup && field.path !== 'slug';
				expect(formField?.required, where).toBe(expected);
				checked += 1;
			}
		}
		expect(checked).toBeGreaterThan(150);
	});

	it('gives references the widget that finds their target', () => {
		const stations = formPaths(formFieldsOf('stations'));
		expect(stations.get('region')).toMatchObject({
			widget: 'relation',
			collection: LISTS,
			file: 'regions',
			value_field: `${LIST_ITEMS}.*.id`,
			multiple: false,
		});
		expect(stations.get('center')).toMatchObject({
			widget: 'relation',
			collection: 'centers',
			value_field: 'slug',
			display_fields: ['name'],
		});
		expect(stations.get('domains')).toMatchObject({
			widget: 'select',
			multiple: true,
			min: 1,
			options: [{ label: 'domains 甲', value: 'domains-a' }],
		});
		expect(stations.get('systems')).toMatchObject({ widget: 'relation', collection: 'systems' });
		expect(formPaths(formFieldsOf('cases')).get('figures')).toMatchObject({
			widget: 'relation',
			file: 'figures',
			display_fields: [`${LIST_ITEMS}.*.label`],
		});
	});

	it('gives each kind of value its widget, limits and picture folder', () => {
		const stations = formPaths(formFieldsOf('stations'));
		expect(stations.get('summary')).toMatchObject({
			widget: 'text',
			pattern: [expect.any(String), '不超过 200 字'],
		});
		expect(stations.get('name')).toMatchObject({ widget: 'string', required: true });
		expect(stations.get('slug')?.pattern?.[0]).toBe('^[a-z0-9]+(?:-[a-z0-9]+)*$');
		expect(stations.get('established')).toMatchObject({
			widget: 'datetime',
			format: 'YYYY-MM-DD',
			time_format: false,
		});
		expect(stations.get('coordinates.lng')).toMatchObject({
			widget: 'number',
			min: -180,
			max: 180,
			value_type: 'float',
		});
		expect(stations.get('cover.src')).toMatchObject({ widget: 'image' });
		expect(stations.get('gallery')).toMatchObject({ widget: 'list', default: [] });
		expect(stations.get('visibility')).toMatchObject({
			widget: 'select',
			options: ['public', 'internal'],
			default: 'public',
		});
		expect(formPaths(formFieldsOf('centers')).get('area')).toMatchObject({
			widget: 'number',
			min: 0.000001,
		});
		expect(formPaths(formFieldsOf('systems')).get('checklist')).toMatchObject({
			widget: 'list',
			field: { widget: 'number', value_type: 'int', min: 1 },
		});
		const stationsCollection = config.collections.find((c) => c.name === 'stations');
		expect(stationsCollection).toMatchObject({
			folder: 'stations',
			media_folder: '../images/stations',
			public_folder: '../images/stations',
			preview_path: 'tongzhan/stations/{{slug}}/',
			slug: '{{fields.slug}}',
		});
	});

	it('marks internal-only fields 仅内部版 and says they stay out of the public build', () => {
		const stations = formPaths(formFieldsOf('stations'));
		for (const path of ['contacts', 'internalNotes']) {
			expect(stations.get(path)?.label).toContain(INTERNAL_MARK);
			expect(stations.get(path)?.hint).toContain('只出现在内网版');
		}
		expect(stations.get('name')?.label).not.toContain(INTERNAL_MARK);
	});

	it('keeps MDX bodies out of the rich-text editor, which would rewrite their components', () => {
		const body = (collection: string) => {
			const found = config.collections.find((c) => c.name === collection);
			return found && 'fields' in found
				? found.fields.find((field) => field.name === BODY)
				: undefined;
		};
		expect(body('cases')).toMatchObject({ widget: 'markdown', modes: ['raw'] });
		expect(body('stations')?.modes).toContain('rich_text');
	});

	it('starts the form with the name and the slug made from it', () => {
		expect(
			formFieldsOf('stations')
				.slice(0, 2)
				.map((field) => field.name),
		).toEqual(['name', 'slug']);
		expect(
			formFieldsOf('cases')
				.slice(0, 2)
				.map((field) => field.name),
		).toEqual(['title', 'slug']);
		expect(formFieldsOf('stations').at(-1)?.name).toBe('internalNotes');
	});
});

describe('formHelp', () => {
	it('leaves out how a file writes a value where the form picks it', () => {
		expect(
			formHelp('所在的镇：regions/regions.yaml 里的编号（台账里也可以写中文名称）', 'relation'),
		).toBe('所在的镇');
		expect(formHelp('至少一个；写 taxonomies/domains.yaml 里的编号', 'select')).toBe('至少一个');
		expect(formHelp('给访客看的街道地址', 'string')).toBe('给访客看的街道地址');
	});
});

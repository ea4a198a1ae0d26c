import type { z } from 'astro/zod';
import {
	collectionLabels,
	collectionSources,
	type CollectionName,
} from '../../core/collections.ts';
import { entryBaseSchema } from '../../core/schemas/entry.ts';
import { fieldDocRegistry, type FieldDoc } from '../../core/schemas/field-docs.ts';
import { internalFields } from '../../core/schemas/internal.ts';
import { sections } from '../../core/sections.ts';
import { fieldShape, type FieldShape } from './field-shapes.ts';

/** One field of the CMS form, in Decap CMS's configuration format. */
export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required: boolean;
	hint?: string;
	default?: unknown;
	pattern?: [string, string];
	options?: (string | { label: string; value: string })[];
	multiple?: boolean;
	min?: number;
	max?: number;
	value_type?: 'int' | 'float';
	collection?: string;
	file?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	options_length?: number;
	fields?: CmsField[];
	field?: CmsField;
	summary?: string;
	collapsed?: boolean;
	format?: string;
	date_format?: string;
	time_format?: boolean;
	choose_url?: boolean;
	modes?: string[];
}

/** A collection of the CMS: a folder of entries, or a set of single YAML files. */
export type CmsCollection =
	| {
			name: CollectionName;
			label: string;
			label_singular: string;
			description: string;
			folder: string;
			extension: string;
			format: 'frontmatter';
			create: true;
			delete: true;
			slug: string;
			identifier_field: string;
			summary: string;
			sortable_fields: string[];
			media_folder: string;
			public_folder: string;
			preview_path: string;
			fields: CmsField[];
	  }
	| {
			name: typeof LISTS;
			label: string;
			description: string;
			editor: { preview: false };
			files: {
				name: CollectionName;
				label: string;
				file: string;
				description: string;
				fields: CmsField[];
			}[];
	  };

/** The Decap CMS configuration the workbench serves at `/admin/`. */
export interface CmsConfig {
	load_config_file: false;
	locale: 'zh_Hans';
	backend: { name: 'proxy'; proxy_url: string; branch: string };
	publish_mode: 'simple';
	media_folder: string;
	public_folder: string;
	site_url: string;
	show_preview_links: true;
	slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
	collections: CmsCollection[];
}

/** A term of a taxonomy, as a select widget offers it. */
export interface TaxonomyTerm {
	id: string;
	label: string;
}

export interface CmsConfigInput {
	/** Every collection's schema, built with the workbench's helpers (`workbenchHelpers`). */
	schemas: Readonly<Record<CollectionName, z.ZodType>>;
	/** The terms of the collections offered as a select (the taxonomies), by collection. */
	taxonomyTerms: Partial<Record<CollectionName, readonly TaxonomyTerm[]>>;
	/** Where the live site runs, e.g. `http://127.0.0.1:4321`, for the links to each entry's page. */
	siteUrl: string;
	/** The site's base path, with a slash at both ends. */
	basePath: string;
	/** The URL of the workbench's local backend. */
	backendUrl: string;
}

/** The name of the CMS collection that holds the YAML files (settings, regions, taxonomies…). */
export const LISTS = 'lists';
/** The field under which a YAML file holding a list is shown to the CMS (see `entry-files.ts`). */
export const LIST_ITEMS = 'items';
/** The field of the body of a Markdown entry. */
export const BODY = 'body';
/** The field that holds a record's key when the CMS edits the record as a list. */
export const RECORD_KEY = 'name';

/** The label of internal-only fields, which only the intranet build shows. */
export const INTERNAL_MARK = '（仅内部版）';

const TEXT_AREA_LENGTH = 100;

/** Widgets where the editor picks a value rather than typing how a file writes it. */
const CHOOSERS = new Set(['select', 'relation', 'image', 'boolean', 'datetime']);

/**
 * A field's help as the form shows it. The docs are written for files and ledgers; where the form
 * picks the value (a select, a relation, a picture), the parts that explain how to write it in a
 * file (`写 taxonomies/….yaml 里的编号`, `台账里也可以…`) say nothing to the editor and are left out.
 */
export function formHelp(help: string, widget: string): string {
	const parts = help.split(/(?<=[；：])/);
	const aboutFiles = /\.ya?ml|content\/|台账|npm run|网址名$|网址名）/;
	const kept = parts.filter((part) => !aboutFiles.test(part.replace(/[；：]$/, '')));
	if (!CHOOSERS.has(widget) && !/npm run/.test(help)) return help;
	const text = kept.join('').replace(/[；：，]$/, '');
	return text || help;
}

/** The doc of a field, looking through its wrappers (optional, default). */
function docOf(schema: z.ZodType): FieldDoc | undefined {
	for (let current: z.ZodType | undefined = schema; current;) {
		const doc = fieldDocRegistry.get(current);
		if (doc) return doc;
		const def: { type: string; innerType?: z.ZodType } = (
			current as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } }
		)._zod.def;
		current = ['optional', 'default', 'nullable'].includes(def.type) ? def.innerType : undefined;
	}
	return undefined;
}

function isInternal(schema: z.ZodType): boolean {
	return internalFields.has(schema);
}

/** The name field of the entries of a folder collection, which relations display. */
export function nameFieldOf(schema: z.ZodType): string {
	const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
	return 'name' in shape ? 'name' : 'title';
}

/** The label of a list file's items, which relations search and display. */
function listLabelField(schema: z.ZodType): string {
	const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
	return 'name' in shape ? 'name' : 'label';
}

interface FieldContext {
	input: CmsConfigInput;
	/** Where the field is, for error messages: `stations.cover.src`. */
	path: string;
	/**
	 * True inside an optional group (coordinates, a cover): the form cannot leave a group out, so
	 * its fields are optional there, and the content check asks for them once the group is written.
	 */
	inOptionalGroup?: boolean;
	/** Whether the field being described is required in its parent. */
	required?: boolean;
}

function defaultOf(schema: z.ZodType): unknown {
	const parsed = schema.safeParse(undefined);
	if (!parsed.success || parsed.data === undefined) return undefined;
	if (Array.isArray(parsed.data) || (typeof parsed.data === 'object' && parsed.data !== null)) {
		return undefined;
	}
	return parsed.data;
}

/** The widget options of a reference: a select of a taxonomy's terms, else a relation. */
function referenceWidget(
	collection: CollectionName,
	multiple: boolean,
	{ input }: FieldContext,
): Partial<CmsField> {
	const terms = input.taxonomyTerms[collection];
	if (terms) {
		return {
			widget: 'select',
			multiple,
			options: terms.map((term) => ({ label: term.label, value: term.id })),
		};
	}
	const source = collectionSources[collection];
	const schema = input.schemas[collection];
	if (source.type === 'folder') {
		const name = nameFieldOf(schema);
		return {
			widget: 'relation',
			multiple,
			collection,
			value_field: 'slug',
			search_fields: [name, 'slug'],
			display_fields: [name],
			options_length: 50,
		};
	}
	if (source.type === 'list') {
		const label = listLabelField(schema);
		return {
			widget: 'relation',
			multiple,
			collection: LISTS,
			file: collection,
			value_field: `${LIST_ITEMS}.*.id`,
			search_fields: [`${LIST_ITEMS}.*.${label}`, `${LIST_ITEMS}.*.id`],
			display_fields: [`${LIST_ITEMS}.*.${label}`],
			options_length: 50,
		};
	}
	throw new Error(`A reference to the single file ${collection}`);
}

/** The widget options that fit a field's shape. */
function widgetFor(shape: FieldShape, context: FieldContext): Partial<CmsField> {
	switch (shape.type) {
		case 'reference':
			return referenceWidget(shape.collection, false, context);
		case 'image':
			return { widget: 'image', choose_url: false };
		case 'text': {
			const long = (shape.maxLength ?? 0) >= TEXT_AREA_LENGTH;
			const [first] = shape.patterns;
			const pattern: [string, string] | undefined = first
				? [first.source, first.message]
				: shape.maxLength !== undefined
					? [`^[\\s\\S]{0,${shape.maxLength}}$`, `不超过 ${shape.maxLength} 字`]
					: undefined;
			return { widget: long ? 'text' : 'string', ...(pattern && { pattern }) };
		}
		case 'number':
			return {
				widget: 'number',
				value_type: shape.integer ? 'int' : 'float',
				...(shape.min !== undefined && { min: shape.min }),
				...(shape.max !== undefined && { max: shape.max }),
			};
		case 'boolean':
			return { widget: 'boolean' };
		case 'date':
			return {
				widget: 'datetime',
				format: 'YYYY-MM-DD',
				date_format: 'YYYY-MM-DD',
				time_format: false,
			};
		case 'enum':
			return { widget: 'select', options: shape.values };
		case 'list':
			return listWidget(shape, context);
		case 'object':
			return {
				widget: 'object',
				collapsed: false,
				fields: shape.fields.map(([name, field]) =>
					cmsField(name, field, {
						...context,
						path: `${context.path}.${name}`,
						inOptionalGroup: context.inOptionalGroup || !context.required,
					}),
				),
			};
		case 'record': {
			const value = fieldShape(shape.value);
			if (value.type !== 'object') throw new Error(`${context.path}: a record of ${value.type}`);
			return {
				widget: 'list',
				collapsed: true,
				summary: `{{fields.${RECORD_KEY}}}`,
				fields: [
					{
						name: RECORD_KEY,
						label: '名字',
						widget: 'string',
						required: true,
						hint: '用小写英文字母、数字和连字符起一个名字，正文里用这个名字引用它',
						pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', '名字只能用小写英文字母、数字和连字符'],
					},
					...value.fields.map(([name, field]) =>
						cmsField(name, field, {
							...context,
							path: `${context.path}[].${name}`,
							inOptionalGroup: false,
						}),
					),
				],
			};
		}
	}
}

function listWidget(
	shape: Extract<FieldShape, { type: 'list' }>,
	context: FieldContext,
): Partial<CmsField> {
	const bounds = {
		...(shape.min !== undefined && { min: shape.min }),
		...(shape.max !== undefined && { max: shape.max }),
	};
	const { item } = shape;
	if (item.type === 'reference') {
		return { ...referenceWidget(item.collection, true, context), ...bounds };
	}
	if (item.type === 'object') {
		const fields = item.fields.map(([name, field]) =>
			cmsField(name, field, {
				...context,
				path: `${context.path}[].${name}`,
				inOptionalGroup: false,
			}),
		);
		const title = fields.find((field) => ['name', 'label', 'role', 'src'].includes(field.name));
		return {
			widget: 'list',
			collapsed: true,
			...(title && { summary: `{{fields.${title.name}}}` }),
			fields,
			...bounds,
		};
	}
	const { widget, ...rest } = widgetFor(item, { ...context, path: `${context.path}[]` });
	return {
		widget: 'list',
		field: { name: 'item', label: '一项', required: true, widget: widget ?? 'string', ...rest },
		...bounds,
	};
}

/** The CMS field of one schema field: its Chinese label and help, widget and requirement. */
export function cmsField(
	name: string,
	schema: z.ZodType,
	context: FieldContext,
	topLevel = false,
): CmsField {
	const doc = docOf(schema);
	if (!doc) throw new Error(`No editor documentation for the field ${context.path}`);
	const internal = isInternal(schema);
	const required = !schema.safeParse(undefined).success;
	const widget = widgetFor(fieldShape(schema), { ...context, required });
	// Only an entry's own fields get a default: the CMS would fill a nested field's default into
	// an optional group (a cover with only `decorative: false`) and make it look half written.
	const fallback = topLevel ? defaultOf(schema) : undefined;
	const hint = [
		internal ? '只出现在内网版，公开版里没有。' : '',
		formHelp(doc.help, widget.widget ?? 'string'),
		widget.widget === 'string' || widget.widget === 'number' ? `例如：${doc.example}` : '',
	]
		.filter(Boolean)
		.join(' ');
	return {
		name,
		label: internal ? `${doc.label}${INTERNAL_MARK}` : doc.label,
		widget: 'string',
		...widget,
		required: required && !context.inOptionalGroup,
		hint,
		...(fallback !== undefined && fallback !== '' && { default: fallback }),
		...(widget.widget === 'list' && !widget.field && { default: [] }),
	};
}

function objectFields(schema: z.ZodType, collection: CollectionName, input: CmsConfigInput) {
	const shape = fieldShape(schema);
	if (shape.type !== 'object') throw new Error(`${collection} is not an object schema`);
	return shape.fields.map(([name, field]) =>
		cmsField(name, field, { input, path: `${collection}.${name}` }, true),
	);
}

const folderDescriptions: Partial<Record<CollectionName, string>> = {
	cases: '正文可以用 Figure、Gallery 等组件（见“编辑指南”）；图片先在“正文图片”里登记名字。',
	systems: '正文按“## 一、……”分节，空白处写成【单位名称】这样的方括号。',
};

function folderCollection(collection: CollectionName, input: CmsConfigInput): CmsCollection {
	const source = collectionSources[collection];
	if (source.type !== 'folder') throw new Error(`${collection} is not a folder collection`);
	const schema = input.schemas[collection];
	const name = nameFieldOf(schema);
	const fields = objectFields(schema, collection, input).map((field) =>
		field.name === 'slug'
			? {
					...field,
					// Filled in from the name in pinyin when left empty (see the workbench's client).
					required: false,
					hint: `${field.hint ?? ''} 新建时可以留空：保存时按名称的拼音自动生成。`,
				}
			: field,
	);
	// The form opens with the name and the slug made from it, then the collection's own fields,
	// then the fields every entry shares (visibility, sample, checked date, internal notes).
	const shared = Object.keys(entryBaseSchema.shape);
	const rank = (field: CmsField) =>
		field.name === name ? 0 : field.name === 'slug' ? 1 : shared.includes(field.name) ? 3 : 2;
	fields.sort((a, b) => rank(a) - rank(b));
	const mdx = source.extension === '.mdx';
	const section = sections[collection as keyof typeof sections];
	return {
		name: collection,
		label: collectionLabels[collection],
		label_singular: collectionLabels[collection],
		description: [
			`每个条目是 content/${source.folder}/ 里的一个文件。`,
			folderDescriptions[collection] ?? '',
		].join(''),
		folder: source.folder,
		extension: source.extension.slice(1),
		format: 'frontmatter',
		create: true,
		delete: true,
		slug: '{{fields.slug}}',
		identifier_field: name,
		summary: `{{${name}}}`,
		sortable_fields: [name, 'slug'],
		media_folder: `../images/${collection}`,
		public_folder: `../images/${collection}`,
		preview_path: `${input.basePath.slice(1)}${section ? section.path : source.folder}/{{slug}}/`,
		fields: [
			...fields,
			{
				name: BODY,
				label: '正文',
				widget: 'markdown',
				required: false,
				hint: mdx
					? '案例正文（MDX）：可以直接写组件，如 <PullQuote>…</PullQuote>，写法见编辑指南。'
					: '网页正文（Markdown）：## 开头的一行是小标题。',
				// MDX components would not survive the rich-text editor's rewriting; Markdown may use both.
				modes: mdx ? ['raw'] : ['raw', 'rich_text'],
			},
		],
	};
}

type YamlFile = Extract<CmsCollection, { files: unknown }>['files'][number];

function yamlFiles(input: CmsConfigInput): CmsCollection {
	const files = (Object.keys(collectionSources) as CollectionName[]).flatMap(
		(collection): YamlFile[] => {
			const source = collectionSources[collection];
			if (source.type === 'folder') return [];
			const fields = objectFields(input.schemas[collection], collection, input);
			const label = collectionLabels[collection];
			if (source.type === 'single') {
				return [
					{
						name: collection,
						label,
						file: source.file,
						description: `content/${source.file}`,
						fields,
					},
				];
			}
			const title = fields.find((field) => ['name', 'label'].includes(field.name));
			return [
				{
					name: collection,
					label,
					file: source.file,
					description: `content/${source.file}：每一项是一条${label}，用 id 引用。`,
					fields: [
						{
							name: LIST_ITEMS,
							label,
							widget: 'list',
							required: false,
							collapsed: true,
							...(title && { summary: `{{fields.${title.name}}}（{{fields.id}}）` }),
							fields,
						},
					],
				},
			];
		},
	);
	return {
		name: LISTS,
		label: '网站设置与列表',
		description: '网站设置、行政区划、各种分类和数据，每个是 content/ 里的一个 YAML 文件。',
		editor: { preview: false },
		files,
	};
}

/**
 * The configuration of the CMS, generated from the collections' schemas: every collection and
 * every field, with the Chinese label and help the field documents, a widget that fits its type,
 * required as the schema says, and internal-only fields marked 仅内部版. Nothing in it is written
 * by hand, so a field added to a schema appears in the form.
 */
export function cmsConfig(input: CmsConfigInput): CmsConfig {
	const folders = (Object.keys(collectionSources) as CollectionName[]).filter(
		(collection) => collectionSources[collection].type === 'folder',
	);
	return {
		load_config_file: false,
		locale: 'zh_Hans',
		backend: { name: 'proxy', proxy_url: input.backendUrl, branch: 'main' },
		publish_mode: 'simple',
		media_folder: 'images',
		public_folder: '/images',
		site_url: input.siteUrl,
		show_preview_links: true,
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [
			...folders.map((collection) => folderCollection(collection, input)),
			yamlFiles(input),
		],
	};
}

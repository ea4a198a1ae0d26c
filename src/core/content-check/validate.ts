import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import { collectionLabels, collectionSources } from '../collections.ts';
import type { SchemaHelpers } from '../schemas/helpers.ts';
import type { CollectionName } from '../collections.ts';
import { schemaFields } from '../schemas/schema-fields.ts';
import { formatFieldPath, type ContentProblem } from './problem.ts';
import type { RawEntry } from './source-file.ts';

// Zod's own messages (a number out of range, a list too short…) in Chinese, like the schemas' own.
z.config(z.locales.zhCN());

const REFERENCE = Symbol('reference');
const IMAGE = Symbol('image');

interface CheckedReference {
	[REFERENCE]: true;
	collection: CollectionName;
	id: string;
}
interface CheckedImage {
	[IMAGE]: true;
	src: string;
}

/**
 * The checker's stand-ins for Astro's `reference()` and `image()`: they accept what Astro accepts
 * and mark their output so that references and images can be resolved after parsing.
 */
export const checkerHelpers: SchemaHelpers = {
	reference: (collection) =>
		z
			.union([z.string().min(1), z.number().transform(String)], {
				error: `应为“${collectionLabels[collection]}”中某一条目的编号`,
			})
			.transform((id) => ({ [REFERENCE]: true as const, collection, id })),
	image: () =>
		z
			.string({ error: '应为图片文件的路径，例如 ../images/centers/chengguan.webp' })
			.min(1, { error: '图片路径不能为空' })
			.transform((src) => ({
				[IMAGE]: true as const,
				src,
				width: 0,
				height: 0,
				// Only the checker sees this value; Astro reads the real format from the file.
				format: path.extname(src).slice(1) as ImageMetadata['format'],
			})),
};

/** The schema of every collection, built with the checker's stand-ins for Astro's helpers. */
export type CheckerSchemas = Readonly<Record<CollectionName, z.ZodType>>;

/** An entry that passed its schema, with what it references and the images it uses. */
export interface CheckedEntry {
	collection: CollectionName;
	id: string;
	raw: RawEntry;
	/** What the schema made of the entry; absent when the entry did not pass its schema. */
	data?: unknown;
	references: { path: PropertyKey[]; target: { collection: CollectionName; id: string } }[];
	images: { path: PropertyKey[]; src: string }[];
}

/** Explains a schema issue in words an editor understands. */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
	const value = issue.path.reduce<unknown>(
		(current, key) =>
			current && typeof current === 'object'
				? (current as Record<PropertyKey, unknown>)[key]
				: undefined,
		input,
	);
	if (issue.code === 'invalid_type' && value === undefined) return '缺少这个必填字段。';
	if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && value === null) {
		return '还没有填写：请在冒号后面写上内容。';
	}
	if (issue.code === 'invalid_union' && value === undefined) return '缺少这个必填字段。';
	if ((issue.code === 'too_big' || issue.code === 'too_small') && typeof value === 'number') {
		const bound = issue.code === 'too_big' ? `不大于 ${issue.maximum}` : `不小于 ${issue.minimum}`;
		return `数值 ${value} 超出范围：应${bound}。`;
	}
	if (issue.code === 'invalid_union') {
		// The value had the right type for one branch and failed a finer rule there: say that rule.
		const specific = issue.errors
			.flat()
			.find((inner) => inner.code !== 'invalid_type' && inner.code !== 'invalid_union');
		if (specific) return specific.message;
	}
	return issue.message;
}

function collectMarked(
	value: unknown,
	path: PropertyKey[],
	found: Pick<CheckedEntry, 'references' | 'images'>,
): void {
	if (!value || typeof value !== 'object' || value instanceof Date) return;
	if (REFERENCE in value) {
		const reference = value as CheckedReference;
		found.references.push({ path, target: { collection: reference.collection, id: reference.id } });
		return;
	}
	if (IMAGE in value) {
		found.images.push({ path, src: (value as CheckedImage).src });
		return;
	}
	for (const [key, child] of Object.entries(value)) {
		collectMarked(child, [...path, Array.isArray(value) ? Number(key) : key], found);
	}
}

/** The id Astro gives an entry: `slug` for Markdown files (else the file name), `id` in lists. */
export function entryIdOf(collection: CollectionName, entry: RawEntry, data: unknown): string {
	const record = (data ?? {}) as Record<string, unknown>;
	const source = collectionSources[collection];
	if (source.type === 'single') return collection;
	if (source.type === 'list') {
		const id = record['id'];
		return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
	}
	if (typeof record['slug'] === 'string' && record['slug']) return record['slug'];
	return path.posix.basename(entry.file).replace(/\.mdx?$/, '');
}

/**
 * Top-level fields the schema does not know, which Zod would drop without a word: usually a typo
 * such as `adress`, whose value would silently never show.
 */
function unknownFields(
	collection: CollectionName,
	schema: z.ZodType,
	entry: RawEntry,
): ContentProblem[] {
	const data = entry.data;
	if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
	const known = new Set(schemaFields(schema).map((field) => field.path));
	// The Astro loaders add the id of list entries and of the site settings themselves.
	if (collectionSources[collection].type !== 'folder') known.add('id');
	return Object.keys(data)
		.filter((key) => !known.has(key))
		.map((key) => ({
			file: entry.file,
			line: entry.lineOf([key]),
			field: key,
			message: `不认识的字段“${key}”，它不会显示在网站上。请检查拼写；${collectionLabels[collection]}可用的字段见编辑指南。`,
		}));
}

/** Checks every raw entry against its collection's schema. */
export function validateEntries(
	raw: Map<CollectionName, RawEntry[]>,
	schemas: CheckerSchemas,
): {
	checked: CheckedEntry[];
	problems: ContentProblem[];
} {
	const checked: CheckedEntry[] = [];
	const problems: ContentProblem[] = [];
	for (const [collection, entries] of raw) {
		const schema = schemas[collection];
		for (const entry of entries) {
			if (entry.unreadable) {
				// Its problem is already reported; keep its id known so references to it stay quiet.
				checked.push({
					collection,
					id: entryIdOf(collection, entry, {}),
					raw: entry,
					references: [],
					images: [],
				});
				continue;
			}
			problems.push(...unknownFields(collection, schema, entry));
			const result = schema.safeParse(entry.data);
			if (!result.success) {
				for (const issue of result.error.issues) {
					problems.push({
						file: entry.file,
						line: entry.lineOf(issue.path),
						field: formatFieldPath(issue.path) || undefined,
						message: describeIssue(issue, entry.data),
					} as ContentProblem);
				}
				// Still known by its id, so entries pointing at it are not reported as well.
				checked.push({
					collection,
					id: entryIdOf(collection, entry, entry.data),
					raw: entry,
					references: [],
					images: [],
				});
				continue;
			}
			const found: Pick<CheckedEntry, 'references' | 'images'> = { references: [], images: [] };
			collectMarked(result.data, [], found);
			checked.push({
				collection,
				id: entryIdOf(collection, entry, result.data),
				raw: entry,
				data: result.data,
				...found,
			});
		}
	}
	return { checked, problems };
}

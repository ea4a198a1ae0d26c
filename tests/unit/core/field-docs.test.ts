import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
	documented,
	documentedFields,
	fieldDoc,
	fieldDocAt,
} from '../../../src/core/schemas/field-docs.ts';
import { internalFields, internalOnly } from '../../../src/core/schemas/internal.ts';

const name = { label: '名称', help: '完整的名称', example: '东镇' };
const shared = z.string().min(1);

const schema = z.object({
	name: documented(shared, name),
	title: documented(shared, { label: '标题', help: '标题', example: '制度' }),
	count: documented(z.number().optional(), { label: '数量', help: '个数', example: '3' }),
	place: documented(
		z
			.object({ lng: documented(z.number(), { label: '经度', help: '东经', example: '107' }) })
			.optional(),
		{ label: '位置', help: '坐标', example: '{ lng: 107 }' },
	),
	points: documented(
		z.array(z.object({ id: documented(z.string(), { label: '编号', help: 'id', example: 'a' }) })),
		{ label: '点', help: '各点', example: '[]' },
	),
	notes: internalOnly(
		documented(z.string().optional(), { label: '备注', help: '内部', example: '…' }),
		'备注',
	),
});

describe('field docs declared beside the fields', () => {
	it('keeps a separate doc for each use of one shared field schema', () => {
		expect(fieldDoc(schema, 'name')).toEqual(name);
		expect(fieldDoc(schema, 'title').label).toBe('标题');
		expect(fieldDocAt(shared, '')).toBeUndefined();
	});

	it('finds docs through optional wrappers, nested objects and list items', () => {
		expect(fieldDoc(schema, 'count').label).toBe('数量');
		expect(fieldDoc(schema, 'place.lng').label).toBe('经度');
		expect(fieldDoc(schema, 'points[].id').label).toBe('编号');
		expect(fieldDocAt(schema, 'missing')).toBeUndefined();
		expect(() => fieldDoc(schema, 'missing')).toThrow(/missing/);
	});

	it('lists every field in the schema’s order with its doc, and keeps internal-only marks', () => {
		expect(documentedFields(schema).map((field) => [field.path, field.label])).toEqual([
			['name', '名称'],
			['title', '标题'],
			['count', '数量'],
			['place', '位置'],
			['place.lng', '经度'],
			['points', '点'],
			['points[].id', '编号'],
			['notes', '备注'],
		]);
		expect(internalFields.has(schema.shape.notes)).toBe(true);
	});

	it('refuses a schema with an undocumented field', () => {
		expect(() => documentedFields(z.object({ bare: z.string() }))).toThrow(/bare/);
	});
});

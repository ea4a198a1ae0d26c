import { z } from 'astro/zod';
import { coordinatesField, listIdField, textField } from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';

/** A division of the district: the district itself, a town, a zone, or a village/community. */
export function regionSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
	return z.object({
		/** Id: pinyin slug for the district, towns and zones; the division code for villages. */
		id: listIdField,
		/** Statistical division code: 6 digits (district), 9 (town), 12 (village/community). */
		code: z
			.string({ error: '区划代码应为文字（加引号），例如 "610305100"' })
			.regex(/^\d{6}(?:\d{3}(?:\d{3})?)?$/, { error: '区划代码应为 6、9 或 12 位数字' })
			.optional(),
		/** Official name, e.g. 城关镇. */
		name: textField,
		/** Short name for menus, e.g. 城关. */
		shortName: textField.optional(),
		/** Kind of division. */
		level: z.enum(['district', 'town', 'zone', 'village'], {
			error: '只能是 district（区）、town（镇）、zone（园区）或 village（村/社区）',
		}),
		/** The division it belongs to. */
		parent: reference('regions').optional(),
		/** Approximate seat of the town or zone, for the map. */
		seat: coordinatesField.optional(),
	});
}

import { z } from 'astro/zod';
import { documented } from '../../core/schemas/field-docs.ts';
import { coordinatesField, listIdField, textField } from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';

/** A division of the district: the district itself, a town, a zone, or a village/community. */
export function regionSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
	return z.object({
		/** Id: pinyin slug for the district, towns and zones; the division code for villages. */
		id: documented(listIdField, {
			label: '编号',
			help: '区、镇和园区用拼音（如 chengguan），村（社区）用 12 位区划代码；条目的“所属区域”写这个编号',
			example: 'chengguan',
		}),
		/** Statistical division code: 6 digits (district), 9 (town), 12 (village/community). */
		code: documented(
			z
				.string({ error: '区划代码应为文字（加引号），例如 "610305100"' })
				.regex(/^\d{6}(?:\d{3}(?:\d{3})?)?$/, { error: '区划代码应为 6、9 或 12 位数字' })
				.optional(),
			{
				label: '区划代码',
				help: '统计用区划代码：区 6 位、镇 9 位、村（社区）12 位（选填）',
				example: '"610305100"',
			},
		),
		/** Official name, e.g. 城关镇. */
		name: documented(textField, { label: '名称', help: '正式名称', example: '城关镇' }),
		/** Short name for menus, e.g. 城关. */
		shortName: documented(textField.optional(), {
			label: '简称',
			help: '菜单里用的简称（选填）',
			example: '城关',
		}),
		/** Kind of division. */
		level: documented(
			z.enum(['district', 'town', 'zone', 'village'], {
				error: '只能是 district（区）、town（镇）、zone（园区）或 village（村/社区）',
			}),
			{
				label: '层级',
				help: 'district 区、town 镇、zone 园区、village 村（社区）',
				example: 'town',
			},
		),
		/** The division it belongs to. */
		parent: documented(reference('regions').optional(), {
			label: '上级区划',
			help: '属于哪个区、镇或园区：写它的编号（区本身不填）',
			example: 'fengxiang',
		}),
		/** Approximate seat of the town or zone, for the map. */
		seat: documented(coordinatesField.optional(), {
			label: '驻地坐标',
			help: '镇或园区驻地的大致位置，用于地图（选填）',
			example: '{ lng: 107.392, lat: 34.522, approximate: true }',
		}),
	});
}

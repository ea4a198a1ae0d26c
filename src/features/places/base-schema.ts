import { z } from 'astro/zod';
import { documented } from '../../core/schemas/field-docs.ts';
import { textField } from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { placeNameField, siteSchema } from './place-schema.ts';

/** 示范基地 / 示范点: a demonstration base or point, of one of the kinds the report names. */
export function demonstrationBaseSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	return siteSchema(helpers).extend({
		/** Full Chinese name, e.g. 柳林镇“村企互联共建”实验项目. */
		name: placeNameField('柳林镇“村企互联共建”实验项目'),
		/** Which kind of base (id in `taxonomies/base-kinds.yaml`). */
		kind: documented(reference('baseKinds'), {
			label: '基地类别',
			help: 'taxonomies/base-kinds.yaml 里的编号（台账里也可以写名称），例如 religion-sinicization-site 宗教中国化示范场所',
			example: 'village-enterprise-project',
		}),
		/** Body that named the base, e.g. 中共陕西省委统战部. */
		designatedBy: documented(textField.optional(), {
			label: '命名单位',
			help: '命名或授牌的机关',
			example: '中共宝鸡市委统战部',
		}),
		/** For an entry that stands for a group of points (书记统战示范点): the points it holds. */
		points: documented(
			z
				.array(
					z.object({
						/** Name of the point. */
						name: documented(textField, {
							label: '示范点名称',
							help: '示范点的名称',
							example: '区委书记统战示范点',
						}),
						/** Where it is (id in `content/regions`). */
						region: documented(reference('regions'), {
							label: '示范点所在区域',
							help: 'regions/regions.yaml 里的编号（台账里也可以写名称）',
							example: 'fengxiang',
						}),
					}),
				)
				.default([]),
			{
				label: '示范点',
				help: '一个条目代表一组示范点时，列出每个点的名称和所在区域',
				example: '[{ name: 区委书记统战示范点, region: fengxiang }]',
			},
		),
	});
}

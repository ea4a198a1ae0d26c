import { z } from 'astro/zod';
import { documented } from '../../core/schemas/field-docs.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { siteSchema } from './place-schema.ts';

/** 同心实践中心: a town- or park-level practice center. */
export function centerSchema(helpers: SchemaHelpers) {
	return siteSchema(helpers).extend({
		/** Floor area in square metres. */
		area: documented(z.number({ error: '面积应为数字（平方米）' }).positive().optional(), {
			label: '面积',
			help: '阵地面积，单位平方米，只写数字',
			example: '420',
		}),
	});
}

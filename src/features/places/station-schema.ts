import { documented } from '../../core/schemas/field-docs.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { placeNameField, siteSchema } from './place-schema.ts';

/** 同心实践站: a practice station in a village/community, enterprise, school or hospital. */
export function stationSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	return siteSchema(helpers).extend({
		/** Full Chinese name, e.g. 田南村同心实践站. */
		name: placeNameField('田南村同心实践站'),
		/** What kind of unit hosts the station (id in `taxonomies/scopes.yaml`, e.g. enterprise). */
		host: documented(reference('scopes'), {
			label: '承建单位类型',
			help: '由什么单位承建：taxonomies/scopes.yaml 里的编号（台账里也可以写名称），例如 village 村（社区）、enterprise 企业、school 学校、hospital 医院',
			example: 'village',
		}),
		/** The practice center that guides this station (id in `content/centers`). */
		center: documented(reference('centers').optional(), {
			label: '指导中心',
			help: '指导这个站的同心实践中心：content/centers/ 里的网址名（台账里也可以写中心名称）',
			example: 'tianjiazhuang',
		}),
	});
}

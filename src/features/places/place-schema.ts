import { z } from 'astro/zod';
import { entryBaseSchema } from '../../core/schemas/entry.ts';
import { documented } from '../../core/schemas/field-docs.ts';
import {
	contactField,
	coordinatesField,
	dateField,
	domainsField,
	summaryField,
	textField,
} from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { coverField, pictureSchema } from '../../core/schemas/image.ts';
import { internalOnly } from '../../core/schemas/internal.ts';

/** The name of a place: documented per collection, since the example differs. */
export function placeNameField(example: string) {
	return documented(textField, { label: '名称', help: '完整的中文名称', example });
}

/**
 * The shared schema of every place the site shows — practice centers, practice stations and
 * demonstration bases. Each collection extends it with its own fields.
 */
export function siteSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	return entryBaseSchema.extend({
		/** Full Chinese name, e.g. 城关镇同心实践中心. */
		name: placeNameField('城关镇同心实践中心'),
		/** The town, zone or village/community the site belongs to (id in `content/regions`). */
		region: documented(reference('regions'), {
			label: '所属区域',
			help: '所在的镇、园区或村（社区）：regions/regions.yaml 里的编号（台账里也可以写中文名称）',
			example: 'chengguan',
		}),
		/** Fields of work (领域) the site serves; at least one (ids in `taxonomies/domains.yaml`). */
		domains: domainsField(helpers),
		/** Level of the site (id in `taxonomies/levels.yaml`). */
		level: documented(reference('levels'), {
			label: '级别',
			help: 'taxonomies/levels.yaml 里的编号：province 省级、city 市级、district 区级、town 镇级、village 村级',
			example: 'town',
		}),
		/** Date the site was set up, `YYYY-MM-DD`. */
		established: documented(dateField, {
			label: '建立日期',
			help: '建成或挂牌的日期，格式 YYYY-MM-DD',
			example: '2022-06-18',
		}),
		/** Street address shown to visitors. */
		address: documented(textField.optional(), {
			label: '地址',
			help: '给访客看的街道地址',
			example: '凤翔区城关镇东大街 1 号',
		}),
		/** Where the site is, for the map. */
		coordinates: documented(coordinatesField.optional(), {
			label: '坐标',
			help: '在地图上的位置',
			example: '{ lng: 107.3925, lat: 34.5218, crs: cgcs2000 }',
		}),
		/** Opening hours as visitors should read them. */
		openingHours: documented(textField.optional(), {
			label: '开放时间',
			help: '访客看到的开放时间',
			example: '周一至周五 9:00—17:00',
		}),
		/** Main picture, shown on cards and at the top of the page. */
		cover: coverField(helpers),
		/** More pictures, shown as a gallery. */
		gallery: documented(
			z
				.array(
					pictureSchema(helpers, {
						src: {
							label: '图集图片文件',
							help: '图片文件的路径',
							example: '../images/centers/chengguan-2.webp',
						},
						alt: { label: '图集图片说明', help: '图片里有什么', example: '议事协商活动现场' },
						caption: {
							label: '图集图注',
							help: '显示在图片下方的文字（选填）',
							example: '2023 年 9 月',
						},
						decorative: { label: '图集装饰图', help: '纯装饰图片写 true', example: 'false' },
					}),
				)
				.default([]),
			{
				label: '图集',
				help: '更多图片，每张一项，写法同封面图',
				example: '[{ src: ../images/centers/chengguan-2.webp, alt: 活动现场 }]',
			},
		),
		/** Work systems and regulations the site has adopted (ids in `content/systems`). */
		systems: documented(z.array(reference('systems')).default([]), {
			label: '执行制度',
			help: '执行的工作制度：content/systems/ 里文件的网址名（台账里也可以写制度标题）',
			example: '[center-study-training, five-in-one]',
		}),
		/** Brand platforms (品牌阵地) run at the site (ids in `content/platforms`). */
		platforms: documented(z.array(reference('platforms')).default([]), {
			label: '品牌阵地',
			help: '在这里开展的品牌阵地：content/platforms/ 里的网址名（台账里也可以写阵地名称）',
			example: '[tongxin-lecture]',
		}),
		/** One or two sentences shown on cards and in search results. */
		summary: summaryField,
		/** People to contact; internal-only. */
		contacts: internalOnly(
			documented(z.array(contactField).default([]), {
				label: '联系人',
				help: '联系人，只出现在内网版；每人写职务、姓名和电话',
				example: '[{ role: 统战委员, name: 张三, phone: 0917-0000000 }]',
			}),
			'联系人',
		),
	});
}

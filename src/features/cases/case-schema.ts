import { z } from 'astro/zod';
import { entryBaseSchema } from '../../core/schemas/entry.ts';
import { documented } from '../../core/schemas/field-docs.ts';
import {
	dateField,
	domainsField,
	slugField,
	summaryField,
	textField,
} from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { coverField, pictureSchema } from '../../core/schemas/image.ts';

/** 案例故事: a case story written in MDX, linked to the sites and systems it concerns. */
export function caseSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	/** A list of references to entries of one collection that the case concerns. */
	const concerns = <C extends 'centers' | 'stations' | 'bases' | 'systems' | 'figures'>(
		collection: C,
		label: string,
		help: string,
		example: string,
	) => documented(z.array(reference(collection)).default([]), { label, help, example });
	return entryBaseSchema.extend({
		/** Headline of the story. */
		title: documented(textField, {
			label: '标题',
			help: '案例的标题',
			example: '“五步法”让议事协商落地见效',
		}),
		/** Date of the story, `YYYY-MM-DD`. */
		date: documented(dateField, {
			label: '日期',
			help: '案例发生或发布的日期，格式 YYYY-MM-DD',
			example: '2023-11-20',
		}),
		/** One or two sentences shown on cards and in search results. */
		summary: summaryField,
		/** Fields of work it concerns (ids in `taxonomies/domains.yaml`). */
		domains: domainsField(helpers),
		/** Practice centers it concerns. */
		centers: concerns('centers', '相关中心', '涉及的同心实践中心（网址名）', '[tianjiazhuang]'),
		/** Practice stations it concerns. */
		stations: concerns('stations', '相关实践站', '涉及的同心实践站（网址名）', '[tiannan-village]'),
		/** Demonstration bases it concerns. */
		bases: concerns('bases', '相关基地', '涉及的示范基地（网址名）', '[]'),
		/** Work systems it puts into practice. */
		systems: concerns(
			'systems',
			'相关制度',
			'落实的工作制度（网址名）',
			'[consultation-five-steps]',
		),
		/** Figures it reports (ids in `figures/figures.yaml`). */
		figures: concerns(
			'figures',
			'相关数据',
			'引用的数据：figures/figures.yaml 里的编号',
			'[problems-solved]',
		),
		/** Main picture. */
		cover: coverField(helpers),
		/**
		 * Pictures the body shows with `<Figure picture="name" />` and `<Gallery />`, by a short
		 * name (lower-case letters, digits, hyphens); each needs alt text like every picture.
		 */
		pictures: documented(
			z
				.record(
					slugField,
					pictureSchema(helpers, {
						src: {
							label: '正文图片文件',
							help: '图片文件的路径，从条目文件所在的文件夹算起，图片放在 content/images/cases/ 下',
							example: '../images/cases/meeting.webp',
						},
						alt: { label: '正文图片说明', help: '用一句话说明图片里有什么', example: '议事会现场' },
						caption: {
							label: '正文图片图注',
							help: '显示在图片下方的文字（选填）',
							example: '2023 年 11 月',
						},
						decorative: { label: '正文图片为装饰图', help: '纯装饰图片写 true', example: 'false' },
					}),
				)
				.default({}),
			{
				label: '正文图片',
				help: '正文里用 <Figure picture="名字" /> 或 <Gallery pictures="名字 名字" /> 显示的图片：每张起一个英文名字，下面写 src、alt、caption，写法同封面图（见 docs/editor-components.md）',
				example: '{ meeting: { src: ../images/cases/meeting.webp, alt: 议事会现场 } }',
			},
		),
		/** Who wrote it, e.g. 区委统战部. */
		author: documented(textField.optional(), {
			label: '作者',
			help: '撰稿单位或作者（选填）',
			example: '区委统战部',
		}),
	});
}

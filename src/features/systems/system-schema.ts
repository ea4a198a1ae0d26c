import { z } from 'astro/zod';
import { entryBaseSchema } from '../../core/schemas/entry.ts';
import { documented } from '../../core/schemas/field-docs.ts';
import { dateField, summaryField, textField } from '../../core/schemas/fields.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { structureField } from './structure-schema.ts';

/**
 * 工作制度 / 机制 / 标准 / 责任体系: a work system, kept as a regulation template. The body holds
 * the template's sections as `##` headings.
 */
export function systemSchema(helpers: SchemaHelpers) {
	const { reference } = helpers;
	return entryBaseSchema.extend({
		/** Title of the template, e.g. 同心实践中心学习培训制度. */
		title: documented(textField, {
			label: '标题',
			help: '制度模板的标题',
			example: '同心实践中心学习培训制度',
		}),
		/** Kind of system (id in `taxonomies/system-kinds.yaml`: regulation, mechanism…). */
		kind: documented(reference('systemKinds'), {
			label: '制度类别',
			help: 'taxonomies/system-kinds.yaml 里的编号：regulation 制度、mechanism 机制、standard 标准、responsibility 责任体系、checklist 清单',
			example: 'regulation',
		}),
		/** Who or what it applies to (ids in `taxonomies/scopes.yaml`). */
		appliesTo: documented(z.array(reference('scopes')).min(1, { error: '至少填写一个适用对象' }), {
			label: '适用对象',
			help: '适用于谁，至少一个：taxonomies/scopes.yaml 里的编号',
			example: '[center]',
		}),
		/** Body that issued it, e.g. 中共凤翔区委统战部. */
		issuer: documented(textField, {
			label: '制定单位',
			help: '制定或印发的机关',
			example: '中共凤翔区委统战部',
		}),
		/** Document number (文号), if it was issued as a document. */
		documentNumber: documented(textField.optional(), {
			label: '文号',
			help: '作为公文印发时的文号（选填）',
			example: '凤统发〔2023〕5号',
		}),
		/** Date it took effect, `YYYY-MM-DD`. */
		effective: documented(dateField, {
			label: '施行日期',
			help: '开始施行的日期，格式 YYYY-MM-DD',
			example: '2023-03-01',
		}),
		/** Version of the template, e.g. 1.0 or 2024年修订. */
		version: documented(
			z.union([textField, z.number().transform(String)], { error: '版本应为文字，例如 1.0' }),
			{ label: '版本', help: '模板的版本，例如 1.0 或 2024年修订', example: '"1.0"' },
		),
		/**
		 * The 修订记录 kept by hand: each change's date and what changed. Without it the page takes
		 * the file's commits (git), or the effective date when the build runs outside git.
		 */
		revisions: documented(
			z
				.array(
					z.object({
						/** When the change took effect or was adopted. */
						date: documented(dateField, {
							label: '修订日期',
							help: '这次修订的日期',
							example: '2024-03-01',
						}),
						/** What changed, in a sentence. */
						summary: documented(textField, {
							label: '修订说明',
							help: '这次改了什么，一句话',
							example: '增加季度例会的规定',
						}),
					}),
				)
				.optional(),
			{
				label: '修订记录',
				help: '手工记的修订记录（选填）：每次修订写日期和说明；不写时按文件的 git 提交记录，没有 git 时按施行日期',
				example: '[{ date: 2024-03-01, summary: 增加季度例会的规定 }]',
			},
		),
		/** Order within its group on list pages (smaller first). */
		order: documented(z.number().int().default(100), {
			label: '排序',
			help: '在同类制度中的顺序，数字小的在前，默认 100',
			example: '10',
		}),
		/** One or two sentences shown on cards and in search results. */
		summary: summaryField,
		/** Related systems (ids in `content/systems`). */
		related: documented(z.array(reference('systems')).default([]), {
			label: '相关制度',
			help: '相关的其他制度：content/systems/ 里的网址名',
			example: '[center-evaluation]',
		}),
		/** Structure diagram of a responsibility system (who leads, who carries out). */
		structure: documented(structureField.optional(), {
			label: '结构图',
			help: '责任体系的结构图（选填）：最上面一个框，下面一排框，每个框下面还可以再列一列框',
			example: '{ label: 区委统一领导, children: [{ label: 三级书记抓统战 }] }',
		}),
		/**
		 * Sections (by their number: 2 is 二、) whose numbered items are the standard's checks; the
		 * template then gets a checklist page and a printable self-assessment sheet.
		 */
		checklist: documented(
			z
				.array(z.number({ error: '应为节的序号，例如 2 表示“二、”' }).int().min(1))
				.min(1)
				.optional(),
			{
				label: '检查项所在的节',
				help: '标准类模板填写（选填）：哪几节的“1.”条目或“（一）”段落是检查项，写节的序号（2 表示“二、”）；写了就会生成检查清单和自评表',
				example: '[2, 3]',
			},
		),
	});
}

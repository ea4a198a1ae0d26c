import { z } from 'astro/zod';
import { documented } from '../../core/schemas/field-docs.ts';
import { dateField, listIdField, textField, visibilityField } from '../../core/schemas/fields.ts';

const valueField = z
	.number({ error: '数值应为数字，不带单位和逗号，例如 22176' })
	.nonnegative({ error: '数值不能是负数：数据是个数、人数或次数' });

/** One number the district reports, with its unit, date and source. */
export const figureSchema = z.object({
	/** Stable key, e.g. `member-ledger-people`. */
	id: documented(listIdField, {
		label: '编号',
		help: '这项数据的编号，案例里用它引用；只用小写英文字母、数字和连字符，用过之后不要再改',
		example: 'member-ledger-people',
	}),
	/** What is counted, e.g. 统战成员数据台账人数. */
	label: documented(textField, {
		label: '名称',
		help: '统计的是什么',
		example: '统战成员数据台账人数',
	}),
	/** The number itself. */
	value: documented(valueField, {
		label: '数值',
		help: '只写数字，不带单位和逗号',
		example: '22176',
	}),
	/** Unit, e.g. 名, 个, 次. */
	unit: documented(textField, { label: '单位', help: '数值的单位', example: '名' }),
	/** Date the number holds for, `YYYY-MM-DD`. */
	asOf: documented(dateField, {
		label: '统计日期',
		help: '数字截至哪一天，格式 YYYY-MM-DD',
		example: '2024-04-23',
	}),
	/** Where the number comes from. */
	source: documented(textField, {
		label: '来源',
		help: '数字出自哪份材料',
		example: '区委统战部工作汇报（2024年4月）',
	}),
	/** Group shown on the figures page (e.g. 责任体系, 队伍建设, 阵地建设, 服务大局). */
	group: documented(textField, {
		label: '分组',
		help: '在“数据”页归入哪一组，例如 责任体系、队伍建设、阵地建设、服务大局',
		example: '阵地建设',
	}),
	/**
	 * Whether the same figure of several districts adds up to a city total on a portal: a count
	 * of sites or people does; a number of categories, or of rules each center runs, does not.
	 */
	additive: documented(z.boolean().default(true), {
		label: '可以相加',
		help: '城市门户把各区的这项数据相加时写 true（默认）；“每个中心的制度数”这类不能相加的写 false',
		example: 'true',
	}),
	/** Show it among the key figures on the home page. */
	featured: documented(z.boolean().default(false), {
		label: '首页显示',
		help: '作为重点数据显示在首页时写 true',
		example: 'false',
	}),
	/** A short note on what the number means. */
	note: documented(textField.optional(), {
		label: '说明',
		help: '简短说明这个数字的含义（选填）',
		example: '12 个镇和高新区各建一个。',
	}),
	/** Parts that add up to the value (e.g. bases by kind). */
	breakdown: documented(
		z
			.array(
				z.object({
					label: documented(textField, {
						label: '分项名称',
						help: '这一部分是什么',
						example: '企业',
					}),
					value: documented(valueField, { label: '分项数值', help: '只写数字', example: '4' }),
				}),
			)
			.default([]),
		{
			label: '分项',
			help: '加起来等于总数的各部分，会画成条形图（选填）',
			example: '[{ label: 企业, value: 4 }]',
		},
	),
	/** Earlier values, for a trend. */
	history: documented(
		z
			.array(
				z.object({
					asOf: documented(dateField, {
						label: '历史日期',
						help: '那时的统计日期，格式 YYYY-MM-DD',
						example: '2022-12-31',
					}),
					value: documented(valueField, { label: '历史数值', help: '只写数字', example: '18000' }),
				}),
			)
			.default([]),
		{
			label: '历史数据',
			help: '以前的数值，会画成趋势线（选填）',
			example: '[{ asOf: 2022-12-31, value: 18000 }]',
		},
	),
	/** Who may see it. */
	visibility: documented(visibilityField, {
		label: '公开范围',
		help: 'public（公开，默认）或 internal（内部，只出现在内网版）',
		example: 'public',
	}),
	/** True when the number is invented for the sample. */
	sample: documented(z.boolean().default(false), {
		label: '示例数据',
		help: '数字是为示例编造的时写 true，网站会标明“示例”',
		example: 'false',
	}),
});

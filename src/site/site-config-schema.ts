import { z } from 'astro/zod';
import { documented } from '../core/schemas/field-docs.ts';
import { textField } from '../core/schemas/fields.ts';
import type { SchemaHelpers } from '../core/schemas/helpers.ts';
import { mapSettingsSchema } from '../features/map/map-settings-schema.ts';

/** Identity of the site: `content/site.yaml`. Every field shows in the header or footer. */
export function siteConfigSchema({ reference }: Pick<SchemaHelpers, 'reference'>) {
	return z.object({
		/** Name of the site in the header and the browser tab. */
		title: documented(textField, {
			label: '网站名称',
			help: '显示在页头和浏览器标签上',
			example: '同心凤翔',
		}),
		/** A sentence under the title on the home page and in search engines. */
		description: documented(textField, {
			label: '网站简介',
			help: '首页标题下的一句话，也给搜索引擎看',
			example: '凤翔区基层统战工作展示与知识库',
		}),
		/** Organisation running the site (主办单位). */
		organisation: documented(textField, {
			label: '主办单位',
			help: '页脚的主办单位',
			example: '中共宝鸡市凤翔区委统战部',
		}),
		/** Organisation maintaining the site (承办单位). */
		undertaker: documented(textField.optional(), {
			label: '承办单位',
			help: '页脚的承办单位（选填）',
			example: '凤翔区委统战部办公室',
		}),
		/** Contact line in the footer (an office phone or address, never a person). */
		contact: documented(textField.optional(), {
			label: '联系方式',
			help: '页脚的办公电话或地址，不写个人（选填）',
			example: '办公室电话 0917-0000000',
		}),
		/** Extra line of footer text. */
		footerText: documented(textField.optional(), {
			label: '页脚文字',
			help: '页脚再加的一行字（选填）',
			example: '本站内容为示例数据',
		}),
		/** 网站标识码 issued for government sites, shown in the footer and the SiteIDCode meta tag. */
		siteIdCode: documented(textField.optional(), {
			label: '网站标识码',
			help: '政府网站的网站标识码（选填）',
			example: '"6103050000"',
		}),
		/** ICP备案号, e.g. 陕ICP备00000000号; linked to the MIIT filing site. */
		icpFiling: documented(textField.optional(), {
			label: 'ICP备案号',
			help: '页脚的 ICP 备案号（选填）',
			example: '陕ICP备00000000号',
		}),
		/** 公安机关备案号, e.g. 陕公网安备 61030502000000号. */
		publicSecurityFiling: documented(textField.optional(), {
			label: '公安备案号',
			help: '页脚的公安机关备案号（选填）',
			example: '陕公网安备 61030502000000号',
		}),
		/** 党政机关网站标识: the address of the site's page at the registry, and a local copy of the mark. */
		governmentSiteMark: documented(
			z
				.object({
					/** Where the mark links to (the registry's page for this site). */
					href: documented(
						z.url({
							protocol: /^https?$/,
							error: '应为以 http:// 或 https:// 开头的完整网址，例如 https://bszs.conac.cn/…',
						}),
						{
							label: '标识链接',
							help: '党政机关网站标识指向的网址',
							example: 'https://bszs.conac.cn/sitename?method=show&id=0',
						},
					),
					/** The mark's picture, a file in public/ (never an address on another site). */
					image: documented(
						textField.regex(/^\/[^/\\]/, { error: '应为站内文件路径，例如 /conac.png' }).optional(),
						{
							label: '标识图片',
							help: '标识图片在 public/ 里的路径，不能是别的网站的地址（选填）',
							example: '/conac.png',
						},
					),
				})
				.optional(),
			{
				label: '党政机关网站标识',
				help: '开办单位取得的党政机关网站标识（选填）',
				example: '{ href: https://bszs.conac.cn/…, image: /conac.png }',
			},
		),
		/** Who the content comes from (ContentSource meta tag); the organisation when empty. */
		contentSource: documented(textField.optional(), {
			label: '内容来源',
			help: '网页元数据里的内容来源，不填时用主办单位（选填）',
			example: '凤翔区委统战部',
		}),
		/** The district region (id in `content/regions`). */
		district: documented(reference('regions'), {
			label: '本区',
			help: '网站所属的区：regions/regions.yaml 里区的编号',
			example: 'fengxiang',
		}),
		/** Show the notice that the content is sample data. Turn off for real content. */
		sampleNotice: documented(z.boolean().default(true), {
			label: '显示示例提示',
			help: '每页提示内容为示例数据；换成真实内容后关掉',
			example: 'true',
		}),
		/**
		 * Exact texts the personal-data guard lets through, such as an office hotline that happens
		 * to be a mobile number. Each one is published as written.
		 */
		personalDataAllowList: documented(z.array(textField).default([]), {
			label: '个人信息检查放行',
			help: '个人信息检查放行的原文，例如恰好是手机号的办公热线；每一项都会照原样公开',
			example: '["13800000000"]',
		}),
		/** Map settings: district extent, reviewed boundary, basemap tiles (see `map-settings.ts`). */
		map: documented(mapSettingsSchema.default({}), {
			label: '地图设置',
			help: '本区范围、审定的区界和底图，都可以不填',
			example: '{ bounds: { west: 107.15, south: 34.33, east: 107.65, north: 34.77 } }',
		}),
	});
}

import { z } from 'astro/zod';
import { documented } from './field-docs.ts';
import { textField } from './fields.ts';

/**
 * Who runs a site and what its header and footer say: the part of `content/site.yaml` a portal's
 * settings share with a district's.
 */
export const siteIdentitySchema = z.object({
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
	/**
	 * 互动交流: where the public can ask or write to the department. A static site has no form of
	 * its own; it names a hotline, a mailbox or the page of the channel it links to.
	 */
	consultation: documented(
		z
			.object({
				/** A hotline for questions, e.g. 0917-0000000. */
				hotline: documented(textField.optional(), {
					label: '咨询电话',
					help: '接受咨询的办公电话',
					example: '0917-0000000',
				}),
				/** A mailbox for letters, e.g. tzb@example.gov.cn. */
				mailbox: documented(textField.optional(), {
					label: '咨询邮箱',
					help: '接受来信的单位邮箱，不写个人邮箱',
					example: 'tzb@example.gov.cn',
				}),
				/** The address of a consultation page (the government portal's 互动交流, a page here). */
				page: documented(textField.optional(), {
					label: '互动交流页面',
					help: '互动交流（留言、咨询）页面的网址，例如本级政府门户网站的留言栏目',
					example: 'https://www.example.gov.cn/hdjl/',
				}),
			})
			.optional(),
		{
			label: '互动交流',
			help: '公众咨询的渠道：电话、邮箱或留言页面，至少写一个；页脚显示，网站检查要求有',
			example: '{ hotline: 0917-0000000 }',
		},
	),
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
	/**
	 * The notice on every page that the content is sample data: `true` for the standard
	 * sentence, a sentence of the site's own (for wholly made-up content), `false` for real content.
	 */
	sampleNotice: documented(
		z.union([z.boolean(), textField], { error: '应为 true、false 或一句提示文字' }).default(true),
		{
			label: '显示示例提示',
			help: '每页提示内容为示例数据：true 用标准的一句，也可以写自己的一句话；换成真实内容后写 false',
			example: 'true',
		},
	),
});

export type SiteIdentity = z.infer<typeof siteIdentitySchema>;

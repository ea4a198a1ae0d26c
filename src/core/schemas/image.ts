import { z } from 'astro/zod';
import { documented, type FieldDoc } from './field-docs.ts';
import type { SchemaHelpers } from './helpers.ts';
import { textField } from './fields.ts';

/** What editors are told about each part of a picture, which depends on where the picture is. */
export interface PictureDocs {
	src: FieldDoc;
	alt: FieldDoc;
	caption: FieldDoc;
	decorative: FieldDoc;
}

/** A picture with its alternative text; `alt` may be empty only when `decorative` is true. */
export function pictureSchema({ image }: Pick<SchemaHelpers, 'image'>, docs: PictureDocs) {
	return z
		.object({
			/** Path of the image file, relative to the entry (e.g. `../images/centers/chengguan.jpg`). */
			src: documented(image(), docs.src),
			/** What the picture shows, for readers who cannot see it. */
			alt: documented(z.string({ error: '应为文字：说明图片内容' }).default(''), docs.alt),
			/** Caption shown under the picture. */
			caption: documented(textField.optional(), docs.caption),
			/** True for a purely decorative picture, which then needs no alt text. */
			decorative: documented(z.boolean().default(false), docs.decorative),
		})
		.refine((picture) => picture.decorative || picture.alt.trim().length > 0, {
			error: '图片需要 alt 文字说明内容；纯装饰图片请写 decorative: true',
			path: ['alt'],
		});
}

const coverDocs: PictureDocs = {
	src: {
		label: '封面图文件',
		help: '图片文件的路径，从条目文件所在的文件夹算起，图片放在 content/images/<类别>/ 下',
		example: '../images/centers/chengguan.webp',
	},
	alt: {
		label: '封面图说明',
		help: '用一句话说明图片里有什么，给看不到图片的读者（读屏软件会朗读）',
		example: '城关镇同心实践中心外景',
	},
	caption: { label: '封面图图注', help: '显示在图片下方的文字（选填）', example: '2023 年 6 月摄' },
	decorative: {
		label: '封面图为装饰图',
		help: '纯装饰、不传达信息的图片写 true，这时可以不写说明',
		example: 'false',
	},
};

/** The main picture of an entry, shown on cards and at the top of its page. */
export function coverField(helpers: Pick<SchemaHelpers, 'image'>) {
	return documented(pictureSchema(helpers, coverDocs).optional(), {
		label: '封面图',
		help: '图片文件和文字说明',
		example: '{ src: ../images/centers/chengguan.webp, alt: 中心外景 }',
	});
}

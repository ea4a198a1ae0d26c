import { z } from 'astro/zod';
import type { SchemaHelpers } from './helpers.ts';
import { textField } from './fields.ts';

/** A picture with its alternative text; `alt` may be empty only when `decorative` is true. */
export function pictureSchema({ image }: Pick<SchemaHelpers, 'image'>) {
	return z
		.object({
			/** Path of the image file, relative to the entry (e.g. `../images/centers/chengguan.jpg`). */
			src: image(),
			/** What the picture shows, for readers who cannot see it. */
			alt: z.string({ error: '应为文字：说明图片内容' }).default(''),
			/** Caption shown under the picture. */
			caption: textField.optional(),
			/** True for a purely decorative picture, which then needs no alt text. */
			decorative: z.boolean().default(false),
		})
		.refine((picture) => picture.decorative || picture.alt.trim().length > 0, {
			error: '图片需要 alt 文字说明内容；纯装饰图片请写 decorative: true',
			path: ['alt'],
		});
}

import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { confinedPath } from './text-file.ts';

/** How each picture format a build can use begins (its "magic" bytes), by file extension. */
const SIGNATURES: Record<string, { name: string; test: (head: Buffer) => boolean }> = {
	'.jpg': {
		name: 'JPEG',
		test: (head) => head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
	},
	'.png': {
		name: 'PNG',
		test: (head) =>
			head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
	},
	'.webp': {
		name: 'WebP',
		test: (head) =>
			head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP',
	},
	'.gif': { name: 'GIF', test: (head) => /^GIF8[79]a/.test(head.toString('latin1', 0, 6)) },
	'.avif': {
		name: 'AVIF',
		test: (head) =>
			head.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]/.test(head.toString('latin1', 8, 12)),
	},
	'.tiff': {
		name: 'TIFF',
		test: (head) => ['II*\0', 'MM\0*'].includes(head.toString('latin1', 0, 4)),
	},
};
SIGNATURES['.jpeg'] = SIGNATURES['.jpg']!;
SIGNATURES['.tif'] = SIGNATURES['.tiff']!;

function head(file: string): Buffer {
	const buffer = Buffer.alloc(16);
	const descriptor = openSync(file, 'r');
	try {
		const read = readSync(descriptor, buffer, 0, 16, 0);
		return buffer.subarray(0, read);
	} finally {
		closeSync(descriptor);
	}
}

/**
 * What in an SVG could run or load something: scripts, event handlers, `javascript:` links,
 * embedded HTML, entity declarations, references to other files or hosts. A site's pictures
 * need none of these, and a browser runs a script in an SVG opened on its own.
 */
export function unsafeSvgParts(svg: string): string[] {
	const found = new Set<string>();
	if (/<!ENTITY/i.test(svg)) found.add('<!ENTITY>');
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const tag = name.toLowerCase();
				if (['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler'].includes(tag))
					found.add(`<${name}>`);
				for (const [attribute, value] of Object.entries(attributes)) {
					const key = attribute.toLowerCase();
					if (key.startsWith('on')) found.add(`${attribute}=`);
					if (
						/^\s*(?:javascript|vbscript|data):/i.test(value.replace(/[\s\0]/g, '')) &&
						!/^data:image\/(?:png|jpeg|gif|webp);/i.test(value.trim())
					)
						found.add(`${attribute}="${value.slice(0, 30)}"`);
					if (
						(key === 'href' || key === 'xlink:href' || key === 'src') &&
						!value.trim().startsWith('#') &&
						!/^data:image\//i.test(value.trim())
					)
						found.add(`${attribute}="${value.slice(0, 60)}"`);
				}
			},
			ontext(text) {
				if (/@import|url\(\s*['"]?(?!#)/i.test(text)) found.add('样式中的 @import 或 url()');
			},
		},
		{ xmlMode: true },
	);
	parser.write(svg);
	parser.end();
	return [...found];
}

/**
 * Why a picture that content names cannot be published, or undefined when it can: it must be a
 * file inside `content/` (also after links are followed), exist, and be the picture its name says
 * (a text file named `.jpg` is refused here rather than by the picture pipeline), and an SVG may
 * carry nothing that runs.
 */
export function pictureFileProblem(
	root: string,
	fromFile: string,
	src: string,
): string | undefined {
	if (/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(src) || src.includes('\\')) {
		return `图片路径 ${src} 应为 content/ 里的文件，从这个文件所在的文件夹写起，例如 ../images/centers/chengguan.webp（不能是网址、绝对路径或带反斜杠 \\ 的路径）。`;
	}
	const target = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), src));
	const confined = confinedPath(root, target);
	if ('outside' in confined) {
		return confined.outside === 'path'
			? `图片路径 ${src} 指向 content/ 之外，不能发布。请把图片放进 content/images/，再从这个文件所在的文件夹写起路径。`
			: `图片 ${src} 是指向 content/ 之外的链接（符号链接），不能发布。请把真正的图片文件复制到 content/images/。`;
	}
	let bytes: Buffer;
	try {
		bytes = head(confined.absolute);
	} catch {
		return `找不到图片文件 ${src}（应在 content/${target}）。请检查文件名，或把图片放到这个位置。`;
	}
	const extension = path.extname(target).toLowerCase();
	if (extension === '.svg') {
		const text = readFileSync(confined.absolute, 'utf8');
		if (!/<svg[\s>]/i.test(text)) return `图片文件 ${src} 不是 SVG 图片（文件里没有 <svg>）。`;
		const unsafe = unsafeSvgParts(text);
		if (unsafe.length > 0)
			return `SVG 图片 ${src} 含有会运行或加载其他内容的部分（${unsafe.join('、')}），不能发布。请用绘图软件导出不含脚本和外部链接的 SVG，或改用 .webp/.png 图片。`;
		return undefined;
	}
	const signature = SIGNATURES[extension];
	if (!signature)
		return `图片 ${src} 的格式（${extension || '无扩展名'}）不能用：请用 .webp、.jpg、.png、.gif、.avif 或 .svg 图片。`;
	if (!signature.test(bytes)) {
		const actual = Object.values(SIGNATURES).find((candidate) => candidate.test(bytes));
		return `图片文件 ${src} 不是真正的 ${signature.name} 图片${actual ? `（它其实是 ${actual.name}，请把扩展名改对）` : '（文件内容不是图片，可能是改了扩展名的文本或文档）'}。请用图片软件重新导出。`;
	}
	return undefined;
}

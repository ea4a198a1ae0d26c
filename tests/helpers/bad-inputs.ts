/**
 * The table of bad (and tricky but valid) editor inputs of the trust boundary: leaks, personal
 * data in other spellings, unsafe markup, encodings, YAML, pictures, MDX, references. Each case
 * plants its input into a copy of the fixture content; most write a file of their own, so that
 * every refused case can also be planted together in one copy for one `npm run build`.
 */
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { FIXTURE_CONTENT, type FixtureCopy } from './fixture-content.ts';

export type Outcome = 'refused' | 'warning' | 'accepted';

export interface BadInput {
	name: string;
	area:
		| 'leaks'
		| 'personal data'
		| 'markup'
		| 'encodings'
		| 'YAML'
		| 'pictures'
		| 'MDX'
		| 'references'
		| 'schemas';
	outcome: Outcome;
	/** The file the problem is reported on, relative to the content folder. */
	file?: string;
	/** The line it is reported on: a number, or a text on that line of the planted file. */
	line?: number | string;
	/** A piece of the Chinese message. */
	message?: string;
	/** True when the case edits a file other cases edit too: it is left out of the combined build. */
	shared?: boolean;
	plant: (copy: FixtureCopy) => void;
}

const fixture = (file: string) => readFileSync(path.join(FIXTURE_CONTENT, file), 'utf8');

/** A public practice station of its own, with extra front matter and a body. */
export function station(slug: string, { front = '', body = '测试正文。' } = {}): [string, string] {
	const text = fixture('stations/east-street.md')
		.replace('slug: east-street', `slug: ${slug}`)
		.replace('---\n\n东街社区同心实践站的正文。\n', `${front}---\n\n${body}\n`);
	return [`stations/${slug}.md`, text];
}

/** A public case story of its own, with extra front matter and an MDX body. */
export function story(slug: string, { front = '', body = '测试正文。' } = {}): [string, string] {
	const text = fixture('cases/test-story.mdx')
		.replace('slug: test-story', `slug: ${slug}`)
		.replace('---\n\n## 经过\n\n测试案例的正文。\n', `${front}---\n\n${body}\n`);
	return [`cases/${slug}.mdx`, text];
}

const write =
	([file, text]: [string, string]) =>
	(copy: FixtureCopy) =>
		copy.write(file, text);
const ID = '11010519491231002X';

/** A "billion laughs": nine levels of nine aliases. */
function laughs(indent = ''): string {
	let text = `${indent}a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n`;
	const names = 'abcdefghi';
	for (let level = 1; level < 9; level += 1)
		text += `${indent}${names[level]}: &${names[level]} [${Array(9)
			.fill(`*${names[level - 1]}`)
			.join(',')}]\n`;
	return text;
}

const svg = (inside: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">${inside}<rect width="10" height="10"/></svg>`;

/** A station whose cover is the given file, written under images/. */
function withCover(
	slug: string,
	picture: string,
	bytes: string | Buffer,
): (copy: FixtureCopy) => void {
	return (copy) => {
		writeFileSync(path.join(copy.root, 'images', picture), bytes);
		write(station(slug, { front: `cover:\n  src: ../images/${picture}\n  alt: 测试\n` }))(copy);
	};
}

export const badInputs: BadInput[] = [
	// Encodings and files
	{
		name: 'a UTF-8 byte-order mark (Windows Notepad)',
		area: 'encodings',
		outcome: 'accepted',
		plant: (copy) => {
			const [file, text] = station('bom-station');
			copy.write(file, `\uFEFF${text}`);
		},
	},
	{
		name: 'CRLF line ends',
		area: 'encodings',
		outcome: 'accepted',
		plant: (copy) => {
			const [file, text] = station('crlf-station');
			copy.write(file, text.replace(/\n/g, '\r\n'));
		},
	},
	{
		name: 'a BOM and CRLF in a YAML list',
		area: 'encodings',
		outcome: 'accepted',
		shared: true,
		plant: (copy) =>
			copy.write(
				'figures/figures.yaml',
				`\uFEFF${fixture('figures/figures.yaml').replace(/\n/g, '\r\n')}`,
			),
	},
	{
		name: 'a BOM in site.yaml',
		area: 'encodings',
		outcome: 'accepted',
		shared: true,
		plant: (copy) => copy.write('site.yaml', `\uFEFF${fixture('site.yaml')}`),
	},
	{
		name: 'an entry saved as GBK',
		area: 'encodings',
		outcome: 'refused',
		file: 'stations/gbk-station.md',
		line: 1,
		message: '请另存为 UTF-8',
		plant: (copy) => {
			const [file, text] = station('gbk-station');
			writeFileSync(path.join(copy.root, file), iconv.encode(text, 'gbk'));
		},
	},
	{
		name: 'a YAML list saved as GB18030',
		area: 'encodings',
		outcome: 'refused',
		file: 'regions/regions.yaml',
		line: 1,
		message: '请另存为 UTF-8',
		shared: true,
		plant: (copy) =>
			writeFileSync(
				path.join(copy.root, 'regions/regions.yaml'),
				iconv.encode(fixture('regions/regions.yaml'), 'gb18030'),
			),
	},
	{
		name: 'a stray x.md.txt in a collection folder',
		area: 'encodings',
		outcome: 'warning',
		file: 'stations/stray.md.txt',
		message: '不会被读取',
		plant: (copy) => copy.write('stations/stray.md.txt', station('stray')[1]),
	},
	{
		name: 'a stray .docx among the stories',
		area: 'encodings',
		outcome: 'warning',
		file: 'cases/稿件.docx',
		message: '只读 .mdx',
		plant: (copy) => copy.write('cases/稿件.docx', 'PK'),
	},
	{
		name: 'a stray .bak of a data file',
		area: 'encodings',
		outcome: 'warning',
		file: 'figures/figures.yaml.bak',
		message: '不会被读取',
		plant: (copy) => copy.write('figures/figures.yaml.bak', fixture('figures/figures.yaml')),
	},
	// YAML
	{
		name: 'a billion-laughs YAML list',
		area: 'YAML',
		outcome: 'refused',
		file: 'figures/figures.yaml',
		line: 1,
		message: '别名',
		shared: true,
		plant: (copy) =>
			copy.write(
				'figures/figures.yaml',
				`${fixture('figures/figures.yaml')}\n- id: laughs\n  note:\n${laughs('    ')}`,
			),
	},
	{
		name: 'a billion-laughs front matter',
		area: 'YAML',
		outcome: 'refused',
		file: 'stations/laughs.md',
		line: 2,
		message: '别名',
		plant: (copy) =>
			copy.write('stations/laughs.md', `---\nslug: laughs\n${laughs()}---\n\n正文\n`),
	},
	{
		name: 'a front matter over the size limit',
		area: 'YAML',
		outcome: 'refused',
		file: 'stations/huge.md',
		line: 1,
		message: '过大',
		plant: (copy) =>
			copy.write('stations/huge.md', `---\nslug: huge\nnote: "${'字'.repeat(2_200_000)}"\n---\n`),
	},
	{
		name: 'a TOML front matter',
		area: 'YAML',
		outcome: 'refused',
		file: 'stations/toml.md',
		line: 1,
		message: '第一行应为 ---',
		plant: (copy) => copy.write('stations/toml.md', '+++\nslug = "toml"\n+++\n\n正文\n'),
	},
	// Paths and links
	{
		name: 'a symlink to a file outside the repository',
		area: 'leaks',
		outcome: 'refused',
		file: 'stations/outside.md',
		line: 1,
		message: '符号链接',
		plant: (copy) => {
			const target = path.join(path.dirname(copy.root), `${path.basename(copy.root)}-outside.md`);
			writeFileSync(target, station('outside')[1]);
			symlinkSync(target, path.join(copy.root, 'stations/outside.md'));
		},
	},
	{
		name: 'a symlinked folder in a collection',
		area: 'leaks',
		outcome: 'refused',
		file: 'stations/linked',
		line: 1,
		message: '符号链接',
		plant: (copy) => symlinkSync('/etc', path.join(copy.root, 'stations/linked')),
	},
	{
		name: 'a cover whose path leaves content/',
		area: 'pictures',
		outcome: 'refused',
		file: 'stations/cover-outside.md',
		line: 'src: ../../',
		message: 'content/ 之外',
		plant: write(
			station('cover-outside', {
				front: 'cover:\n  src: ../../../../etc/cover.webp\n  alt: 测试\n',
			}),
		),
	},
	{
		name: 'a cover with an absolute path',
		area: 'pictures',
		outcome: 'refused',
		file: 'stations/cover-absolute.md',
		line: 'src: /',
		message: '绝对路径',
		plant: write(
			station('cover-absolute', { front: 'cover:\n  src: /etc/passwd.webp\n  alt: 测试\n' }),
		),
	},
	{
		name: 'a cover that is a symlink out of content/',
		area: 'pictures',
		outcome: 'refused',
		file: 'stations/cover-link.md',
		line: 'src:',
		message: '符号链接',
		plant: (copy) => {
			symlinkSync('/etc/hostname', path.join(copy.root, 'images/linked.webp'));
			write(
				station('cover-link', { front: 'cover:\n  src: ../images/linked.webp\n  alt: 测试\n' }),
			)(copy);
		},
	},
	{
		name: 'a map boundary outside content/',
		area: 'pictures',
		outcome: 'refused',
		file: 'site.yaml',
		line: 'file:',
		message: 'content/ 之外',
		shared: true,
		plant: (copy) =>
			copy.write(
				'site.yaml',
				`${fixture('site.yaml')}map:\n  boundary:\n    file: ../../secret.geojson\n`,
			),
	},
	// Pictures
	{
		name: 'a text file named .jpg',
		area: 'pictures',
		outcome: 'refused',
		file: 'stations/fake-jpeg.md',
		line: 'src:',
		message: '不是真正的 JPEG',
		plant: withCover('fake-jpeg', 'fake.jpg', '这是一个文本文件'),
	},
	{
		name: 'a PNG named .webp',
		area: 'pictures',
		outcome: 'refused',
		file: 'stations/png-named-webp.md',
		line: 'src:',
		message: '其实是 PNG',
		plant: withCover(
			'png-named-webp',
			'png.webp',
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
		),
	},
	{
		name: 'an SVG cover with a script',
		area: 'pictures',
		outcome: 'refused',
		file: 'stations/svg-script.md',
		line: 'src:',
		message: '<script>',
		plant: withCover('svg-script', 'script.svg', svg('<script>alert(1)</script>')),
	},
	{
		name: 'an SVG cover with an onload handler',
		area: 'pictures',
		outcome: 'refused',
		file: 'stations/svg-onload.md',
		line: 'src:',
		message: 'onload=',
		plant: withCover('svg-onload', 'onload.svg', svg('<g onload="alert(1)"></g>')),
	},
	{
		name: 'an SVG cover loading a picture from another host',
		area: 'pictures',
		outcome: 'refused',
		file: 'stations/svg-external.md',
		line: 'src:',
		message: 'href=',
		plant: withCover(
			'svg-external',
			'external.svg',
			svg('<image href="https://example.com/x.png"/>'),
		),
	},
	{
		name: 'a plain SVG cover',
		area: 'pictures',
		outcome: 'accepted',
		plant: withCover('svg-plain', 'plain.svg', svg('')),
	},
	{
		name: 'a body picture that does not exist',
		area: 'pictures',
		outcome: 'refused',
		file: 'stations/body-missing.md',
		line: '![',
		message: '找不到图片文件',
		plant: write(station('body-missing', { body: '正文。\n\n![示意](../images/none.webp)' })),
	},
	{
		name: 'a body picture outside content/',
		area: 'pictures',
		outcome: 'refused',
		file: 'stations/body-outside.md',
		line: '![',
		message: 'content/ 之外',
		plant: write(station('body-outside', { body: '正文。\n\n![示意](../../../../etc/x.webp)' })),
	},
	// Personal data in other spellings
	{
		name: 'an ID number in groups with spaces',
		area: 'personal data',
		outcome: 'refused',
		file: 'stations/id-groups.md',
		line: 'summary:',
		message: '疑似身份证号',
		plant: write(station('id-groups', { front: '' })),
	},
	{
		name: 'a mobile number in full-width digits',
		area: 'personal data',
		outcome: 'refused',
		file: 'stations/fullwidth-mobile.md',
		line: '１３８',
		message: '疑似手机号码“１３８０ ０１３ ８０００”',
		plant: write(
			station('fullwidth-mobile', { body: '正文。\n\n联系电话：１３８０ ０１３ ８０００。' }),
		),
	},
	{
		name: 'a mobile number written with dots',
		area: 'personal data',
		outcome: 'refused',
		file: 'stations/dotted-mobile.md',
		line: '138.',
		message: '疑似手机号码',
		plant: write(station('dotted-mobile', { body: '请拨 138.0013.8000 联系。' })),
	},
	{
		name: 'a full-width personal mailbox',
		area: 'personal data',
		outcome: 'refused',
		file: 'stations/fullwidth-mail.md',
		line: '＠',
		message: '疑似个人电子邮箱',
		plant: write(station('fullwidth-mail', { body: '邮箱：ｚｈａｎｇ＠ｑｑ．ｃｏｍ' })),
	},
	{
		name: 'an ID number with hyphens in a data file',
		area: 'personal data',
		outcome: 'refused',
		file: 'figures/figures.yaml',
		line: 'note:',
		message: '疑似身份证号',
		shared: true,
		plant: (copy) =>
			copy.edit(
				'figures/figures.yaml',
				'featured: true',
				`featured: true\n  note: 登记人 110105-19491231-002X`,
			),
	},
	{
		name: 'an allow-listed hotline written with spaces',
		area: 'personal data',
		outcome: 'accepted',
		shared: true,
		plant: (copy) => {
			copy.write('site.yaml', `${fixture('site.yaml')}personalDataAllowList: ["13800138000"]\n`);
			write(station('hotline', { body: '服务热线 138 0013 8000。' }))(copy);
		},
	},
	{
		name: 'personal data in an internal entry',
		area: 'personal data',
		outcome: 'accepted',
		plant: write(
			station('internal-person', {
				front: 'visibility: internal\n',
				body: `登记人身份证 ${ID}，电话 13800138000。`,
			}),
		),
	},
	{
		name: 'personal data in the internal contacts field',
		area: 'personal data',
		outcome: 'accepted',
		plant: write(
			station('contacts-field', {
				front: 'contacts:\n  - { role: 站长, name: 某某, phone: "13800138000" }\n',
			}),
		),
	},
	{
		name: 'dates and division codes with separators',
		area: 'personal data',
		outcome: 'accepted',
		plant: write(
			station('dates-codes', {
				body: '2023.06.01 挂牌，区划代码 610305 100001，2023-06-01 至 2024-06-30。',
			}),
		),
	},
	// Unsafe markup in Markdown
	{
		name: 'a <script> in a Markdown body',
		area: 'markup',
		outcome: 'refused',
		file: 'stations/md-script.md',
		line: '<script>',
		message: '<script>',
		plant: write(station('md-script', { body: '正文。\n\n<script>alert(1)</script>' })),
	},
	{
		name: 'an onclick handler',
		area: 'markup',
		outcome: 'refused',
		file: 'stations/md-onclick.md',
		line: '<p onclick',
		message: 'onclick=',
		plant: write(station('md-onclick', { body: '<p onclick="alert(1)">点我</p>' })),
	},
	{
		name: 'a javascript: link',
		area: 'markup',
		outcome: 'refused',
		file: 'stations/md-js-link.md',
		line: 'javascript:',
		message: 'javascript:',
		plant: write(station('md-js-link', { body: '请[点这里](javascript:alert(1))。' })),
	},
	{
		name: 'a meta refresh',
		area: 'markup',
		outcome: 'refused',
		file: 'stations/md-refresh.md',
		line: '<meta',
		message: '<meta>',
		plant: write(
			station('md-refresh', {
				body: '<meta http-equiv="refresh" content="0;url=https://example.com">',
			}),
		),
	},
	{
		name: 'a picture address starting with a backslash',
		area: 'markup',
		outcome: 'refused',
		file: 'stations/md-backslash.md',
		line: '![',
		message: '地址',
		plant: write(station('md-backslash', { body: '![图](\\\\example.com/a.png)' })),
	},
	{
		name: 'an iframe',
		area: 'markup',
		outcome: 'refused',
		file: 'stations/md-iframe.md',
		line: '<iframe',
		message: '<iframe>',
		plant: write(station('md-iframe', { body: '<iframe src="https://example.com"></iframe>' })),
	},
	{
		name: 'a data: link',
		area: 'markup',
		outcome: 'refused',
		file: 'stations/md-data-link.md',
		line: 'data:',
		message: 'data:',
		plant: write(
			station('md-data-link', {
				body: '<a href="data:text/html,<script>alert(1)</script>">链接</a>',
			}),
		),
	},
	{
		name: 'a picture from another host',
		area: 'markup',
		outcome: 'refused',
		file: 'stations/md-external-img.md',
		line: '<img',
		message: 'content/ 里的文件',
		plant: write(
			station('md-external-img', { body: '<img src="https://example.com/a.png" alt="外部">' }),
		),
	},
	{
		name: 'a <style> element',
		area: 'markup',
		outcome: 'refused',
		file: 'stations/md-style.md',
		line: '<style>',
		message: '<style>',
		plant: write(station('md-style', { body: '<style>body{display:none}</style>' })),
	},
	{
		name: 'a class and a style attribute',
		area: 'markup',
		outcome: 'refused',
		file: 'stations/md-class.md',
		line: '<div',
		message: 'class=',
		plant: write(station('md-class', { body: '<div class="x" style="position:fixed">覆盖</div>' })),
	},
	{
		name: 'an HTML comment with a note',
		area: 'markup',
		outcome: 'accepted',
		plant: write(station('md-comment', { body: '正文。\n\n<!-- 内部：门牌待核实 -->' })),
	},
	{
		name: 'tables, footnotes, task lists and <details>',
		area: 'markup',
		outcome: 'accepted',
		plant: write(
			station('md-gfm', {
				body: '| 项 | 值 |\n|:-|-:|\n| 一 | 1 |\n\n正文[^1]\n\n- [x] 完成\n\n<details><summary>更多</summary>\n\n内容\n\n</details>\n\n[^1]: 注释。',
			}),
		),
	},
	// MDX
	{
		name: 'an import in a story',
		area: 'MDX',
		outcome: 'refused',
		file: 'cases/mdx-import.mdx',
		line: 'import ',
		message: 'import 或 export',
		plant: write(story('mdx-import', { body: "import fs from 'node:fs'\n\n正文。" })),
	},
	{
		name: 'an export in a story',
		area: 'MDX',
		outcome: 'refused',
		file: 'cases/mdx-export.mdx',
		line: 'export ',
		message: 'import 或 export',
		plant: write(story('mdx-export', { body: 'export const secret = 1\n\n正文。' })),
	},
	{
		name: 'an expression in a story',
		area: 'MDX',
		outcome: 'refused',
		file: 'cases/mdx-expression.mdx',
		line: '{1 + 1}',
		message: 'JavaScript 表达式',
		plant: write(story('mdx-expression', { body: '一加一等于 {1 + 1}。' })),
	},
	{
		name: 'code reading a file at build time',
		area: 'MDX',
		outcome: 'refused',
		file: 'cases/mdx-read-file.mdx',
		line: 'readFileSync',
		message: 'JavaScript 表达式',
		plant: write(
			story('mdx-read-file', {
				body: "{process.getBuiltinModule('fs').readFileSync('/etc/passwd', 'utf8')}",
			}),
		),
	},
	{
		name: 'an expression as an attribute',
		area: 'MDX',
		outcome: 'refused',
		file: 'cases/mdx-attribute.mdx',
		line: '<PullQuote',
		message: 'by={',
		plant: write(story('mdx-attribute', { body: '<PullQuote by={globalThis.x}>话</PullQuote>' })),
	},
	{
		name: 'a spread attribute',
		area: 'MDX',
		outcome: 'refused',
		file: 'cases/mdx-spread.mdx',
		line: '<PullQuote',
		message: 'JavaScript 表达式',
		plant: write(story('mdx-spread', { body: '<PullQuote {...globalThis}>话</PullQuote>' })),
	},
	{
		name: 'an MDX comment and plain values',
		area: 'MDX',
		outcome: 'accepted',
		plant: write(
			story('mdx-comment', {
				body: '{/* 内部：待核实 */}\n\n正文 {"文字"}。\n\n<PullQuote by="某">话</PullQuote>',
			}),
		),
	},
	{
		name: 'an unclosed component',
		area: 'MDX',
		outcome: 'refused',
		file: 'cases/mdx-unclosed.mdx',
		line: '<PullQuote',
		message: '没有结束',
		plant: write(story('mdx-unclosed', { body: '<PullQuote by="某">\n\n话' })),
	},
	{
		name: 'a bare < in text',
		area: 'MDX',
		outcome: 'refused',
		file: 'cases/mdx-bare-lt.mdx',
		line: '<5',
		message: '小于号',
		plant: write(story('mdx-bare-lt', { body: '参加人数 <5 人。' })),
	},
	{
		name: 'a component that does not exist',
		area: 'MDX',
		outcome: 'refused',
		file: 'cases/mdx-unknown.mdx',
		line: '<Chart',
		message: '没有名为 Chart 的组件',
		plant: write(story('mdx-unknown', { body: '<Chart data="x" />' })),
	},
	{
		name: 'a <script> in a story',
		area: 'MDX',
		outcome: 'refused',
		file: 'cases/mdx-script.mdx',
		line: '<script>',
		message: '<script>',
		plant: write(story('mdx-script', { body: '<script>alert(1)</script>' })),
	},
	{
		name: 'a layout: line in a story (a module Astro would import)',
		area: 'MDX',
		outcome: 'refused',
		file: 'cases/mdx-layout.mdx',
		line: 'layout:',
		message: '不认识的字段',
		plant: write(story('mdx-layout', { front: 'layout: ../../scripts/build.ts\n' })),
	},
	// Site settings
	{
		name: 'a javascript: government-mark link',
		area: 'markup',
		outcome: 'refused',
		file: 'site.yaml',
		line: 'href:',
		message: 'http:// 或 https://',
		shared: true,
		plant: (copy) =>
			copy.write(
				'site.yaml',
				`${fixture('site.yaml')}governmentSiteMark:\n  href: javascript:alert(1)\n`,
			),
	},
	{
		name: 'a government-mark picture on another host',
		area: 'markup',
		outcome: 'refused',
		file: 'site.yaml',
		line: 'image:',
		message: '站内文件路径',
		shared: true,
		plant: (copy) =>
			copy.write(
				'site.yaml',
				`${fixture('site.yaml')}governmentSiteMark:\n  href: https://bszs.conac.cn/x\n  image: //example.com/mark.png\n`,
			),
	},
	// Schema gaps
	{
		name: 'a work system with no body',
		area: 'schemas',
		outcome: 'refused',
		file: 'systems/empty-system.md',
		line: 11,
		message: '制度正文是空的',
		plant: (copy) =>
			copy.write(
				'systems/empty-system.md',
				fixture('systems/test-regulation.md')
					.replace('slug: test-regulation', 'slug: empty-system')
					.replace(/---\n\n[\s\S]*$/, '---\n'),
			),
	},
	{
		name: 'a negative figure',
		area: 'schemas',
		outcome: 'refused',
		file: 'figures/figures.yaml',
		line: 'value:',
		message: '不小于 0',
		shared: true,
		plant: (copy) => copy.edit('figures/figures.yaml', 'value: 2', 'value: -2'),
	},
	{
		name: 'a negative part of a breakdown',
		area: 'schemas',
		outcome: 'refused',
		file: 'figures/figures.yaml',
		line: 'value: -3',
		message: '不小于 0',
		shared: true,
		plant: (copy) =>
			copy.edit(
				'figures/figures.yaml',
				'featured: true',
				'featured: true\n  breakdown:\n    - { label: 甲, value: -3 }',
			),
	},
	// References
	{
		name: 'a public entry pointing at an internal one',
		area: 'references',
		outcome: 'accepted',
		plant: write(
			station('points-inside', { front: '' }).map((text, index) =>
				index === 1 ? text.replace('center: easttown', 'center: internal-center') : text,
			) as [string, string],
		),
	},
	{
		name: 'a story quoting an internal entry in a component',
		area: 'references',
		outcome: 'accepted',
		plant: write(story('quotes-inside', { body: '<LinkCard center="internal-center" />' })),
	},
];

// The ID-number case plants its number in the summary.
badInputs.find((input) => input.name === 'an ID number in groups with spaces')!.plant = (copy) => {
	const [file, text] = station('id-groups');
	copy.write(
		file,
		text.replace('summary: 测试用的实践站。', 'summary: 登记人 110105 19491231 002X。'),
	);
};

/** The 1-based line of a case's expected problem in the planted copy. */
export function expectedLine(input: BadInput, copy: FixtureCopy): number | undefined {
	if (typeof input.line !== 'string') return input.line;
	const lines = readFileSync(path.join(copy.root, input.file!), 'utf8').split(/\r?\n/);
	const index = lines.findIndex((line) => line.includes(input.line as string));
	return index < 0 ? undefined : index + 1;
}

import { readFileSync } from 'node:fs';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { explainAstroFailure } from '../../../src/features/publishing/build-errors.ts';
import { explainMdxError } from '../../../src/features/publishing/mdx-errors.ts';
import { sanitizePlugin } from '../../../src/features/publishing/sanitize-plugin.ts';
import { bodyOptions } from '../../../src/site/markdown.ts';

const html = (markdown: string) =>
	(markdownToHtml(markdown, { hastPlugins: [sanitizePlugin(bodyOptions)] }) as { html: string })
		.html;
const plain = (markdown: string) => (markdownToHtml(markdown) as { html: string }).html;

describe('the body sanitiser', () => {
	it('leaves everything the site’s Markdown writes as it is', () => {
		const markdown = [
			'## 标题',
			'正文 **粗** *斜* ~~删~~ `代码` [链接](https://example.gov.cn/) [站内](/systems/) <https://a.gov.cn>',
			'![图](../images/x.webp)',
			'| 项 | 值 |\n|:-|-:|\n| 一 | 1 |',
			'> 引用',
			'1. 一\n2. 二\n\n- [x] 完成\n- [ ] 未完成',
			'```\n代码块\n```',
			'正文[^1]\n\n[^1]: 注释。',
		].join('\n\n');
		expect(html(markdown)).toBe(plain(markdown));
	});

	it('removes what it refuses, comments included', () => {
		const out = html(
			'<!-- 内部 -->\n\n<p onclick="x()">文</p>\n\n<script>alert(1)</script>\n\n[a](javascript:alert(1)) ![b](\\\\evil.example/x.png)',
		);
		expect(out).not.toMatch(/内部|onclick|script|javascript|evil/);
		expect(out).toContain('<p>文</p>');
	});

	it('reports what it refuses with line and column', () => {
		let found: unknown[] = [];
		void markdownToHtml('正文\n\n  <iframe src="https://example.com"></iframe>', {
			hastPlugins: [sanitizePlugin(bodyOptions, (findings) => (found = findings))],
		});
		expect(found).toEqual([
			expect.objectContaining({ kind: 'element', found: '<iframe>', line: 3, column: 3 }),
		]);
	});

	it('compiles a story to code that runs none of the editor’s JavaScript', () => {
		const { code } = mdxToJs(
			"import fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd')}\n\n<PullQuote by={globalThis.x} {...globalThis}>话</PullQuote>\n\n{/* 备注 */}",
			{ hastPlugins: [sanitizePlugin(bodyOptions)] },
		) as { code: string };
		expect(code).not.toMatch(/node:fs|readFileSync|globalThis|备注/);
		expect(code).toContain('PullQuote');
	});
});

describe('MDX and Astro errors', () => {
	it('explain an MDX parser message in Chinese with its place', () => {
		expect(
			explainMdxError(
				'3:1: Expected a closing tag for `<PullQuote>` (3:1) (mdx-jsx:unexpected-character)',
			),
		).toEqual({
			line: 3,
			column: 1,
			message: expect.stringContaining('组件 <PullQuote> 没有结束'),
		});
	});

	it('map Astro’s print-out of an MDX error back to the entry and line, without the stack', () => {
		const output = readFileSync('tests/fixtures/astro-mdx-error.txt', 'utf8');
		const explained = explainAstroFailure(output, '/project/content', () => []);
		expect(explained.where).toBe('content/cases/test-story.mdx:17');
		expect(explained.message).toContain('没有结束');
		expect(explained.message).not.toContain('vite-plugin-mdx.js');
	});

	it('name the entries that use a picture Astro could not read', () => {
		const output =
			'[ERROR] Could not process image\n  Location:\n    /project/content/images/cover.webp:1:1\n  Stack trace:\n    at x (file:///a.js:1:1)';
		const explained = explainAstroFailure(output, '/project/content', (picture) =>
			picture === 'images/cover.webp'
				? [{ file: 'centers/easttown.md', line: 9, field: 'cover.src' }]
				: [],
		);
		expect(explained.where).toBe('content/centers/easttown.md:9  cover.src');
		expect(explained.message).toContain('无法处理');
	});

	it('say which stage failed when nothing can be mapped', () => {
		expect(
			explainAstroFailure('[ERROR] something odd\n', '/project/content', () => []).message,
		).toContain('Astro 生成网页时出错');
	});
});

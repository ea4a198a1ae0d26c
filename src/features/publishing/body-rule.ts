import { markdownToHtml, mdxToJs } from 'satteri';
import { pictureFileProblem } from '../../core/content-check/picture-files.ts';
import type { ContentProblem } from '../../core/content-check/problem.ts';
import type { ContentRule } from '../../core/content-check/rules.ts';
import {
	mayHoldMarkup,
	type BodyFinding,
	type BodyPicture,
	type SanitizeOptions,
} from './body-sanitizer.ts';
import { explainMdxError } from './mdx-errors.ts';
import { sanitizePlugin } from './sanitize-plugin.ts';

const MESSAGES: Record<BodyFinding['kind'], (found: string) => string> = {
	element: (found) =>
		`正文里的 ${found} 不能发布：网页正文只能用标题、段落、列表、表格、引用、图片和链接（可用的写法见编辑指南）。请删去它。`,
	attribute: (found) =>
		`正文里的属性 ${found} 不能发布：正文的 HTML 不能带脚本、样式、class 或 id。请删去这个属性。`,
	address: (found) =>
		`正文里的地址 ${found} 不能发布：链接只能用 http://、https://、mailto:、tel: 或站内路径，图片只能用 content/ 里的文件。`,
	esm: (found) =>
		`故事正文不能写 import 或 export（${found}）：可用的组件不用导入就能写，见 docs/editor-components.md。请删去这一行。`,
	expression: (found) =>
		`故事正文不能写 JavaScript 表达式 ${found}：正文和组件的属性只能写文字，例如 title="标题"；要写花括号本身，请写成 \\{。`,
};

/**
 * Reads every Markdown and MDX body as the build will (Sätteri, with the body sanitiser) and
 * reports, with its line and column: what the allow-list refuses, MDX that does not parse, and
 * pictures the body shows that cannot be published. Nothing in a body runs here: MDX is compiled
 * to text, never executed.
 */
export function bodyRule(options: SanitizeOptions): ContentRule {
	return (entries, { root }) => {
		const problems: ContentProblem[] = [];
		for (const entry of entries) {
			const { body, bodyStartLine = 1, file } = entry.raw;
			if (body === undefined || !/\.mdx?$/.test(file)) continue;
			// Text without tags, braces, links or import/export lines has nothing to refuse.
			if (!mayHoldMarkup(body)) continue;
			// Padding the body with the front matter's lines makes the parser's lines the file's.
			const source = '\n'.repeat(bodyStartLine - 1) + body;
			let findings: BodyFinding[] = [];
			let pictures: BodyPicture[] = [];
			const plugin = sanitizePlugin(options, (found, shown) => {
				findings = found;
				pictures = shown;
			});
			try {
				const compiled = file.endsWith('.mdx')
					? mdxToJs(source, { hastPlugins: [plugin] })
					: markdownToHtml(source, { hastPlugins: [plugin], features: { frontmatter: false } });
				// The sanitiser's plugin is synchronous, so the compile is too: its findings are in now.
				if (compiled instanceof Promise) throw new Error('the Markdown compiler answered later');
			} catch (error) {
				const explained = explainMdxError((error as Error).message);
				problems.push({
					file,
					field: '正文',
					line: explained.line ?? bodyStartLine,
					...(explained.column ? { column: explained.column } : {}),
					message: explained.message,
				});
				continue;
			}
			for (const finding of findings) {
				problems.push({
					file,
					field: '正文',
					line: finding.line ?? bodyStartLine,
					...(finding.column ? { column: finding.column } : {}),
					message: MESSAGES[finding.kind](finding.found),
				});
			}
			for (const picture of pictures) {
				const message = pictureFileProblem(root, file, picture.src);
				if (message)
					problems.push({
						file,
						field: '正文',
						line: picture.line ?? bodyStartLine,
						...(picture.column ? { column: picture.column } : {}),
						message,
					});
			}
		}
		return problems;
	};
}

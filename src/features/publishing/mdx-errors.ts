/**
 * MDX's own error messages (English, from the parser) in words an editor can act on. Used by the
 * content check, which compiles every story, and by `npm run build` for an error that still
 * comes from Astro.
 */

/** A parser message split into where it is and what it says. */
export interface MdxError {
	line?: number;
	column?: number;
	/** What is wrong and how to fix it, in Chinese, with the parser's own words at the end. */
	message: string;
}

const EXPLANATIONS: { pattern: RegExp; explain: (match: RegExpMatchArray) => string }[] = [
	{
		pattern: /Expected a closing tag for `<([^>]*)>`/,
		explain: ([, tag]) =>
			`组件 <${tag}> 没有结束：请在它的内容后面写 </${tag}>，或写成 <${tag} … />。`,
	},
	{
		pattern:
			/Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
		explain: ([, closing, open]) =>
			`结束标签 </${closing}> 的位置不对：先要用 </${open}> 结束里面的 <${open}>。`,
	},
	{
		pattern: /Unexpected closing tag `<\/([^>]*)>`, expected an open tag first/,
		explain: ([, tag]) => `多了一个结束标签 </${tag}>：前面没有对应的 <${tag}>。`,
	},
	{
		pattern: /Unexpected character after `<`|Unexpected character .* before name/,
		explain: () =>
			'“<”后面应是组件名，例如 <Figure picture="…" />。正文里要写小于号，请写成 \\< 或“小于”；要加链接，请写 [文字](网址)。',
	},
	{
		pattern: /expected a corresponding closing brace for `\{`|Unexpected end of file in expression/,
		explain: () =>
			'花括号 { 没有配对。故事正文里不能写 JavaScript 表达式；要写花括号本身，请写成 \\{。',
	},
	{
		pattern: /Could not parse expression/,
		explain: () => '花括号 {…} 里的内容读不懂。故事正文和组件的属性只能写文字，例如 title="标题"。',
	},
	{
		pattern: /Unexpected lazy line/,
		explain: () => '引用（>）或列表里的一行缩进不对：请让这一行也以 > 开头，或与上一行对齐。',
	},
];

/** Reads MDX's message `12:3: Expected … (mdx-jsx:…)` into its place and a Chinese message. */
export function explainMdxError(parserMessage: string, lineOffset = 0): MdxError {
	const located = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(parserMessage.trim());
	const text = (located?.[3] ?? parserMessage).replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '').trim();
	const known = EXPLANATIONS.map(({ pattern, explain }) => {
		const match = pattern.exec(text);
		return match ? explain(match) : undefined;
	}).find(Boolean);
	return {
		...(located ? { line: Number(located[1]) + lineOffset, column: Number(located[2]) } : {}),
		message: `MDX 写法有误：${known ?? '这里的写法读不懂。常见原因：组件没有结束、< 或 { 没有写成 \\< 或 \\{。'}（解析器原文：${text}）`,
	};
}

/**
 * A regulation template's body, read from its Markdown into the parts an official document is
 * made of: section headings (一、), sub-headings (（一）), paragraphs and numbered items. The page,
 * the print view, the .docx and the checklist are all made from this one model.
 */
import { blankPlaceholder, splitBlanks, strayBrackets, type Inline } from './blanks.ts';

/** `## 一、目的` (level 1, 黑体) or `### （一）学习内容` (level 2, 楷体). */
export interface SystemHeading {
	type: 'heading';
	level: 1 | 2;
	/** Anchor on the page, e.g. `section-2` or `section-2-1`. */
	id: string;
	/** The heading as plain text, e.g. 二、参加对象. */
	text: string;
	content: Inline[];
}

/**
 * A paragraph. One that opens with a heading number such as （一） or 一、 is a run-in heading:
 * its number and first sentence (`lead`) take the heading's typeface, the rest stays body text.
 */
export interface SystemParagraph {
	type: 'paragraph';
	/** 黑体 for a run-in 一、, 楷体 for a run-in （一）, none for body text. */
	leadStyle?: 'heading' | 'subheading';
	lead: Inline[];
	content: Inline[];
	/** The whole paragraph as plain text. */
	text: string;
}

/** One item of a numbered (1. 2. …) or plain list. */
export interface SystemListItem {
	/** The number as printed, e.g. `1.`; empty for a plain list. */
	marker: string;
	content: Inline[];
	text: string;
}

export interface SystemList {
	type: 'list';
	ordered: boolean;
	items: SystemListItem[];
}

export type SystemBlock = SystemHeading | SystemParagraph | SystemList;

/** Something in the body that an official document cannot carry, with its line in the body. */
export interface SystemBodyProblem {
	/** 1-based line within the body (the text after the front matter). */
	line: number;
	message: string;
}

export interface SystemDocument {
	blocks: SystemBlock[];
	problems: SystemBodyProblem[];
}

const CHINESE_NUMERAL = '[一二三四五六七八九十百]+';
const RUN_IN_HEADING = new RegExp(`^${CHINESE_NUMERAL}、`);
const RUN_IN_SUBHEADING = new RegExp(`^（${CHINESE_NUMERAL}）`);
const ORDERED_ITEM = /^(\d{1,3})[.．、]\s*(.*)$/;
const PLAIN_ITEM = /^[-*+]\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const UNSUPPORTED: [RegExp, string][] = [
	[/^\s*>/, '引用块'],
	[/^\s*\|/, '表格'],
	[/^\s*(```|~~~)/, '代码块'],
	[/^\s*</, 'HTML 标签'],
	[/!\[/, '图片'],
];

const LINK = /\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

/** Markdown marks that the official format does not print: bold, code, escapes. */
function withoutMarks(text: string): string {
	return text
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1');
}

/** Running text as plain text, blanks and links (which stay links on the page only). */
export function parseInline(markdown: string): Inline[] {
	const parts: Inline[] = [];
	let last = 0;
	for (const match of markdown.matchAll(LINK)) {
		parts.push(...splitBlanks(withoutMarks(markdown.slice(last, match.index))));
		parts.push({ type: 'link', text: withoutMarks(match[1] ?? ''), href: match[2] ?? '' });
		last = match.index + match[0].length;
	}
	parts.push(...splitBlanks(withoutMarks(markdown.slice(last))));
	return parts;
}

/** Splits a run-in heading into its lead (number and first sentence) and the rest. */
function splitLead(text: string): Pick<SystemParagraph, 'leadStyle' | 'lead' | 'content'> {
	// `text` is the paragraph's Markdown; a link inside the lead sentence stays whole.
	const leadStyle = RUN_IN_HEADING.test(text)
		? 'heading'
		: RUN_IN_SUBHEADING.test(text)
			? 'subheading'
			: undefined;
	if (!leadStyle) return { lead: [], content: parseInline(text) };
	const outsideLinks = text.replace(LINK, (link) => '\u0000'.repeat(link.length));
	const end = outsideLinks.search(/[。：:]/);
	const cut = end === -1 ? text.length : end + 1;
	return {
		leadStyle,
		lead: parseInline(text.slice(0, cut)),
		content: parseInline(text.slice(cut)),
	};
}

interface OpenBlock {
	kind: 'paragraph' | 'item';
	lines: string[];
	marker: string;
	ordered: boolean;
}

/** Reads a template body (Markdown without front matter). */
export function parseSystemBody(body: string): SystemDocument {
	const blocks: SystemBlock[] = [];
	const problems: SystemBodyProblem[] = [];
	let open: OpenBlock | undefined;
	let sectionCount = 0;
	let subCount = 0;

	const close = () => {
		if (!open) return;
		const markdown = open.lines.join('').trim();
		if (open.kind === 'paragraph') {
			const parts = splitLead(markdown);
			blocks.push({
				type: 'paragraph',
				text: inlineText([...parts.lead, ...parts.content]),
				...parts,
			});
		} else {
			const content = parseInline(markdown);
			const item = { marker: open.marker, content, text: inlineText(content) };
			const last = blocks.at(-1);
			if (last?.type === 'list' && last.ordered === open.ordered) last.items.push(item);
			else blocks.push({ type: 'list', ordered: open.ordered, items: [item] });
		}
		open = undefined;
	};

	body.split(/\r?\n/).forEach((rawLine, index) => {
		const line = rawLine.trim();
		const lineNumber = index + 1;
		if (line === '' || /^<!--.*-->$/.test(line)) {
			close();
			return;
		}
		const unsupported = UNSUPPORTED.find(([pattern]) => pattern.test(rawLine));
		if (unsupported) {
			problems.push({
				line: lineNumber,
				message: `制度正文不能用${unsupported[1]}：公文格式只有标题、段落和编号条目。请改写成段落或“1.”编号条目。`,
			});
			return;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			close();
			const depth = heading[1]?.length ?? 0;
			const content = parseInline(heading[2] ?? '');
			const text = inlineText(content);
			if (depth !== 2 && depth !== 3) {
				problems.push({
					line: lineNumber,
					message: `标题“${text}”用了 ${depth} 个 #：制度正文用“## 一、……”作节标题、“### （一）……”作小标题，制度名称写在 title 字段里。`,
				});
				return;
			}
			const level = depth === 2 ? 1 : 2;
			if (level === 1) {
				sectionCount += 1;
				subCount = 0;
			} else subCount += 1;
			const id = level === 1 ? `section-${sectionCount}` : `section-${sectionCount}-${subCount}`;
			blocks.push({ type: 'heading', level, id, text, content });
			return;
		}
		const ordered = ORDERED_ITEM.exec(line);
		const plain = ordered ? undefined : PLAIN_ITEM.exec(line);
		if (ordered || plain) {
			close();
			open = {
				kind: 'item',
				ordered: Boolean(ordered),
				marker: ordered ? `${ordered[1]}.` : '',
				lines: [(ordered ? ordered[2] : plain?.[1]) ?? ''],
			};
			return;
		}
		open ??= { kind: 'paragraph', lines: [], marker: '', ordered: false };
		open.lines.push(line);
	});
	close();

	// A closing line of blanks only (【单位名称】) would stand alone above the signature, which the
	// issuer and effective fields already make: the downloaded document would keep it unfilled.
	const last = blocks.at(-1);
	if (
		last?.type === 'paragraph' &&
		last.content.length > 0 &&
		[...last.lead, ...last.content].every(
			(part) => part.type === 'blank' || part.text.trim() === '',
		)
	) {
		const lines = body.split(/\r?\n/);
		const lineNumber = lines.findLastIndex((line) => line.trim() !== '') + 1;
		problems.push({
			line: lineNumber,
			message: `正文最后一行只有填空项“${last.text}”：落款（发布单位和日期）由 issuer 和 effective 字段生成，这一行会单独留在落款上面。请删除这一行。`,
		});
	}

	body.split(/\r?\n/).forEach((line, index) => {
		if (strayBrackets(line).length > 0) {
			problems.push({
				line: index + 1,
				message:
					'填空括号不成对：填空项写成“【单位名称】”这样，一对【】中写 1 到 20 个字，不跨行。',
			});
		}
	});
	problems.sort((a, b) => a.line - b.line);
	return { blocks, problems };
}

/** A `##` section with what follows it up to the next `##`. */
export interface SystemSection {
	heading: SystemHeading;
	blocks: SystemBlock[];
}

/** The body's `##` sections (text before the first heading is left out). */
export function sectionsOf(document: SystemDocument): SystemSection[] {
	const sections: SystemSection[] = [];
	for (const block of document.blocks) {
		if (block.type === 'heading' && block.level === 1)
			sections.push({ heading: block, blocks: [] });
		else sections.at(-1)?.blocks.push(block);
	}
	return sections;
}

/** Plain text of inline parts, with each blank as 【name】. */
export function inlineText(parts: readonly Inline[]): string {
	return parts
		.map((part) => (part.type === 'blank' ? blankPlaceholder(part.name) : part.text))
		.join('');
}

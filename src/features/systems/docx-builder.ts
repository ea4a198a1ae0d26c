/**
 * Builds a regulation template as a Word document in GB/T 9704-2012 format with the `docx`
 * package: A4, the standard margins and line grid, 小标宋 title, 仿宋 body, 黑体/楷体 headings,
 * page numbers `— 1 —` outside on odd and even pages.
 */
import {
	AlignmentType,
	Document,
	DocumentGridType,
	Footer,
	LineRuleType,
	Packer,
	PageNumber,
	Paragraph,
	TextRun,
} from 'docx';
import { fillBlanks, type BlankValues, type Inline } from './blanks.ts';
import {
	FIRST_LINE_INDENT,
	FONTS,
	LINE_PITCH,
	MARGINS,
	PAGE,
	PAGE_NUMBER,
	SIZES,
	CHARACTER_TIGHTENING,
} from './official-format.ts';
import { inlineText, type SystemBlock, type SystemDocument } from './system-document.ts';
import type { SystemMeta } from './system-meta.ts';
import { formatChineseDate } from '../../core/format.ts';

type Role = keyof typeof FONTS;

function font(role: Role) {
	return {
		eastAsia: FONTS[role],
		ascii: FONTS.latin,
		hAnsi: FONTS.latin,
		cs: FONTS.latin,
		hint: 'eastAsia',
	};
}

function run(text: string, role: Role, size: number = SIZES.body) {
	// Body lines are tightened by CHARACTER_TIGHTENING so that 28 characters fill the 156 mm line.
	const characterSpacing = size === SIZES.body ? -CHARACTER_TIGHTENING : 0;
	return new TextRun({ text, font: font(role), size, characterSpacing });
}

function runs(parts: readonly Inline[], role: Role, values: BlankValues): TextRun[] {
	// A blank is a run of its own, so that the text stays one searchable piece in Word.
	return parts.map((part) =>
		run(part.type === 'blank' ? fillBlanks(inlineText([part]), values) : part.text, role),
	);
}

const exactLines = { line: LINE_PITCH, lineRule: LineRuleType.EXACT } as const;
const bodyIndent = { firstLine: FIRST_LINE_INDENT, firstLineChars: 200 } as const;

function bodyParagraph(children: TextRun[]): Paragraph {
	return new Paragraph({
		children,
		alignment: AlignmentType.BOTH,
		indent: bodyIndent,
		spacing: exactLines,
	});
}

function blockParagraphs(block: SystemBlock, values: BlankValues): Paragraph[] {
	switch (block.type) {
		case 'heading':
			return [
				bodyParagraph(runs(block.content, block.level === 1 ? 'heading' : 'subheading', values)),
			];
		case 'paragraph':
			return [
				bodyParagraph([
					...runs(block.lead, block.leadStyle ?? 'body', values),
					...runs(block.content, 'body', values),
				]),
			];
		case 'list':
			return block.items.map((item) =>
				bodyParagraph([
					...(item.marker ? [run(item.marker, 'body')] : []),
					...runs(item.content, 'body', values),
				]),
			);
	}
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
	return new Footer({
		children: [
			new Paragraph({
				alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
				indent:
					side === 'odd' ? { right: PAGE_NUMBER.sideIndent } : { left: PAGE_NUMBER.sideIndent },
				spacing: { line: SIZES.pageNumber * 10, lineRule: LineRuleType.EXACT },
				children: [
					new TextRun({
						children: ['— ', PageNumber.CURRENT, ' —'],
						font: font('pageNumber'),
						size: SIZES.pageNumber,
					}),
				],
			}),
		],
	});
}

/**
 * The Word document of a template. `values` fills blanks that have a value; the others stay as
 * 【名称】 for the reader to fill in Word.
 */
export function systemDocx(
	meta: SystemMeta,
	document: SystemDocument,
	values: BlankValues = {},
): Document {
	const blank = () => bodyParagraph([run('', 'body')]);
	return new Document({
		title: meta.title,
		creator: meta.issuer,
		lastModifiedBy: meta.issuer,
		evenAndOddHeaderAndFooters: true,
		styles: {
			default: {
				document: {
					run: { font: font('body'), size: SIZES.body },
					paragraph: { spacing: exactLines },
				},
			},
		},
		sections: [
			{
				properties: {
					page: {
						size: PAGE,
						margin: { ...MARGINS, header: 851, footer: PAGE_NUMBER.footerDistance, gutter: 0 },
					},
					grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
				},
				footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
				children: [
					new Paragraph({
						alignment: AlignmentType.CENTER,
						spacing: exactLines,
						children: [run(fillBlanks(meta.title, values), 'title', SIZES.title)],
					}),
					blank(),
					...document.blocks.flatMap((block) => blockParagraphs(block, values)),
					blank(),
					...[meta.issuer, formatChineseDate(meta.effective)].map(
						(line) =>
							new Paragraph({
								alignment: AlignmentType.RIGHT,
								indent: { right: FIRST_LINE_INDENT },
								spacing: exactLines,
								children: [run(line, 'body')],
							}),
					),
				],
			},
		],
	});
}

/** The .docx file of a template, as bytes. */
export async function systemDocxBytes(
	meta: SystemMeta,
	document: SystemDocument,
	values: BlankValues = {},
): Promise<Uint8Array<ArrayBuffer>> {
	return new Uint8Array(await Packer.toArrayBuffer(systemDocx(meta, document, values)));
}

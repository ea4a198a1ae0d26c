/**
 * Builds a regulation template as a Word document in GB/T 9704-2012 format with the `docx`
 * package: A4, the standard margins and line grid, 小标宋 title, 仿宋 body, 黑体/楷体 headings,
 * page numbers `— 1 —` outside on odd and even pages.
 *
 * Every paragraph has a real style (Title, Heading 1–3, Body Text, Signature, Date) that holds
 * its font, so Word's navigation pane and WPS's outline show the sections, and an editor who
 * changes a style changes the whole document. The font table names a stand-in for every font.
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
	type IRunStylePropertiesOptions,
} from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { fillBlanks, type BlankValues, type Inline } from './blanks.ts';
import {
	BODY_CHARACTER,
	CHARACTER_TIGHTENING,
	FIRST_LINE_INDENT,
	FONT_TABLE,
	FONTS,
	LINE_PITCH,
	MARGINS,
	PAGE,
	PAGE_NUMBER,
	SIZES,
	signatureLayout,
	type FontTableEntry,
} from './official-format.ts';
import { inlineText, type SystemBlock, type SystemDocument } from './system-document.ts';
import type { SystemMeta } from './system-meta.ts';
import { formatChineseDate } from '../../core/format.ts';

type Role = keyof typeof FONTS;

/** The style ids, as Word names its built-in styles, so Word and WPS treat them as their own. */
export const STYLE_IDS = {
	title: 'Title',
	heading1: 'Heading1',
	heading2: 'Heading2',
	heading3: 'Heading3',
	body: 'BodyText',
	signature: 'Signature',
	date: 'Date',
} as const;

function font(role: Role) {
	return {
		eastAsia: FONTS[role],
		ascii: FONTS.latin,
		hAnsi: FONTS.latin,
		cs: FONTS.latin,
		hint: 'eastAsia',
	};
}

/** Run formatting of a style: its font at 3号, body characters 0.25 pt closer (28 to the line). */
function styleRun(role: Role, size: number = SIZES.body): IRunStylePropertiesOptions {
	return {
		font: font(role),
		size,
		bold: false,
		color: '000000',
		characterSpacing: size === SIZES.body ? -CHARACTER_TIGHTENING : 0,
	};
}

const exactLines = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;
const bodyIndent = { firstLine: FIRST_LINE_INDENT, firstLineChars: 200 } as const;
const bodyParagraph = {
	alignment: AlignmentType.BOTH,
	indent: bodyIndent,
	spacing: exactLines,
} as const;

/** A heading style: the body's layout, its own face, an outline level, kept with what follows. */
function headingStyle(name: string, role: Role, outlineLevel: number) {
	return {
		name,
		basedOn: 'Normal',
		next: STYLE_IDS.body,
		quickFormat: true,
		run: styleRun(role),
		paragraph: { ...bodyParagraph, outlineLevel, keepNext: true },
	};
}

function runs(parts: readonly Inline[], values: BlankValues, role?: Role): TextRun[] {
	// A blank is a run of its own, so that the text stays one searchable piece in Word. A run-in
	// heading's lead takes its heading's face over the paragraph's.
	return parts.map(
		(part) =>
			new TextRun({
				text: part.type === 'blank' ? fillBlanks(inlineText([part]), values) : part.text,
				...(role && { font: font(role) }),
			}),
	);
}

function styled(style: string, children: TextRun[]): Paragraph {
	// No widow and orphan control: every line of the 22-line grid is filled, as official documents
	// are set; only a heading moves on to stay with its text.
	return new Paragraph({ style, children, widowControl: false });
}

function blockParagraphs(block: SystemBlock, values: BlankValues): Paragraph[] {
	switch (block.type) {
		case 'heading':
			return [
				styled(
					block.level === 1 ? STYLE_IDS.heading1 : STYLE_IDS.heading2,
					runs(block.content, values),
				),
			];
		case 'paragraph':
			return [
				styled(STYLE_IDS.body, [
					...runs(block.lead, values, block.leadStyle),
					...runs(block.content, values),
				]),
			];
		case 'list':
			return block.items.map((item) =>
				styled(STYLE_IDS.body, [
					...(item.marker ? [new TextRun(item.marker)] : []),
					...runs(item.content, values),
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
	const date = formatChineseDate(meta.effective);
	const signature = signatureLayout(meta.issuer, date);
	return new Document({
		title: meta.title,
		creator: meta.issuer,
		lastModifiedBy: meta.issuer,
		evenAndOddHeaderAndFooters: true,
		styles: {
			default: {
				document: {
					run: { font: font('body'), size: SIZES.body, language: { eastAsia: 'zh-CN' } },
					paragraph: { spacing: exactLines },
				},
				title: {
					name: 'Title',
					basedOn: 'Normal',
					next: STYLE_IDS.body,
					quickFormat: true,
					run: styleRun('title', SIZES.title),
					paragraph: { alignment: AlignmentType.CENTER, spacing: exactLines },
				},
				// Outline levels count from 0: 一、 sections, （一） sub-headings, 1. items' level.
				heading1: headingStyle('heading 1', 'heading', 0),
				heading2: headingStyle('heading 2', 'subheading', 1),
				heading3: headingStyle('heading 3', 'body', 2),
			},
			paragraphStyles: [
				{
					id: STYLE_IDS.body,
					name: 'Body Text',
					basedOn: 'Normal',
					quickFormat: true,
					run: styleRun('body'),
					paragraph: bodyParagraph,
				},
				{
					id: STYLE_IDS.signature,
					name: 'Signature',
					basedOn: 'Normal',
					next: STYLE_IDS.date,
					run: styleRun('body'),
					paragraph: { alignment: AlignmentType.RIGHT, spacing: exactLines },
				},
				{
					// Starts where the signature layout puts it (a left indent), not at the right edge.
					id: STYLE_IDS.date,
					name: 'Date',
					basedOn: 'Normal',
					run: styleRun('body'),
					paragraph: { alignment: AlignmentType.LEFT, spacing: exactLines },
				},
			],
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
						style: STYLE_IDS.title,
						children: [new TextRun(fillBlanks(meta.title, values))],
					}),
					// One blank line under the title, and one above the signature (GB/T 9704, 7.3.5).
					styled(STYLE_IDS.body, []),
					...document.blocks.flatMap((block) => blockParagraphs(block, values)),
					styled(STYLE_IDS.body, []),
					new Paragraph({
						style: STYLE_IDS.signature,
						indent: { right: signature.issuerRight * BODY_CHARACTER },
						children: [new TextRun(meta.issuer)],
					}),
					new Paragraph({
						style: STYLE_IDS.date,
						indent: { left: Math.round(signature.dateStart * BODY_CHARACTER) },
						children: [new TextRun(date)],
					}),
				],
			},
		],
	});
}

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const W_NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const xmlAttribute = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function fontXml(entry: FontTableEntry): string {
	const { signature } = entry;
	return [
		`<w:font w:name="${xmlAttribute(entry.name)}">`,
		entry.altName ? `<w:altName w:val="${xmlAttribute(entry.altName)}"/>` : '',
		`<w:panose1 w:val="${entry.panose}"/>`,
		`<w:charset w:val="${entry.charset}"/>`,
		`<w:family w:val="${entry.family}"/>`,
		`<w:pitch w:val="${entry.pitch}"/>`,
		`<w:sig w:usb0="${signature.usb0}" w:usb1="${signature.usb1}" w:usb2="${signature.usb2}" w:usb3="${signature.usb3}" w:csb0="${signature.csb0}" w:csb1="${signature.csb1}"/>`,
		'</w:font>',
	].join('');
}

/** `word/fontTable.xml` with an entry for every font the document names. */
export function fontTableXml(entries: readonly FontTableEntry[] = FONT_TABLE): string {
	return `${XML_HEADER}<w:fonts xmlns:w="${W_NAMESPACE}">${entries.map(fontXml).join('')}</w:fonts>`;
}

/**
 * What the `docx` package cannot write, set in its output: the font table (it writes entries for
 * embedded fonts only), and the title kept off the line grid, since a stand-in title face taller
 * than the 28.95 pt line would otherwise take two grid lines in LibreOffice and push a line of
 * body text off page 1.
 */
function finishedStyles(styles: string): string {
	// Before <w:spacing>, where the schema's order of paragraph properties puts it.
	const titleSpacing =
		/(<w:style w:type="paragraph" w:styleId="Title">(?:(?!<\/w:style>).)*?<w:pPr>(?:(?!<\/w:pPr>).)*?)(<w:spacing )/s;
	if (!titleSpacing.test(styles)) throw new Error('The Title style has no line spacing.');
	return styles.replace(titleSpacing, '$1<w:snapToGrid w:val="0"/>$2');
}

/**
 * The parts every template's package shares, written in place of the `docx` package's own. The
 * styles are the same for every template (they come from the format, not the text), so they are
 * finished once per build from the first package: unzipping and zipping each package again took
 * a third of a template's time.
 */
let sharedParts: Promise<{ path: string; data: string }[]> | undefined;
function sharedPackageParts(document: Document): Promise<{ path: string; data: string }[]> {
	sharedParts ??= Packer.toArrayBuffer(document).then((bytes) => {
		const styles = unzipSync(new Uint8Array(bytes), {
			filter: (file) => file.name === 'word/styles.xml',
		})['word/styles.xml'];
		return [
			{ path: 'word/styles.xml', data: finishedStyles(strFromU8(styles!)) },
			{ path: 'word/fontTable.xml', data: fontTableXml() },
		];
	});
	return sharedParts;
}

/** The .docx file of a template, as bytes. */
export async function systemDocxBytes(
	meta: SystemMeta,
	document: SystemDocument,
	values: BlankValues = {},
): Promise<Uint8Array<ArrayBuffer>> {
	const doc = systemDocx(meta, document, values);
	return new Uint8Array(await Packer.toArrayBuffer(doc, false, await sharedPackageParts(doc)));
}

/**
 * The page and type of GB/T 9704-2012 (党政机关公文格式), in the units the .docx needs. The print
 * stylesheet (`components/official-print.css`) states the same geometry in millimetres and
 * points; the site tests print a page and measure it against these numbers.
 */

const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips (1/20 pt), rounded. */
export function mmToTwips(mm: number): number {
	return Math.round(mm * TWIPS_PER_MM);
}

/** A4 portrait in twips. */
export const PAGE = { width: 11906, height: 16838 } as const;

/** Margins (天头 37 mm, 订口 28 mm, 翻口 26 mm, 下白边 35 mm) in twips. */
export const MARGINS = { top: 2098, bottom: 1984, left: 1588, right: 1474 } as const;

/** The text block (版心): 156 × 225 mm, 22 lines of 28 characters. */
export const TEXT_BLOCK = {
	widthMm: 156,
	heightMm: 225,
	lines: 22,
	charactersPerLine: 28,
} as const;

/** Exact line pitch in twips so that 22 lines fill the 225 mm text block (12 756 / 22 ≈ 579). */
export const LINE_PITCH = Math.floor(mmToTwips(TEXT_BLOCK.heightMm) / TEXT_BLOCK.lines);

/** Font sizes in half-points: title 2号 (22 pt), body 3号 (16 pt), page number 4号 (14 pt). */
export const SIZES = { title: 44, body: 32, pageNumber: 28 } as const;

/**
 * How much closer body characters sit, in twips: 156 mm holds 28 characters only at 15.8 pt
 * pitch or less, so a 16 pt character gives up 0.25 pt (Word's own 公文 templates use the
 * character grid for this, which LibreOffice does not read alike).
 */
export const CHARACTER_TIGHTENING = 5;

/** One body character as set, 16 pt less the tightening, in twips: 28 of them fill the line. */
export const BODY_CHARACTER = SIZES.body * 10 - CHARACTER_TIGHTENING;

/** First-line indent of two body characters (2 × 16 pt), in twips. */
export const FIRST_LINE_INDENT = 2 * SIZES.body * 10;

/** The page number sits 7 mm below the text block, one 4号 character in from the edge. */
export const PAGE_NUMBER = {
	belowTextBlockMm: 7,
	/** Distance of the footer's baseline box from the page's bottom edge, in twips. */
	footerDistance: mmToTwips(35 - 7) - SIZES.pageNumber * 10,
	sideIndent: SIZES.pageNumber * 10,
} as const;

/**
 * East-Asian fonts by role, named as government PCs install them. Windows, macOS and Linux
 * stand-ins are in the print stylesheet; a .docx can name only one font per role.
 */
export const FONTS = {
	title: '方正小标宋简体',
	body: '仿宋_GB2312',
	heading: '黑体',
	subheading: '楷体_GB2312',
	pageNumber: '宋体',
	latin: 'Times New Roman',
} as const;

/** One entry of the .docx font table: what Word and WPS use to find a stand-in for a missing font. */
export interface FontTableEntry {
	name: string;
	/** The font a Windows PC without `name` most likely has that looks like it. */
	altName?: string;
	/** PANOSE classification, 10 bytes in hex. */
	panose: string;
	/** Windows character set: 86 is GB2312 (Simplified Chinese), 00 is ANSI. */
	charset: '86' | '00';
	/** roman (with serifs: 宋, 仿宋), swiss (without: 黑), script (brush: 楷). */
	family: 'roman' | 'swiss' | 'script' | 'modern' | 'auto';
	pitch: 'fixed' | 'variable';
	/** Unicode ranges and code pages the font covers (`w:sig`): CJK and GB2312 for the Chinese ones. */
	signature: { usb0: string; usb1: string; usb2: string; usb3: string; csb0: string; csb1: string };
}

const CJK_SIGNATURE = {
	usb0: '00000003',
	usb1: '288F0000',
	usb2: '00000016',
	usb3: '00000000',
	csb0: '00040001',
	csb1: '00000000',
} as const;

/**
 * The .docx font table: every font the document names, with an alternate name, PANOSE class,
 * character set, family and pitch, so that Word and WPS on a PC without the GB2312 fonts set the
 * title, body and headings in a 宋, 仿宋, 黑 and 楷 face rather than one default face.
 * (LibreOffice reads none of these; on Linux its stand-ins come from fontconfig, for which
 * `deploy/fontconfig/` has the matching rules.)
 */
export const FONT_TABLE: readonly FontTableEntry[] = [
	{
		name: FONTS.title,
		altName: '宋体',
		panose: '02010600030101010101',
		charset: '86',
		family: 'roman',
		pitch: 'variable',
		signature: CJK_SIGNATURE,
	},
	{
		name: FONTS.body,
		altName: '仿宋',
		panose: '02010609060101010101',
		charset: '86',
		family: 'roman',
		pitch: 'variable',
		signature: CJK_SIGNATURE,
	},
	{
		name: FONTS.heading,
		altName: 'SimHei',
		panose: '02010609060101010101',
		charset: '86',
		family: 'swiss',
		pitch: 'variable',
		signature: CJK_SIGNATURE,
	},
	{
		name: FONTS.subheading,
		altName: '楷体',
		panose: '02010609060101010101',
		charset: '86',
		family: 'script',
		pitch: 'variable',
		signature: CJK_SIGNATURE,
	},
	{
		name: FONTS.pageNumber,
		altName: 'SimSun',
		panose: '02010600030101010101',
		charset: '86',
		family: 'roman',
		pitch: 'variable',
		signature: CJK_SIGNATURE,
	},
	{
		name: FONTS.latin,
		panose: '02020603050405020304',
		charset: '00',
		family: 'roman',
		pitch: 'variable',
		signature: {
			usb0: 'E0002EFF',
			usb1: 'C000785B',
			usb2: '00000009',
			usb3: '00000000',
			csb0: '000001FF',
			csb1: '00000000',
		},
	},
];

/**
 * How wide a line of body text is, in characters: a Chinese character or full-width mark is
 * one, a Latin letter or digit (Times New Roman) about half.
 */
export function textWidthInCharacters(text: string): number {
	let width = 0;
	for (const character of text) width += character.codePointAt(0)! < 0x100 ? 0.5 : 1;
	return width;
}

/**
 * Where the signature (发文机关署名) and the date (成文日期) stand (GB/T 9704-2012, 7.3.5.2, a
 * document without a seal): the issuer 右空二字; the date on the next line, its first character
 * two characters right of the issuer's first; when the date is the longer, the date 右空二字 and
 * the issuer moves left to keep that offset. In characters: the issuer's space on the right and
 * where the date starts from the left end of the 28-character line. Starting the date at a
 * place rather than aligning its end keeps it right however wide a stand-in font sets digits.
 */
export function signatureLayout(
	issuer: string,
	date: string,
): { issuerRight: number; dateStart: number } {
	const line = TEXT_BLOCK.charactersPerLine;
	const issuerWidth = textWidthInCharacters(issuer);
	const dateWidth = textWidthInCharacters(date);
	const issuerRight = Math.max(2, dateWidth - issuerWidth + 4);
	return { issuerRight, dateStart: line - issuerRight - issuerWidth + 2 };
}

/** `— 3 —`, the way a page number is printed. */
export function pageNumberText(page: number | string): string {
	return `— ${page} —`;
}

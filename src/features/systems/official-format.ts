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

/** `— 3 —`, the way a page number is printed. */
export function pageNumberText(page: number | string): string {
	return `— ${page} —`;
}

/** Reading PDFs with poppler-utils (`pdfinfo`, `pdftotext`), as the template tests do. */
import { execFileSync } from 'node:child_process';

/** Page size in points from `pdfinfo`, and the page count. */
export function pdfInfo(file: string): { pages: number; width: number; height: number } {
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
	return {
		pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
		width: Number(size?.[1]),
		height: Number(size?.[2]),
	};
}

/** The text of a PDF with all white space removed, so wrapped lines still match. */
export function pdfTextCompact(file: string): string {
	return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

export interface PdfWord {
	page: number;
	text: string;
	xMin: number;
	yMin: number;
	xMax: number;
	yMax: number;
}

/** Every word of a PDF with its box in points from the top left (`pdftotext -bbox`). */
export function pdfWords(file: string): PdfWord[] {
	const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
	const words: PdfWord[] = [];
	html
		.split('<page ')
		.slice(1)
		.forEach((page, index) => {
			for (const match of page.matchAll(
				/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
			)) {
				words.push({
					page: index + 1,
					xMin: Number(match[1]),
					yMin: Number(match[2]),
					xMax: Number(match[3]),
					yMax: Number(match[4]),
					text: match[5] ?? '',
				});
			}
		});
	return words;
}

/** Millimetres in PDF points. */
export const mm = (value: number) => (value * 72) / 25.4;

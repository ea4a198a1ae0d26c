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

/** A run of text in a PDF with its place in points and its font (`pdftohtml -xml`). */
export interface PdfTextRun {
	page: number;
	top: number;
	left: number;
	width: number;
	height: number;
	/** The font's family, without the subset prefix, e.g. `UMingCN`. */
	font: string;
	text: string;
}

/** Every text run of a PDF and its outline (bookmarks) as `pdftohtml -xml` reads them. */
export function pdfLayout(file: string): { runs: PdfTextRun[]; outline: string[] } {
	const xml = execFileSync('pdftohtml', ['-xml', '-i', '-zoom', '1', '-stdout', file], {
		encoding: 'utf8',
	});
	const fonts = new Map(
		[...xml.matchAll(/<fontspec id="(\d+)"[^>]*family="(?:[A-Z]{6}\+)?([^"]+)"/g)].map((match) => [
			match[1]!,
			match[2]!,
		]),
	);
	const runs: PdfTextRun[] = [];
	xml
		.split('<page ')
		.slice(1)
		.forEach((page, index) => {
			for (const match of page.matchAll(
				/<text top="(-?\d+)" left="(-?\d+)" width="(\d+)" height="(\d+)" font="(\d+)">(.*?)<\/text>/g,
			)) {
				runs.push({
					page: index + 1,
					top: Number(match[1]),
					left: Number(match[2]),
					width: Number(match[3]),
					height: Number(match[4]),
					font: fonts.get(match[5]!) ?? '',
					text: (match[6] ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'),
				});
			}
		});
	const outline = [...xml.matchAll(/<item page="\d+">(.*?)<\/item>/g)].map((match) =>
		(match[1] ?? '').replace(/&amp;/g, '&'),
	);
	return { runs, outline };
}

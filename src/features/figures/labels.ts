/**
 * Width of a text in ems, for laying out SVG labels at build time without a font: Chinese
 * characters and full-width punctuation take a full em, Latin letters and digits about half.
 */
export function textWidthEm(text: string): number {
	let width = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (code >= 0x2e80 || (code >= 0x2010 && code <= 0x201f)) width += 1;
		else if (char === ' ') width += 0.3;
		else width += 0.6;
	}
	return width;
}

/**
 * Breaks a label into lines no wider than `maxEm`. Chinese has no spaces, so it breaks between
 * characters, but never right before closing punctuation or after an opening quote.
 */
export function wrapLabel(text: string, maxEm: number): string[] {
	const lines: string[] = [];
	let line = '';
	const noLineStart = /[，。、：；！？）》”’」』,.:;!?)\]]/;
	const noLineEnd = /[（《“‘「『([]/;
	for (const char of text) {
		const candidate = line + char;
		if (line && textWidthEm(candidate) > maxEm && !noLineStart.test(char)) {
			const last = [...line].at(-1) ?? '';
			if (noLineEnd.test(last) && line.length > 1) {
				lines.push([...line].slice(0, -1).join(''));
				line = last + char;
			} else {
				lines.push(line);
				line = char;
			}
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}

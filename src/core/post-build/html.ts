import { Parser } from 'htmlparser2';

/** One element of interest in a page: its tag and attributes. */
export interface HtmlElement {
	tag: string;
	attributes: Record<string, string>;
}

/** What the post-build checks need from a page: its elements, ids and inline style text. */
export interface ParsedPage {
	elements: HtmlElement[];
	ids: Set<string>;
	styleText: string[];
}

/** Parses a built page once for every check that reads it. */
export function parsePage(html: string): ParsedPage {
	const elements: HtmlElement[] = [];
	const ids = new Set<string>();
	const styleText: string[] = [];
	let inStyle = false;
	const parser = new Parser(
		{
			onopentag(tag, attributes) {
				elements.push({ tag, attributes });
				if (attributes['id']) ids.add(attributes['id']);
				if (tag === 'a' && attributes['name']) ids.add(attributes['name']);
				if (attributes['style']) styleText.push(attributes['style']);
				inStyle = tag === 'style';
			},
			ontext(text) {
				if (inStyle) styleText.push(text);
			},
			onclosetag() {
				inStyle = false;
			},
		},
		{ decodeEntities: true, lowerCaseAttributeNames: true },
	);
	parser.write(html);
	parser.end();
	return { elements, ids, styleText };
}

/** The URLs of a `srcset` attribute. */
export function srcsetUrls(srcset: string): string[] {
	return srcset
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

/**
 * Builds the traditional-to-simplified table of `query-data.ts` at build time from opencc-js's
 * dictionaries (Taiwan and Hong Kong forms, then OpenCC's traditional-to-simplified characters),
 * keeping only the characters whose simplified form the site's pages hold: a query character
 * that converts to anything else could not match anyway.
 */
import * as OpenCC from 'opencc-js';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/** Traditional character → simplified, for the simplified characters in `siteCharacters`. */
export function traditionalTable(siteCharacters: ReadonlySet<string>): Record<string, string> {
	const converters = [
		OpenCC.Converter({ from: 'tw', to: 'cn' }),
		OpenCC.Converter({ from: 'hk', to: 'cn' }),
	];
	const table: Record<string, string> = {};
	const sources = new Set<string>();
	for (const entry of TSCharacters.split('|')) {
		const [from] = entry.split(' ');
		if (from && [...from].length === 1) sources.add(from);
	}
	for (const char of sources) {
		for (const convert of converters) {
			const simplified = convert(char);
			if (simplified !== char && [...simplified].length === 1 && siteCharacters.has(simplified)) {
				table[char] = simplified;
				break;
			}
		}
	}
	return table;
}

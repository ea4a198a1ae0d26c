/**
 * What the search knows about a page besides its text: shown with each result (meta) and offered
 * as filters on the search page. Values are the Chinese labels readers see.
 */
export interface SearchFields {
	/** The kind of page, e.g. 同心实践站, 工作制度, 案例故事. */
	kind: string;
	/** The town or zone the page is about, e.g. 柳林镇. */
	town?: string | undefined;
	/** Fields of work (领域), e.g. 企业, 宗教. */
	domains?: readonly string[] | undefined;
	/** Level, e.g. 省级, 区级. */
	level?: string | undefined;
}

/** The filters of the search page, in the order they are shown, with their Chinese names. */
export const searchFilters = [
	{ key: 'kind', label: '类别' },
	{ key: 'town', label: '镇（园区）' },
	{ key: 'domain', label: '领域' },
	{ key: 'level', label: '级别' },
] as const;

export type SearchFilterKey = (typeof searchFilters)[number]['key'];

// Pagefind reads `key:value`; a comma inside a value would start another pair.
const safe = (value: string) => value.replace(/,/g, '，').trim();

/** One Pagefind attribute value per pair, leaving out empty values. */
function pairs(entries: [string, string | undefined][]): string[] {
	return entries
		.filter((entry): entry is [string, string] => Boolean(entry[1]?.trim()))
		.map(([key, value]) => `${key}:${safe(value)}`);
}

/**
 * The Pagefind attributes for a page's fields, one `key:value` per element (Pagefind takes one
 * value per key per element, and lists of pairs in one attribute do not survive its parsing of
 * Chinese values): meta shown with each result, and filters.
 */
export function pagefindAttributes(fields: SearchFields) {
	return {
		meta: pairs([
			['kind', fields.kind],
			['town', fields.town],
		]),
		filters: pairs([
			['kind', fields.kind],
			['town', fields.town],
			['level', fields.level],
			...[...new Set(fields.domains ?? [])].map((domain): [string, string] => ['domain', domain]),
		]),
	};
}

/**
 * What the portal's search page knows before Pagefind loads: the indexes to merge and how to tell
 * which district a result belongs to. Pure, shared by the page (at build) and its script.
 */
import type { MergedIndex } from '../search/search-engine.ts';
import { cleanBase, type PortalModel } from './portal-model.ts';

/** The filter every merged district index gets, and the portal's own district pages carry. */
export const DISTRICT_FILTER = 'district';

/** The portal search's filters, in the order shown; only `district` has its values at build. */
export const portalSearchFilters = [
	{ key: DISTRICT_FILTER, label: '区县' },
	{ key: 'kind', label: '类别' },
	{ key: 'domain', label: '领域' },
	{ key: 'level', label: '级别' },
] as const;

/** A district as the search page's script sees it. */
export interface SearchDistrict {
	name: string;
	base: string;
}

/** The district indexes to merge into the portal's, each with its district filter. */
export function mergedIndexes(model: Pick<PortalModel, 'districts'>): MergedIndex[] {
	return model.districts.flatMap((district) =>
		district.searchIndex
			? [{ path: district.searchIndex, filters: { [DISTRICT_FILTER]: district.name } }]
			: [],
	);
}

/**
 * The indexes a search with these filters needs: the chosen district's only, or every one. A
 * reader who chooses a district first (or comes from a district's page) downloads that
 * district's index alone.
 */
export function indexesFor(
	indexes: readonly MergedIndex[],
	filters: Readonly<Record<string, readonly string[]>>,
): MergedIndex[] {
	const wanted = filters[DISTRICT_FILTER] ?? [];
	return wanted.length === 0
		? [...indexes]
		: indexes.filter((index) => wanted.includes(index.filters?.[DISTRICT_FILTER] ?? ''));
}

/** The district a result's address lies in (the longest matching base path), if any. */
export function districtOfUrl(
	url: string,
	districts: readonly SearchDistrict[],
): string | undefined {
	const pathname = new URL(url, 'http://site.invalid').pathname;
	return [...districts]
		.filter((district) => pathname.startsWith(cleanBase(district.base)))
		.sort((a, b) => b.base.length - a.base.length)[0]?.name;
}

/** Filter values in the order the select lists them: most results first, then by name. */
export function orderedValues(counts: Record<string, number>): string[] {
	return Object.entries(counts)
		.sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b, 'zh-Hans-CN'))
		.map(([value]) => value);
}

/**
 * Lists in pages: which entries each page of a list shows, where its pages live
 * (`/centers/`, `/centers/page/2/` …) and the links of its page navigation. Every list page of the
 * site (places, platforms, domains, towns, cases, systems) pages with these, so a district with
 * thousands of sites keeps each page within the page-weight budget.
 */

/**
 * Entries per page. A card of a place or story costs about 0.2 KB of gzipped HTML (picture markup
 * included) and a page's frame about 5 KB, so 24 cards stay far inside the 30 KB HTML budget
 * (`src/features/quality/page-weight.ts`), keep a page to 24 pictures on a phone, and fill whole
 * rows of the one-, two- and three-column card grid.
 */
export const PAGE_SIZE = 24;

/** One page of a list. */
export interface ListPage<T> {
	/** 1 for the first page. */
	number: number;
	/** How many pages the list has (1 for an empty list). */
	count: number;
	items: T[];
	/** Position (from 1) of the page's first and last entry in the whole list; 0 when empty. */
	first: number;
	last: number;
	/** Entries of the whole list. */
	total: number;
}

/** Cuts a list into pages of `size`; an empty list still has its (empty) first page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): ListPage<T>[] {
	if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be ≥ 1, got ${size}`);
	const count = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: count }, (_, index) => {
		const slice = items.slice(index * size, (index + 1) * size);
		return {
			number: index + 1,
			count,
			items: slice,
			first: slice.length > 0 ? index * size + 1 : 0,
			last: index * size + slice.length,
			total: items.length,
		};
	});
}

/** The page (from 1) on which the entry at `index` (from 0) of a list appears. */
export function pageOfIndex(index: number, size = PAGE_SIZE): number {
	return Math.floor(Math.max(0, index) / size) + 1;
}

/**
 * The value of a list route's rest parameter (`[...page].astro`) for page `number`: none for the
 * first page, which lives at the list's own address, and `page/<n>` after it.
 */
export function pageParam(number: number): string | undefined {
	return number <= 1 ? undefined : `page/${number}`;
}

/** The site path of page `number` of the list at `listPath` (which ends with a slash). */
export function pagePath(listPath: string, number: number): string {
	const param = pageParam(number);
	return param === undefined ? listPath : `${listPath}${param}/`;
}

/**
 * Astro's static paths of a list: one per page, with the page as its prop. `params` are the
 * route's other parameters (such as `{ slug: 'religion' }`).
 */
export function pagedPaths<T, P extends Record<string, string>, Extra extends object>(
	items: readonly T[],
	params: P,
	extra: Extra,
	size = PAGE_SIZE,
) {
	return paginate(items, size).map((page) => ({
		params: { ...params, page: pageParam(page.number) },
		props: { ...extra, page },
	}));
}

/** One link of a pagination: a page, or a gap standing for the pages left out. */
export type PaginationItem =
	{ kind: 'page'; number: number; href: string; current: boolean } | { kind: 'gap' };

/** What the pagination navigation under a list shows; undefined for a list of one page. */
export interface PaginationNav {
	/** 第 2 页，共 5 页 */
	status: string;
	previous?: string | undefined;
	next?: string | undefined;
	items: PaginationItem[];
}

/**
 * The navigation of page `number` of `count`: previous and next, the first and last page, and
 * the pages within `around` of the current one, with gaps between (1 … 4 5 6 … 54), so that a
 * list of hundreds of pages still fits a 320 px screen in a few lines.
 */
export function paginationNav(
	listPath: string,
	number: number,
	count: number,
	around = 2,
): PaginationNav | undefined {
	if (count <= 1) return undefined;
	const shown = new Set([1, count]);
	for (let n = number - around; n <= number + around; n++) if (n >= 1 && n <= count) shown.add(n);
	const numbers = [...shown].sort((a, b) => a - b);
	const items: PaginationItem[] = [];
	numbers.forEach((n, index) => {
		const previous = numbers[index - 1];
		if (previous !== undefined && n - previous > 1) {
			// A gap of one page is shown as that page: a link is as short as the ellipsis.
			if (n - previous === 2) items.push(pageItem(listPath, n - 1, number));
			else items.push({ kind: 'gap' });
		}
		items.push(pageItem(listPath, n, number));
	});
	return {
		status: `第 ${number} 页，共 ${count} 页`,
		previous: number > 1 ? pagePath(listPath, number - 1) : undefined,
		next: number < count ? pagePath(listPath, number + 1) : undefined,
		items,
	};
}

function pageItem(listPath: string, n: number, current: number): PaginationItem {
	return { kind: 'page', number: n, href: pagePath(listPath, n), current: n === current };
}

/** The title of page `number` of a list: the list's own title, then 第 n 页 after the first. */
export function pagedTitle(title: string, number: number): string {
	return number <= 1 ? title : `${title}（第 ${number} 页）`;
}

/** Words saying which entries a page shows, e.g. 第 25–48 个，共 130 个; '' for one page. */
export function pageRange(page: ListPage<unknown>, unit: string): string {
	if (page.count <= 1) return '';
	return `本页为第 ${page.first}–${page.last} ${unit}，共 ${page.total} ${unit}。`;
}

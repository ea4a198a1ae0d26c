import { describe, expect, it } from 'vitest';
import {
	pagedPaths,
	pagedTitle,
	pageOfIndex,
	pageParam,
	pagePath,
	pageRange,
	paginate,
	paginationNav,
	PAGE_SIZE,
} from '../../../src/core/pagination.ts';
import { cappedLinkList } from '../../../src/core/link-items.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, index) => index + 1);

describe('paginate', () => {
	it('cuts a list into pages of the given size, the last one shorter, keeping every entry once', () => {
		const pages = paginate(numbers(50), 24);
		expect(pages.map((page) => page.items.length)).toEqual([24, 24, 2]);
		expect(pages.flatMap((page) => page.items)).toEqual(numbers(50));
		expect(pages[1]).toMatchObject({ number: 2, count: 3, first: 25, last: 48, total: 50 });
		expect(pages[2]).toMatchObject({ first: 49, last: 50 });
	});

	it('gives an empty list one empty page, and a list of exactly one page one page', () => {
		expect(paginate([])).toEqual([{ number: 1, count: 1, items: [], first: 0, last: 0, total: 0 }]);
		expect(paginate(numbers(PAGE_SIZE))).toHaveLength(1);
		expect(paginate(numbers(PAGE_SIZE + 1))).toHaveLength(2);
	});

	it('refuses a page size that is not a positive whole number', () => {
		expect(() => paginate([1], 0)).toThrow(/page size/);
		expect(() => paginate([1], 2.5)).toThrow(/page size/);
	});

	it('finds the page of an entry', () => {
		expect(pageOfIndex(0, 24)).toBe(1);
		expect(pageOfIndex(23, 24)).toBe(1);
		expect(pageOfIndex(24, 24)).toBe(2);
	});
});

describe('page addresses', () => {
	it('keeps the first page at the list’s address and puts the others under page/<n>/', () => {
		expect(pageParam(1)).toBeUndefined();
		expect(pageParam(3)).toBe('page/3');
		expect(pagePath('/centers/', 1)).toBe('/centers/');
		expect(pagePath('/domains/religion/', 2)).toBe('/domains/religion/page/2/');
	});

	it('makes one static path per page, with the route’s other parameters and the page as props', () => {
		const paths = pagedPaths(numbers(30), { slug: 'religion' }, { extra: true }, 24);
		expect(paths.map((path) => path.params)).toEqual([
			{ slug: 'religion', page: undefined },
			{ slug: 'religion', page: 'page/2' },
		]);
		expect(paths[1]?.props.page.items).toEqual([25, 26, 27, 28, 29, 30]);
		expect(paths[0]?.props.extra).toBe(true);
	});
});

describe('paginationNav', () => {
	const numbersOf = (nav: ReturnType<typeof paginationNav>) =>
		nav?.items.map((item) => (item.kind === 'gap' ? '…' : item.number));

	it('shows nothing for a list of one page', () => {
		expect(paginationNav('/centers/', 1, 1)).toBeUndefined();
	});

	it('links previous and next, and marks the current page', () => {
		const nav = paginationNav('/centers/', 2, 3)!;
		expect(nav.previous).toBe('/centers/');
		expect(nav.next).toBe('/centers/page/3/');
		expect(nav.status).toBe('第 2 页，共 3 页');
		expect(nav.items.filter((item) => item.kind === 'page' && item.current)).toEqual([
			{ kind: 'page', number: 2, href: '/centers/page/2/', current: true },
		]);
	});

	it('has no previous link on the first page and no next link on the last', () => {
		expect(paginationNav('/cases/', 1, 4)?.previous).toBeUndefined();
		expect(paginationNav('/cases/', 4, 4)?.next).toBeUndefined();
	});

	it('keeps a long list short: the first, the last and two either side, with gaps', () => {
		expect(numbersOf(paginationNav('/centers/', 27, 54))).toEqual([
			1,
			'…',
			25,
			26,
			27,
			28,
			29,
			'…',
			54,
		]);
		expect(numbersOf(paginationNav('/centers/', 1, 54))).toEqual([1, 2, 3, '…', 54]);
		// A gap of one page shows that page instead of an ellipsis.
		expect(numbersOf(paginationNav('/centers/', 4, 7))).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});
});

describe('page words', () => {
	it('names the page in the title after the first', () => {
		expect(pagedTitle('同心实践站', 1)).toBe('同心实践站');
		expect(pagedTitle('同心实践站', 3)).toBe('同心实践站（第 3 页）');
	});

	it('says which entries a page shows, only when there are several pages', () => {
		const [, second] = paginate(numbers(30), 24);
		expect(pageRange(second!, '个')).toBe('本页为第 25–30 个，共 30 个。');
		expect(pageRange(paginate(numbers(3))[0]!, '个')).toBe('');
	});
});

describe('capped lists', () => {
	it('keeps a short link list whole and cuts a long one, linking to the whole list', () => {
		const items = numbers(31).map((n) => ({ href: `/cases/${n}/`, label: `案例${n}` }));
		const more = { href: '/cases/domain/religion/', label: '查看全部' };
		expect(cappedLinkList('案例故事', items.slice(0, 30), more)).toEqual({
			heading: '案例故事',
			items: items.slice(0, 30),
		});
		const capped = cappedLinkList('案例故事', items, more);
		expect(capped.items).toHaveLength(30);
		expect(capped).toMatchObject({ total: 31, more });
	});
});

/**
 * The portal's search page in the browser: the district site's search (`SiteSearch` over
 * Pagefind, the same query matching, excerpts and status lines) over the portal's own index with
 * the districts' indexes merged in, each result marked with its district. Reads `?q=` and the
 * filters from the address; Pagefind and the indexes load on the first search, only the chosen
 * district's when a district is chosen.
 */
import { buildExcerpt } from '../../search/excerpt.ts';
import { unspaceHan } from '../../search/han-text.ts';
import type { FilterCounts, PagefindApi, SelectedFilters } from '../../search/pagefind-api.ts';
import { loadQueryData, statusText } from '../../search/client/search-page.ts';
import { PAGE_SIZE } from '../../search/result-list.ts';
import type {
	MergedIndex,
	SearchHit,
	SearchOutcome,
	SiteSearch,
} from '../../search/search-engine.ts';
import {
	DISTRICT_FILTER,
	districtOfUrl,
	indexesFor,
	orderedValues,
	type SearchDistrict,
} from '../portal-search.ts';

/** Wait after the last key press before searching as the reader types. */
const TYPING_PAUSE_MS = 300;

function element<T extends HTMLElement>(id: string): T {
	const found = document.getElementById(id);
	if (!found) throw new Error(`搜索页缺少元素 #${id}`);
	return found as T;
}

export function startPortalSearchPage(): void {
	const form = element<HTMLFormElement>('search-form');
	const input = element<HTMLInputElement>('search-q');
	const status = element<HTMLElement>('search-status');
	const list = element<HTMLOListElement>('search-results');
	const more = element<HTMLButtonElement>('search-more');
	const empty = element<HTMLElement>('search-empty');
	const template = element<HTMLTemplateElement>('search-result-template');
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];
	const indexes = JSON.parse(form.dataset['indexes'] ?? '[]') as MergedIndex[];
	const districts = JSON.parse(form.dataset['districts'] ?? '[]') as SearchDistrict[];
	const params = new URLSearchParams(location.search);

	/** Picks the value the address asks for, once the select offers it. */
	const restore = (select: HTMLSelectElement) => {
		const wanted = params.get(select.name);
		if (wanted && [...select.options].some((option) => option.value === wanted)) {
			select.value = wanted;
		}
	};

	let pagefind: PagefindApi | undefined;
	let engine: Promise<SiteSearch> | undefined;
	/** The district indexes merged so far (by path). */
	const merged = new Set<string>();
	/**
	 * Loads Pagefind from the portal's `pagefind/` folder once, then merges the district indexes
	 * a search with these filters needs that are not merged yet. The filter lists of all those
	 * indexes are not loaded for the first search (they would be a large part of it); the
	 * district filter is counted without them.
	 */
	async function engineFor(filters: SelectedFilters): Promise<SiteSearch> {
		const needed = indexesFor(indexes, filters).filter((index) => !merged.has(index.path));
		for (const index of needed) merged.add(index.path);
		if (!engine) {
			engine = (async () => {
				const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
				// The engine is a script of its own, loaded with the first search like the index.
				const [module, data, { connectPagefind }] = await Promise.all([
					import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<PagefindApi>,
					loadQueryData(`${base}pagefind/`),
					import('../../search/search-engine.ts'),
				]);
				pagefind = module;
				return connectPagefind(module, {}, { merge: needed, loadFilters: false, data });
			})();
			return engine;
		}
		const search = await engine;
		await search.merge(needed);
		return search;
	}

	const listed = selects.filter((select) => select.name !== DISTRICT_FILTER);
	let lists: Promise<void> | undefined;
	/** Fills the other filters with the districts' values once a reader goes to one of them. */
	function loadFilterLists(): Promise<void> {
		lists ??= (async () => {
			await engineFor({});
			const all = (await pagefind?.filters()) ?? {};
			for (const select of listed) {
				for (const value of orderedValues(all[select.name] ?? {})) {
					select.append(new Option(value, value));
				}
				restore(select);
			}
		})();
		return lists;
	}

	let searchId = 0;
	let shown: SearchHit[] = [];
	let current: SearchOutcome | undefined;
	let typingTimer: ReturnType<typeof setTimeout> | undefined;

	input.value = params.get('q') ?? '';
	for (const select of selects) restore(select);

	function selectedFilters(): SelectedFilters {
		const filters: SelectedFilters = {};
		for (const select of selects) if (select.value) filters[select.name] = [select.value];
		return filters;
	}

	function rememberInAddress(): void {
		const next = new URLSearchParams();
		if (input.value.trim()) next.set('q', input.value.trim());
		for (const select of selects) if (select.value) next.set(select.name, select.value);
		const query = next.toString();
		history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
	}

	/** Counts beside each value; a district whose index is not merged yet gets none. */
	function showCounts(facets: FilterCounts): void {
		const searched = new Set(
			indexes
				.filter((index) => merged.has(index.path))
				.map((index) => index.filters?.[DISTRICT_FILTER]),
		);
		for (const select of selects) {
			const counts = facets[select.name] ?? {};
			for (const option of select.options) {
				if (!option.value) continue;
				const counted = select.name !== DISTRICT_FILTER || searched.has(option.value);
				option.textContent = counted
					? `${option.value}（${counts[option.value] ?? 0}）`
					: option.value;
			}
		}
	}

	async function renderHit(hit: SearchHit, terms: string[]): Promise<HTMLLIElement> {
		const page = await hit.data();
		const item = template.content.firstElementChild?.cloneNode(true) as HTMLLIElement;
		const anchor = item.querySelector('a');
		const meta = item.querySelector('.search-result-meta');
		const excerpt = item.querySelector('.search-result-excerpt');
		if (anchor) {
			anchor.href = page.url;
			anchor.textContent = unspaceHan(page.meta['title'] ?? page.url);
		}
		if (meta) {
			meta.textContent = [districtOfUrl(page.url, districts), page.meta['kind'], page.meta['town']]
				.filter((value): value is string => Boolean(value))
				.map(unspaceHan)
				.join(' · ');
		}
		if (excerpt) {
			for (const part of buildExcerpt(unspaceHan(page.content), terms)) {
				if (part.match) {
					const mark = document.createElement('mark');
					mark.textContent = part.text;
					excerpt.append(mark);
				} else excerpt.append(part.text);
			}
		}
		return item;
	}

	async function showMore(id: number): Promise<void> {
		if (!current) return;
		const next = current.hits.slice(shown.length, shown.length + PAGE_SIZE);
		const items = await Promise.all(
			next.map((hit) => renderHit(hit, (hit.tier === 1 ? current?.phrases : current?.terms) ?? [])),
		);
		if (id !== searchId) return;
		const firstNew = items[0];
		list.append(...items);
		shown = [...shown, ...next];
		more.hidden = shown.length >= current.hits.length;
		if (firstNew && shown.length > PAGE_SIZE) firstNew.querySelector('a')?.focus();
	}

	async function run(): Promise<void> {
		const id = ++searchId;
		const query = input.value.trim();
		rememberInAddress();
		if (!query) {
			current = undefined;
			list.replaceChildren();
			more.hidden = true;
			empty.hidden = true;
			status.textContent = '请输入要查找的词语。';
			return;
		}
		status.textContent = '正在搜索…';
		try {
			const filters = selectedFilters();
			const search = await engineFor(filters);
			const outcome = await search.search(query, filters);
			if (id !== searchId) return;
			current = outcome;
			shown = [];
			list.replaceChildren();
			showCounts(outcome.facets);
			await showMore(id);
			if (id !== searchId) return;
			empty.hidden = outcome.hits.length > 0;
			status.textContent = statusText(query, outcome.hits.length, Object.values(filters).flat(), {
				tier: outcome.tier,
				simplified: outcome.plan.converted ? outcome.plan.query : undefined,
			});
		} catch (error) {
			if (id !== searchId) return;
			console.warn(error);
			status.textContent = '搜索暂时无法使用。请稍后再试，或进入各区县网站按栏目浏览。';
		}
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		void run();
	});
	input.addEventListener('input', () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => void run(), TYPING_PAUSE_MS);
	});
	for (const select of selects) select.addEventListener('change', () => void run());
	for (const select of listed) {
		select.addEventListener('focus', () => {
			if (!lists) void loadFilterLists().then(() => (input.value.trim() ? run() : undefined));
		});
	}
	more.addEventListener('click', () => void showMore(searchId));

	// A filter other than the district's in the address needs its list before the search.
	if (listed.some((select) => params.get(select.name))) void loadFilterLists().then(run);
	else if (input.value.trim()) void run();
}

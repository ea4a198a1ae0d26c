/**
 * The search page in the browser: reads `?q=` and the filters from the address, asks Pagefind
 * through `SiteSearch`, and shows the results. Pagefind's code and index load on the first search.
 */
import { buildExcerpt } from '../excerpt.ts';
import { unspaceHan } from '../han-text.ts';
import type { FilterCounts, PagefindApi, SelectedFilters } from '../pagefind-api.ts';
import { NO_QUERY_DATA, QUERY_DATA_FILE, type QueryData } from '../query-data.ts';
import { PAGE_SIZE, tierHeading, tierNote, type Tier } from '../result-list.ts';
import type { SearchHit, SearchOutcome, SiteSearch } from '../search-engine.ts';
import { searchFilters } from '../search-fields.ts';

/** Wait after the last key press before searching as the reader types. */
const TYPING_PAUSE_MS = 300;

let engine: Promise<SiteSearch> | undefined;

/**
 * The synonyms and the traditional-character table the build wrote beside Pagefind's files (a
 * few KB); a site built without them searches without.
 */
export async function loadQueryData(folder: string): Promise<QueryData> {
	try {
		const response = await fetch(`${folder}${QUERY_DATA_FILE}`);
		return response.ok ? ((await response.json()) as QueryData) : NO_QUERY_DATA;
	} catch {
		return NO_QUERY_DATA;
	}
}

/**
 * The search over the site's own `pagefind/` folder, made once: on the head index when the build
 * wrote one (Pagefind loads only when a search needs every page), on Pagefind otherwise.
 */
function loadEngine(): Promise<SiteSearch> {
	engine ??= (async () => {
		const folder = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
		const load = () => import(/* @vite-ignore */ `${folder}pagefind.js`) as Promise<PagefindApi>;
		// The engine is a script of its own, loaded with the first search like the index.
		const [{ connectPagefind, headFirstSearch }, { HeadIndex }, data] = await Promise.all([
			import('../search-engine.ts'),
			import('../head-index.ts'),
			loadQueryData(folder),
		]);
		return data.heads
			? headFirstSearch(load, new HeadIndex(folder, data.heads), data)
			: connectPagefind(await load(), {}, { data });
	})();
	return engine;
}

function element<T extends HTMLElement>(id: string): T {
	const found = document.getElementById(id);
	if (!found) throw new Error(`搜索页缺少元素 #${id}`);
	return found as T;
}

/**
 * The status line for an outcome, read out by screen readers: the count, the filters, the
 * simplified reading of a query typed in traditional characters, and the best tier found.
 */
export function statusText(
	query: string,
	total: number,
	filterLabels: string[],
	{
		tier,
		simplified,
		atLeast = false,
	}: { tier?: Tier | undefined; simplified?: string | undefined; atLeast?: boolean } = {},
): string {
	const within = filterLabels.length > 0 ? `（筛选：${filterLabels.join('、')}）` : '';
	const read = simplified && simplified !== query ? `（按简体“${simplified}”查找）` : '';
	if (total === 0) return `没有找到与“${query}”相关的内容${read}${within}。`;
	const note = tierNote(tier);
	const count = atLeast ? `${total} 条以上` : `${total} 条`;
	return `找到 ${count}与“${query}”相关的结果${read}${within}。${note}`;
}

/** Writes a hit's title, kind · town line and excerpt into a result item. */
export async function fillResult(
	item: HTMLLIElement,
	hit: SearchHit,
	terms: readonly string[],
	metaParts: (meta: Record<string, string | undefined>, url: string) => (string | undefined)[],
	previousTier: Tier | undefined,
): Promise<HTMLLIElement> {
	const page = await hit.data();
	const anchor = item.querySelector('a');
	const meta = item.querySelector('.search-result-meta');
	const excerpt = item.querySelector('.search-result-excerpt');
	const heading = tierHeading(hit.tier);
	if (heading && hit.tier !== previousTier) {
		const note = document.createElement('p');
		note.className = 'search-tier';
		note.textContent = heading;
		item.prepend(note);
	}
	if (anchor) {
		anchor.href = page.url;
		anchor.textContent = unspaceHan(page.meta['title'] ?? page.url);
	}
	if (meta) {
		meta.textContent = metaParts(page.meta, page.url)
			.filter((value): value is string => Boolean(value))
			.map(unspaceHan)
			.join(' · ');
	}
	if (excerpt) {
		const title = unspaceHan(page.meta['title'] ?? '');
		for (const part of buildExcerpt(unspaceHan(page.content), terms, 80, title)) {
			if (part.match) {
				const mark = document.createElement('mark');
				mark.textContent = part.text;
				excerpt.append(mark);
			} else excerpt.append(part.text);
		}
	}
	return item;
}

/** Lists the suggestions of an outcome that found nothing (closest titles). */
export function showSuggestions(list: HTMLElement, outcome: SearchOutcome | undefined): void {
	const items = (outcome?.suggestions ?? []).map((suggestion) => {
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = suggestion.url;
		link.textContent = suggestion.title;
		item.append(link);
		return item;
	});
	list.replaceChildren(...items);
	const block = list.closest<HTMLElement>('[data-search-suggestions]');
	if (block) block.hidden = items.length === 0;
}

export function startSearchPage(): void {
	const form = element<HTMLFormElement>('search-form');
	const input = element<HTMLInputElement>('search-q');
	const status = element<HTMLElement>('search-status');
	const list = element<HTMLOListElement>('search-results');
	const more = element<HTMLButtonElement>('search-more');
	const empty = element<HTMLElement>('search-empty');
	const template = element<HTMLTemplateElement>('search-result-template');
	const suggestions = element<HTMLUListElement>('search-suggestions');
	const filterBox = element<HTMLDetailsElement>('search-filters');
	const filterSummary = element<HTMLElement>('search-filters-count');
	const selects = searchFilters.map(({ key }) =>
		element<HTMLSelectElement>(`search-filter-${key}`),
	);

	let searchId = 0;
	let shown: SearchHit[] = [];
	let current: SearchOutcome | undefined;
	let typingTimer: ReturnType<typeof setTimeout> | undefined;

	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const select of selects) {
		const wanted = params.get(select.name);
		if (wanted && [...select.options].some((option) => option.value === wanted)) {
			select.value = wanted;
		}
	}

	function selectedFilters(): SelectedFilters {
		const filters: SelectedFilters = {};
		for (const select of selects) if (select.value) filters[select.name] = [select.value];
		return filters;
	}

	/** The 筛选 summary says how many filters are on; a filter from the address opens the box. */
	function showFilterCount(): void {
		const on = selects.filter((select) => select.value).length;
		filterSummary.textContent = on > 0 ? `（已选 ${on} 项）` : '';
	}
	showFilterCount();
	if (selects.some((select) => select.value)) filterBox.open = true;

	function rememberInAddress(): void {
		const next = new URLSearchParams();
		if (input.value.trim()) next.set('q', input.value.trim());
		for (const select of selects) if (select.value) next.set(select.name, select.value);
		const query = next.toString();
		history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
	}

	/** Each filter value with its count, or without one until the counts are known. */
	function showCounts(facets: FilterCounts | undefined): void {
		for (const select of selects) {
			const counts = facets?.[select.name] ?? {};
			for (const option of select.options) {
				if (!option.value) continue;
				option.textContent = facets
					? `${option.value}（${counts[option.value] ?? 0}）`
					: option.value;
			}
		}
	}

	function renderHit(hit: SearchHit, outcome: SearchOutcome, previous: Tier | undefined) {
		const item = template.content.firstElementChild?.cloneNode(true) as HTMLLIElement;
		const terms = hit.tier === 1 ? outcome.phrases : outcome.terms;
		return fillResult(item, hit, terms, (meta) => [meta['kind'], meta['town']], previous);
	}

	async function showMore(id: number): Promise<void> {
		const outcome = current;
		if (!outcome) return;
		const next = outcome.hits.slice(shown.length, shown.length + PAGE_SIZE);
		const items = await Promise.all(
			next.map((hit, index) => renderHit(hit, outcome, (next[index - 1] ?? shown.at(-1))?.tier)),
		);
		if (id !== searchId) return;
		const firstNew = items[0];
		list.append(...items);
		shown = [...shown, ...next];
		more.hidden = shown.length >= outcome.hits.length && !outcome.atLeast;
		if (firstNew && shown.length > PAGE_SIZE) firstNew.querySelector('a')?.focus();
	}

	function announce(query: string, outcome: SearchOutcome, filters: SelectedFilters): void {
		status.textContent = statusText(query, outcome.hits.length, Object.values(filters).flat(), {
			tier: outcome.tier,
			simplified: outcome.plan.converted ? outcome.plan.query : undefined,
			atLeast: outcome.atLeast,
		});
	}

	/**
	 * A first search answered from the best pages: every page is looked up (Pagefind loads) when
	 * the reader asks for more results or opens the filters. Results already shown stay.
	 */
	async function complete(id: number): Promise<void> {
		const outcome = current;
		if (!outcome || outcome.complete) return;
		const query = input.value.trim();
		const filters = selectedFilters();
		let whole: SearchOutcome;
		try {
			whole = await (await loadEngine()).search(query, filters, { complete: true });
		} catch (error) {
			console.warn(error);
			if (id === searchId) status.textContent = '更多结果暂时无法加载。请稍后再试。';
			return;
		}
		if (id !== searchId) return;
		const seen = new Set(shown.map((hit) => hit.id));
		current = { ...whole, hits: [...shown, ...whole.hits.filter((hit) => !seen.has(hit.id))] };
		showCounts(whole.facets);
		more.hidden = shown.length >= current.hits.length;
		announce(query, current, filters);
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
			showSuggestions(suggestions, undefined);
			status.textContent = '请输入要查找的词语。';
			return;
		}
		status.textContent = '正在搜索…';
		try {
			const search = await loadEngine();
			const filters = selectedFilters();
			const outcome = await search.search(query, filters);
			if (id !== searchId) return;
			current = outcome;
			shown = [];
			list.replaceChildren();
			showCounts(outcome.complete ? outcome.facets : undefined);
			await showMore(id);
			if (id !== searchId) return;
			empty.hidden = outcome.hits.length > 0;
			showSuggestions(suggestions, outcome);
			announce(query, outcome, filters);
			if (filterBox.open) await complete(id);
		} catch (error) {
			if (id !== searchId) return;
			console.warn(error);
			status.textContent = '搜索暂时无法使用。请稍后再试，或从上方菜单按栏目浏览。';
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
	for (const select of selects) {
		select.addEventListener('change', () => {
			showFilterCount();
			void run();
		});
	}
	more.addEventListener('click', () => {
		const id = searchId;
		void (current?.atLeast ? complete(id) : Promise.resolve()).then(() => showMore(id));
	});
	filterBox.addEventListener('toggle', () => {
		if (filterBox.open) void complete(searchId);
	});

	if (input.value.trim()) void run();
}

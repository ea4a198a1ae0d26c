/**
 * The head index: for every index word, the pages a reader most likely wants (at most
 * `HeadIndexInfo.pages` of them), written by the build beside Pagefind's files so that a first
 * search needs neither Pagefind's WebAssembly nor its metadata, whose page list alone grows to
 * 50 KB (gzip) at 10,000 entries. Its chunks are laid out like Pagefind's (the same signature, the
 * same CBOR entries: `[word, [[page step, locations, title flags, score], …]]`), listed in the
 * query data by their first words and named by their number, so the list costs a few bytes a
 * chunk. Pages are named as the build names Pagefind's fragments (a prefix and a counter), so a
 * page's fragment loads without Pagefind too.
 *
 * A word whose pages do not all fit is cut (the head lists exactly `pages` of them); a search
 * that needs every page of it goes to Pagefind, which holds them all.
 */
import { decodeCbor, type CborValue } from './cbor.ts';
import type { PagefindFragment, PagefindResponse, PagefindResult } from './pagefind-api.ts';

/** What the search page learns of the head index from the query data. */
export interface HeadIndexInfo {
	/** How many pages a cut word's head lists (a word with fewer is listed whole). */
	pages: number;
	/** The first word of each chunk (a prefix of it that tells it from the chunk before), in order. */
	chunks: string[];
	/** The chunks' names are this prefix and their number in base 36. */
	chunkPrefix: string;
	/** The pages' fragment names are this prefix and their page number in base 36. */
	fragmentPrefix: string;
}

/** The folder of the head index inside `pagefind/`. */
export const HEAD_FOLDER = 'heads';

/** Flags of a page in a head entry: the word stands in the title, in the title's pinyin. */
export const IN_TITLE = 1;
export const IN_PINYIN = 2;

/** Pagefind's files start with this mark once unzipped. */
const SIGNATURE = 'pagefind_dcd';

/** Orders strings by code point, as Pagefind (Rust) and the build do (UTF-16 order differs). */
export function compareCodePoints(a: string, b: string): number {
	const left = Array.from(a);
	const right = Array.from(b);
	for (let index = 0; index < Math.min(left.length, right.length); index++) {
		const difference = (left[index]?.codePointAt(0) ?? 0) - (right[index]?.codePointAt(0) ?? 0);
		if (difference !== 0) return difference;
	}
	return left.length - right.length;
}

/**
 * The numbers of the chunks that may hold `word` — or, with `prefix`, any word starting with it
 * (letters and digits match the start of an index word, as in Pagefind). `chunks` are the first
 * words of the chunks, sorted.
 */
export function chunksFor(chunks: readonly string[], word: string, prefix = false): number[] {
	const found: number[] = [];
	for (let index = 0; index < chunks.length; index++) {
		const from = chunks[index] ?? '';
		// Chunk `index` holds the words from its first word up to the next chunk's first word.
		const startsInRange = compareCodePoints(from, word) <= 0 || (prefix && from.startsWith(word));
		if (!startsInRange) break;
		const next = chunks[index + 1];
		if (next === undefined || compareCodePoints(next, word) > 0) found.push(index);
	}
	return found;
}

/** One page of a word's head entry, decoded. */
export interface HeadPage {
	page: number;
	/** Word positions in the page's text. */
	positions: number[];
	flags: number;
	/** The build's score of the page for the word (BM25 with the word's rarity), higher first. */
	score: number;
}

/**
 * The pages of a head entry: page numbers are steps from the one before, locations as Pagefind
 * writes them (a negative number changes the weight, and the position after it is absolute).
 */
export function decodeHeadPages(pages: readonly CborValue[]): HeadPage[] {
	let page = 0;
	return pages.map((value) => {
		const [step, locations, flags, score] = value as [number, number[], number, number];
		page += step;
		const positions: number[] = [];
		let position = 0;
		for (const location of locations) {
			if (location < 0) position = 0;
			else positions.push((position += location));
		}
		return { page, positions, flags, score: score / 1000 };
	});
}

/** A Pagefind file's data once fetched: stored uncompressed by the build, or gzipped by Pagefind. */
async function pagefindBytes(response: Response): Promise<Uint8Array> {
	let bytes = new Uint8Array(await response.arrayBuffer());
	const signed = (data: Uint8Array) =>
		new TextDecoder().decode(data.subarray(0, SIGNATURE.length)) === SIGNATURE;
	if (!signed(bytes)) {
		const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
		bytes = new Uint8Array(await new Response(stream).arrayBuffer());
		if (!signed(bytes)) throw new Error('搜索索引文件已损坏');
	}
	return bytes.subarray(SIGNATURE.length);
}

/** What a search needs of a head index: its lookup (`HeadIndex`, or a stand-in in tests). */
export type HeadSource = Pick<HeadIndex, 'search'>;

/** The word of a head entry and its pages. */
type HeadEntry = [string, CborValue[]];

/**
 * Looks words up in the head index of the `pagefind/` folder at `folder` and loads fragments,
 * answering in the shape of Pagefind's own search so that the engine ranks both alike.
 */
export class HeadIndex {
	private readonly folder: string;
	private readonly info: HeadIndexInfo;
	private readonly fetcher: typeof fetch;
	private readonly chunks = new Map<number, Promise<HeadEntry[]>>();
	private readonly fragments = new Map<string, Promise<PagefindFragment>>();

	constructor(
		folder: string,
		info: HeadIndexInfo,
		// Called as a method, the browser's `fetch` throws: it needs `window` as `this`.
		fetcher: typeof fetch = (input, init) => fetch(input, init),
	) {
		this.folder = folder;
		this.info = info;
		this.fetcher = fetcher;
	}

	/** Fetches a file, once more when the connection fails (a busy intranet server drops some). */
	private get(url: string): Promise<Response> {
		return this.fetcher(url).catch(() => this.fetcher(url));
	}

	private chunk(number: number): Promise<HeadEntry[]> {
		let found = this.chunks.get(number);
		if (!found) {
			const name = `${this.info.chunkPrefix}${number.toString(36)}`;
			found = this.get(`${this.folder}${HEAD_FOLDER}/${name}.pf_index`).then(async (response) => {
				if (!response.ok) throw new Error(`搜索索引文件缺失：${name}`);
				const [entries] = decodeCbor(await pagefindBytes(response)) as [HeadEntry[]];
				return entries;
			});
			this.chunks.set(number, found);
		}
		return found;
	}

	/** The fragment of page `id` (its name), as Pagefind's `data()` gives it. */
	fragment(id: string): Promise<PagefindFragment> {
		let found = this.fragments.get(id);
		if (!found) {
			found = this.get(`${this.folder}fragment/${id}.pf_fragment`).then(async (response) => {
				if (!response.ok) throw new Error(`搜索结果文件缺失：${id}`);
				const fragment = JSON.parse(
					new TextDecoder().decode(await pagefindBytes(response)),
				) as PagefindFragment;
				const site = this.folder.replace(/pagefind\/$/, '');
				return { ...fragment, url: `${site}${fragment.url.replace(/^\//, '')}` };
			});
			this.fragments.set(id, found);
		}
		return found;
	}

	/**
	 * The pages the head lists for `word` (with `prefix`, for every word starting with it), as
	 * Pagefind's results, and whether the list is cut (some pages are only in Pagefind's index).
	 */
	async search(
		word: string,
		prefix = false,
	): Promise<{ response: PagefindResponse; cut: boolean }> {
		const numbers = chunksFor(this.info.chunks, word, prefix);
		const entries = (await Promise.all(numbers.map((number) => this.chunk(number)))).flat();
		const byPage = new Map<number, PagefindResult>();
		let cut = false;
		for (const [text, pages] of entries) {
			if (prefix ? !text.startsWith(word) : text !== word) continue;
			if (pages.length >= this.info.pages) cut = true;
			for (const page of decodeHeadPages(pages)) {
				const known = byPage.get(page.page);
				const fields = [
					...(page.flags & IN_TITLE ? ['title'] : []),
					...(page.flags & IN_PINYIN ? ['pinyin'] : []),
				];
				if (known) {
					known.words = [...(known.words ?? []), ...page.positions];
					known.score = Math.max(known.score, page.score);
					known.matchedMetaFields = [...new Set([...(known.matchedMetaFields ?? []), ...fields])];
					continue;
				}
				const id = `${this.info.fragmentPrefix}${page.page.toString(36)}`;
				byPage.set(page.page, {
					id,
					score: page.score,
					words: page.positions,
					matchedMetaFields: fields,
					data: () => this.fragment(id),
				});
			}
		}
		const results = [...byPage.values()].sort((a, b) => b.score - a.score);
		return {
			response: { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} },
			cut,
		};
	}
}

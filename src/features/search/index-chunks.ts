/**
 * Reshapes the files Pagefind writes so that a first search downloads little.
 *
 * Pagefind splits its word index into chunks of about 20,000 word positions each (a fixed size
 * in Pagefind 1.6) and a search downloads every chunk that holds one of the query's words. With
 * every Chinese character indexed as a word (see `han-text.ts`), a query of a dozen different
 * characters touched all five chunks of the sample site. Here the words are cut into many small
 * chunks instead, so a query downloads little more than the entries of its own characters; the
 * list of chunks in Pagefind's metadata file grows by a few bytes per chunk.
 *
 * All of Pagefind's binary files are also stored uncompressed (Pagefind's search code accepts
 * them either way), so that the server sends them compressed like every other file: the build's
 * precompression writes `.gz` and `.br` beside them, and brotli is smaller than Pagefind's gzip.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';
import { HEAD_FOLDER, IN_PINYIN, IN_TITLE, type HeadIndexInfo } from './head-index.ts';

/** Pagefind's files start with this mark once unzipped. */
export const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** A file of Pagefind's output: its path inside the `pagefind/` folder and its bytes. */
export interface SearchFile {
	path: string;
	content: Uint8Array;
}

/** Pagefind's binary files, which it writes gzipped with a signature inside. */
const BINARY_FILE = /(?:^|\/)[^/]+\.(?:pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

const signature = new TextEncoder().encode(PAGEFIND_SIGNATURE);

function hasSignature(bytes: Uint8Array): boolean {
	return signature.every((byte, index) => bytes[index] === byte);
}

/** A Pagefind file as stored uncompressed: the signature followed by the data. */
export function unzipPagefindFile(bytes: Uint8Array): Uint8Array {
	if (hasSignature(bytes)) return bytes;
	const unzipped = new Uint8Array(gunzipSync(bytes));
	if (!hasSignature(unzipped)) throw new Error('not a Pagefind file: its signature is missing');
	return unzipped;
}

/** The data of a Pagefind file, compressed or not, without its signature. */
export function pagefindData(bytes: Uint8Array): Uint8Array {
	return unzipPagefindFile(bytes).subarray(signature.length);
}

function withSignature(data: Uint8Array): Uint8Array {
	const bytes = new Uint8Array(signature.length + data.length);
	bytes.set(signature);
	bytes.set(data, signature.length);
	return bytes;
}

/** Orders strings the way Pagefind (Rust) does: by their UTF-8 bytes, i.e. by code point. */
export function compareWords(a: string, b: string): number {
	return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * The shortest prefixes that still tell the last word of a chunk from the first word of the
 * next, as Pagefind names its chunk boundaries (`get_prefixes` in Pagefind's indexer).
 */
export function boundaryPrefixes(last: string, next: string): [string, string] {
	const a = Array.from(last);
	const b = Array.from(next);
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common++;
	return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/** One word of the index with its pages, as Pagefind encodes it: `[word, pages]`. */
type WordEntry = [string, CborValue];

/** A chunk of words and the boundaries Pagefind looks a query word up by. */
export interface WordChunk {
	from: string;
	to: string;
	words: WordEntry[];
}

/**
 * Cuts the words, sorted, into chunks of at least `chunkBytes` encoded bytes each (the last may
 * be smaller, but not below half of it unless it is the only one; a word is never split), and names each chunk's first and last word by the shortest
 * prefixes that tell neighbouring chunks apart, as Pagefind does.
 *
 * Pagefind looks each word of a query up in the first chunk whose boundaries hold it, and only
 * when no word of the query is found that way does it try looser boundaries. A chunk therefore
 * ends only where the shortened name of its last word is the whole word (`统` before `罗`, not
 * `189` before `19`, which would be named `18`), so that every word lies within its chunk's names.
 */
export function chunkWords(words: readonly WordEntry[], chunkBytes: number): WordChunk[] {
	const sorted = [...words].sort((a, b) => compareWords(a[0], b[0]));
	const groups: WordEntry[][] = [];
	let group: WordEntry[] = [];
	let size = 0;
	sorted.forEach((word, index) => {
		group.push(word);
		size += encodeCbor(word).length;
		const next = sorted[index + 1];
		if (size >= chunkBytes && next && boundaryPrefixes(word[0], next[0])[0] === word[0]) {
			groups.push(group);
			group = [];
			size = 0;
		}
	});
	// A small remainder joins the last chunk: a file of a few hundred bytes is not worth a request
	// (and too small to be stored compressed).
	const last = groups.at(-1);
	if (last && size < chunkBytes / 2) last.push(...group);
	else if (group.length > 0) groups.push(group);
	const chunks = groups.map((words) => ({
		from: words[0]?.[0] ?? '',
		to: words.at(-1)?.[0] ?? '',
		words,
	}));
	for (let index = 0; index + 1 < chunks.length; index++) {
		const current = chunks[index] as WordChunk;
		const next = chunks[index + 1] as WordChunk;
		[current.to, next.from] = boundaryPrefixes(current.to, next.from);
	}
	return chunks;
}

/** The chunk Pagefind first looks a query word up in: the first whose boundaries hold it. */
export function chunkFor(chunks: readonly Pick<WordChunk, 'from' | 'to'>[], word: string) {
	return chunks.findIndex(
		(chunk) => compareWords(word, chunk.from) >= 0 && compareWords(word, chunk.to) <= 0,
	);
}

/** A short name made from the content, like Pagefind's own (`und_3f2a9c1`), unique among `taken`. */
function contentName(prefix: string, content: Uint8Array, taken: Set<string>): string {
	const hash = createHash('sha256').update(content).digest('hex');
	for (let length = 7; ; length++) {
		const name = `${prefix}_${hash.slice(0, length)}`;
		if (!taken.has(name) || length === hash.length) {
			taken.add(name);
			return name;
		}
	}
}

/**
 * How big to make the chunks of an index of `indexBytes` (uncompressed): about 2 KB for the
 * sample site, growing with the square root of the index. Smaller chunks mean a search downloads
 * fewer entries it does not need, but more chunks to list in the metadata every search loads;
 * this size keeps the two in balance for a query of a few characters. `balance` weighs what a
 * listed chunk costs against what a loaded one does (16 for Pagefind's metadata).
 */
export function chunkSizeFor(indexBytes: number, balance = 16): number {
	return Math.max(1024, Math.round(Math.sqrt(balance * indexBytes)));
}

/** Pagefind's metadata: `[version, pages, index chunks, filter chunks, sorts, meta fields]`. */
const META_PAGES = 1;
const META_CHUNKS = 2;
const META_FIELDS = 5;

/** A word's page as Pagefind encodes it: `[page step, locations, meta locations?]`. */
type PageWord = [number, number[], ...CborValue[]];

/** What the head index ranks a word's pages by. */
interface HeadCandidate {
	page: number;
	locations: number[];
	flags: number;
	/** The title (or its aliases or pinyin) holds the word. */
	inTitle: boolean;
	titleLength: number;
	score: number;
}

/** The meta fields Pagefind lists a page's word in (its meta locations: `-field - 1`, positions). */
function metaFieldsOf(entry: PageWord): Set<number> {
	const fields = new Set<number>();
	const locations = entry[2];
	if (!Array.isArray(locations)) return fields;
	let field = 0;
	for (const location of locations) {
		if (typeof location !== 'number') continue;
		if (location < 0) field = -location - 1;
		else fields.add(field);
	}
	return fields;
}

/**
 * The pages of a word's entry the head index keeps, at most `headPages`: first those whose title
 * (its aliases or pinyin) holds the word, shorter titles first — the search ranks a title the
 * query covers most above all — then those where the word weighs most. Pages are scored as
 * Pagefind scores them, roughly: BM25 of the word's count against the page's length, times the
 * word's rarity (IDF).
 */
export function headOf(
	pages: readonly CborValue[],
	headPages: number,
	site: {
		pageCount: number;
		averageWords: number;
		wordsOf: (page: number) => number;
		titleLengthOf: (page: number) => number;
		fieldsOf: (fields: ReadonlySet<number>) => { flags: number; inTitle: boolean };
	},
): HeadCandidate[] {
	const idf = Math.log((site.pageCount - pages.length + 0.5) / (pages.length + 0.5) + 1);
	let page = 0;
	const candidates = pages.map((value): HeadCandidate => {
		const entry = value as PageWord;
		page += entry[0];
		const { flags, inTitle } = site.fieldsOf(metaFieldsOf(entry));
		const count = entry[1].filter((location) => location >= 0).length;
		const length = site.wordsOf(page) / (site.averageWords || 1);
		const bm25 = (count * 2.2) / (count + 1.2 * (0.25 + 0.75 * length));
		return {
			page,
			locations: entry[1],
			flags,
			inTitle,
			titleLength: inTitle ? site.titleLengthOf(page) : 0,
			score: idf * bm25,
		};
	});
	if (candidates.length <= headPages) return candidates;
	return [...candidates]
		.sort(
			(a, b) =>
				Number(b.inTitle) - Number(a.inTitle) ||
				a.titleLength - b.titleLength ||
				b.score - a.score ||
				a.page - b.page,
		)
		.slice(0, headPages)
		.sort((a, b) => a.page - b.page);
}

/**
 * The head index of a language's words (see `head-index.ts`): every word with the pages
 * `headOf` keeps, cut into chunks of about `chunkSizeFor` their size and named by a build prefix
 * and their number.
 */
function buildHeadIndex(
	words: readonly WordEntry[],
	{
		pages,
		fields,
		fragmentOf,
		headPages,
		fragmentPrefix,
	}: {
		pages: readonly PageEntry[];
		fields: readonly string[];
		fragmentOf: (name: string) => Uint8Array | undefined;
		headPages: number;
		fragmentPrefix: string;
	},
): { files: SearchFile[]; info: HeadIndexInfo } {
	const fieldNumber = (name: string) => fields.indexOf(name);
	const [title, aliases, pinyin] = ['title', 'aliases', 'pinyin'].map(fieldNumber);
	const titleLengths = new Map<number, number>();
	const titleLengthOf = (page: number) => {
		let length = titleLengths.get(page);
		if (length === undefined) {
			const fragment = fragmentOf(String(pages[page]?.[0] ?? ''));
			const parsed = fragment
				? (JSON.parse(new TextDecoder().decode(pagefindData(fragment))) as {
						meta?: { title?: string };
					})
				: {};
			length = (parsed.meta?.title ?? '').replace(/\s+/g, '').length;
			titleLengths.set(page, length);
		}
		return length;
	};
	const wordsOf = (page: number) => Number(pages[page]?.[1]) || 0;
	const site = {
		pageCount: pages.length,
		averageWords: pages.reduce((sum, _, page) => sum + wordsOf(page), 0) / (pages.length || 1),
		wordsOf,
		titleLengthOf,
		fieldsOf: (held: ReadonlySet<number>) => ({
			flags: (held.has(title ?? -1) ? IN_TITLE : 0) | (held.has(pinyin ?? -1) ? IN_PINYIN : 0),
			inTitle: [title, aliases, pinyin].some((field) => held.has(field ?? -1)),
		}),
	};
	let bytes = 0;
	const entries: WordEntry[] = words.map(([word, list]) => {
		let last = 0;
		const kept = headOf(Array.isArray(list) ? list : [], headPages, site).map((page) => {
			const step = page.page - last;
			last = page.page;
			return [step, page.locations, page.flags, Math.round(page.score * 1000)];
		});
		const entry: WordEntry = [word, kept];
		bytes += encodeCbor(entry).length;
		return entry;
	});
	const chunks = chunkWords(entries, chunkSizeFor(bytes, HEAD_CHUNK_BALANCE)).map((chunk) => ({
		...chunk,
		content: withSignature(encodeCbor([chunk.words])),
	}));
	const { prefix, nameOf } = sequentialNames(chunks.map((chunk) => chunk.content));
	return {
		files: chunks.map((chunk, index) => ({
			path: `${HEAD_FOLDER}/${nameOf(index)}.pf_index`,
			content: chunk.content,
		})),
		info: {
			pages: headPages,
			chunks: chunks.map((chunk) => chunk.from),
			chunkPrefix: prefix,
			fragmentPrefix,
		},
	};
}

/**
 * The head index's chunk list costs about 3 bytes (gzip) a chunk against Pagefind's 9, so its
 * chunks are smaller for an index of the same size.
 */
const HEAD_CHUNK_BALANCE = 4;

/**
 * Names for a language's files that every search's metadata lists: one build prefix made from
 * their contents, then a counter (`3f2a90`, `3f2a91`, … `3f2a9zz`). Pagefind names each page's
 * fragment and each chunk by a hash of its own (`und_3f2a9c1`): eleven bytes that do not compress,
 * listed once per page, which made the page list 7.5 KB of a 1,000-entry site's metadata
 * (gzipped) and would make it over 70 KB at 10,000. A name still changes whenever the build's
 * contents do, so a browser never keeps a stale file under it.
 */
function sequentialNames(contents: readonly Uint8Array[]): {
	prefix: string;
	nameOf: (index: number) => string;
} {
	const hash = createHash('sha256');
	for (const content of contents) hash.update(content);
	const prefix = hash.digest('hex').slice(0, 6);
	return { prefix, nameOf: (index) => `${prefix}${index.toString(36)}` };
}

/** A page of the metadata: `[fragment name, word count, fragment group]`. */
type PageEntry = [string, ...CborValue[]];

/**
 * The pages renamed to short names, with their fragments moved to match. Pages in a fragment
 * group (which Pagefind names by the group) keep their names.
 */
function renamePages(
	pages: readonly PageEntry[],
	byPath: ReadonlyMap<string, Uint8Array>,
	replaced: Set<string>,
	added: SearchFile[],
): { pages: PageEntry[]; prefix: string; everyPage: boolean } {
	const contents = pages.map(([name]) => byPath.get(fragmentPath(name)));
	const { prefix, nameOf } = sequentialNames(contents.filter((content) => content !== undefined));
	let everyPage = true;
	const renamed = pages.map((page, index): PageEntry => {
		const [name, ...rest] = page;
		const content = contents[index];
		if (!content || (typeof rest[1] === 'string' && rest[1] !== '')) {
			everyPage = false;
			return page;
		}
		const newName = nameOf(index);
		replaced.add(fragmentPath(name));
		added.push({ path: fragmentPath(newName), content: unzipPagefindFile(content) });
		return [newName, ...rest];
	});
	return { pages: renamed, prefix, everyPage };
}

const fragmentPath = (name: string) => `fragment/${name}.pf_fragment`;

interface EntryFile {
	languages: Record<string, { hash: string } & Record<string, unknown>>;
}

/**
 * Pagefind's output made light for a first search: every binary file stored uncompressed, and
 * the word index of each language cut into chunks of about `chunkBytes` (uncompressed; by
 * default `chunkSizeFor` the index), with the metadata and `pagefind-entry.json` pointing at the
 * new files. Other files pass unchanged.
 */
export function repackSearchFiles(
	files: readonly SearchFile[],
	{ chunkBytes, headPages = 0 }: { chunkBytes?: number; headPages?: number } = {},
): { files: SearchFile[]; heads?: HeadIndexInfo } {
	let heads: HeadIndexInfo | undefined;
	const byPath = new Map(files.map((file) => [file.path, file.content]));
	const entryBytes = byPath.get('pagefind-entry.json');
	if (!entryBytes) throw new Error('Pagefind wrote no pagefind-entry.json');
	const entry = JSON.parse(new TextDecoder().decode(entryBytes)) as EntryFile;

	const replaced = new Set<string>(['pagefind-entry.json']);
	const added: SearchFile[] = [];
	const taken = new Set<string>();
	for (const language of Object.values(entry.languages)) {
		const metaPath = `pagefind.${language.hash}.pf_meta`;
		const metaBytes = byPath.get(metaPath);
		if (!metaBytes) throw new Error(`Pagefind wrote no ${metaPath}`);
		const meta = decodeCbor(pagefindData(metaBytes));
		const chunkList = Array.isArray(meta) ? meta[META_CHUNKS] : undefined;
		const pages = Array.isArray(meta) ? meta[META_PAGES] : undefined;
		if (!Array.isArray(meta) || !Array.isArray(chunkList) || !Array.isArray(pages)) {
			throw new Error(`${metaPath} is not laid out as Pagefind 1.6 writes it`);
		}
		const words: WordEntry[] = [];
		let indexBytes = 0;
		for (const chunk of chunkList) {
			const hash = Array.isArray(chunk) ? chunk[2] : undefined;
			const chunkPath = `index/${String(hash)}.pf_index`;
			const stored = byPath.get(chunkPath);
			if (!stored) throw new Error(`Pagefind wrote no ${chunkPath}`);
			const data = pagefindData(stored);
			indexBytes += data.length;
			const index = decodeCbor(data);
			if (!Array.isArray(index) || !Array.isArray(index[0])) {
				throw new Error(`${chunkPath} is not laid out as Pagefind 1.6 writes it`);
			}
			words.push(...(index[0] as WordEntry[]));
			replaced.add(chunkPath);
		}
		const prefix = language.hash.replace(/_[^_]*$/, '');
		const size = chunkBytes ?? chunkSizeFor(indexBytes);
		const chunks = chunkWords(words, size).map((chunk) => ({
			...chunk,
			content: withSignature(encodeCbor([chunk.words])),
		}));
		const chunkNames = sequentialNames(chunks.map((chunk) => chunk.content));
		meta[META_CHUNKS] = chunks.map((chunk, index) => {
			const name = chunkNames.nameOf(index);
			added.push({ path: `index/${name}.pf_index`, content: chunk.content });
			return [chunk.from, chunk.to, name];
		});
		const renamed = renamePages(pages as PageEntry[], byPath, replaced, added);
		// Only the first language gets a head index: the site has one (`INDEX_LANGUAGE`).
		if (headPages > 0 && renamed.everyPage && !heads) {
			const built = buildHeadIndex(words, {
				pages: pages as PageEntry[],
				fields: Array.isArray(meta[META_FIELDS]) ? meta[META_FIELDS].map(String) : [],
				fragmentOf: (name) => byPath.get(fragmentPath(name)),
				headPages,
				fragmentPrefix: renamed.prefix,
			});
			added.push(...built.files);
			heads = built.info;
		}
		meta[META_PAGES] = renamed.pages;
		const newMeta = withSignature(encodeCbor(meta));
		language.hash = contentName(prefix, newMeta, taken);
		added.push({ path: `pagefind.${language.hash}.pf_meta`, content: newMeta });
		replaced.add(metaPath);
	}
	added.push({
		path: 'pagefind-entry.json',
		content: new TextEncoder().encode(JSON.stringify(entry)),
	});
	const kept = files
		.filter((file) => !replaced.has(file.path))
		.map((file) =>
			BINARY_FILE.test(file.path)
				? { path: file.path, content: unzipPagefindFile(file.content) }
				: file,
		);
	return { files: [...kept, ...added], ...(heads ? { heads } : {}) };
}

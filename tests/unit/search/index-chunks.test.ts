import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../../src/features/search/cbor.ts';
import {
	boundaryPrefixes,
	chunkFor,
	chunkSizeFor,
	chunkWords,
	compareWords,
	headOf,
	PAGEFIND_SIGNATURE,
	pagefindData,
	repackSearchFiles,
	type SearchFile,
} from '../../../src/features/search/index-chunks.ts';
import { HeadIndex, IN_TITLE } from '../../../src/features/search/head-index.ts';
import { INDEX_LANGUAGE } from '../../../src/features/search/index-step.ts';
import { pageTokensFromText } from '../../../src/features/search/ranking.ts';
import { prepareForIndex } from '../../../src/features/search/prepare-html.ts';

const word = (text: string, positions: number): [string, CborValue] => [
	text,
	[[0, Array.from({ length: positions }, (_, index) => index), []]],
];

describe('chunkWords', () => {
	it('sorts the words by code point and cuts them into chunks of about the size asked', () => {
		const words = ['镇', '0', '统', '战', '2023', '𠀀', '一'].map((text) => word(text, 40));
		const chunks = chunkWords(words, 100);
		expect(chunks.flatMap((chunk) => chunk.words.map(([text]) => text))).toEqual([
			'0',
			'2023',
			'一',
			'战',
			'统',
			'镇',
			'𠀀',
		]);
		expect(chunks.length).toBeGreaterThan(2);
		for (const chunk of chunks.slice(0, -1)) {
			expect(encodeCbor(chunk.words).length).toBeGreaterThanOrEqual(100);
		}
	});

	it('names chunk boundaries so that Pagefind looks every word up in its own chunk', () => {
		const texts = ['107', '10', '1', '189', '19', '统', '统一', '统战', '战', '2023', 'data'];
		const chunks = chunkWords(
			texts.map((text) => word(text, 3)),
			1,
		);
		expect(chunks.length).toBeGreaterThan(4);
		for (const [index, chunk] of chunks.entries()) {
			for (const [text] of chunk.words) expect(chunkFor(chunks, text)).toBe(index);
		}
		// `189` is not cut from `19`: the boundary would be named `18`, which does not hold `189`.
		expect(chunks.find((chunk) => chunk.words.some(([text]) => text === '189'))?.words).toEqual(
			expect.arrayContaining([expect.arrayContaining(['19'])]),
		);
	});

	it('keeps a word whole however large it is', () => {
		const chunks = chunkWords([word('镇', 500), word('村', 1)], 10);
		expect(chunks.map((chunk) => chunk.words.length)).toEqual([1, 1]);
	});
});

describe('boundaryPrefixes and compareWords', () => {
	it('shorten two neighbouring words to what tells them apart, as Pagefind does', () => {
		expect(boundaryPrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
		expect(boundaryPrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
		expect(boundaryPrefixes('统一', '统战')).toEqual(['统一', '统战']);
	});

	it('order by code point, not by UTF-16 unit', () => {
		// U+FF5E sorts before U+20000, although its UTF-16 unit is larger than a surrogate's.
		expect(compareWords('～', '𠀀')).toBeLessThan(0);
	});
});

describe('headOf', () => {
	// Pages 0–5 hold the word; 1 and 4 in the title (field 0), 4 with the shorter title.
	const pages: CborValue[] = [
		[0, [5]],
		[1, [3], [-1, 0]],
		[1, [1, 2, 3, 4, 5, 6]],
		[1, [9]],
		[1, [2], [0]],
		[1, [4, 8]],
	];
	const site = {
		pageCount: 100,
		averageWords: 100,
		wordsOf: () => 100,
		titleLengthOf: (page: number) => (page === 4 ? 5 : 12),
		fieldsOf: (fields: ReadonlySet<number>) => ({
			flags: fields.has(0) ? 1 : 0,
			inTitle: fields.has(0),
		}),
	};

	it('keeps title pages first (shorter titles first), then where the word weighs most', () => {
		const head = headOf(pages, 4, site);
		expect(head.map((page) => page.page)).toEqual([1, 2, 4, 5]);
		expect(head.filter((page) => page.flags === 1).map((page) => page.page)).toEqual([1, 4]);
		const top = headOf(pages, 1, site);
		expect(top.map((page) => page.page)).toEqual([4]);
	});

	it('keeps every page, scored, when they fit', () => {
		const all = headOf(pages, 10, site);
		expect(all.map((page) => page.page)).toEqual([0, 1, 2, 3, 4, 5]);
		expect(all[2]!.score).toBeGreaterThan(all[0]!.score);
	});
});

describe('chunkSizeFor', () => {
	it('gives small chunks to a small index and grows slowly with it', () => {
		expect(chunkSizeFor(10_000)).toBe(1024);
		expect(chunkSizeFor(264_000)).toBeGreaterThan(1500);
		expect(chunkSizeFor(264_000)).toBeLessThan(2500);
		expect(chunkSizeFor(16_000_000)).toBe(16_000);
	});
});

describe('repackSearchFiles on a real Pagefind index', () => {
	let output: SearchFile[];
	let dir: string;

	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'tongxin-chunks-'));
		const { index } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
		if (!index) throw new Error('Pagefind did not start');
		const pages = [
			'<p>田南村同心实践站用“五步法”把事商量好，189个联建项目落地。</p>',
			'<p>建立“共性+个性”职责清单，三级书记抓统战。</p>',
			'<p>民营经济“1+6”工作机制，2023年 open data。</p>',
		];
		for (const [number, body] of pages.entries()) {
			await index.addHTMLFile({
				sourcePath: `p${number}/index.html`,
				content: prepareForIndex(
					`<html lang="zh-CN"><body><main data-pagefind-body><h1>第${number}页</h1>${body}</main></body></html>`,
				),
			});
		}
		output = (await index.getFiles()).files.map((file) => ({
			path: file.path.split(path.sep).join('/'),
			content: file.content,
		}));
		await pagefind.close();
	});

	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const read = (files: SearchFile[], name: string) =>
		files.find((file) => file.path === name)?.content ?? new Uint8Array();
	const entryOf = (files: SearchFile[]) =>
		JSON.parse(Buffer.from(read(files, 'pagefind-entry.json')).toString()) as {
			languages: Record<string, { hash: string }>;
		};
	const metaOf = (files: SearchFile[]) => {
		const [language] = Object.values(entryOf(files).languages);
		return decodeCbor(
			pagefindData(read(files, `pagefind.${language?.hash}.pf_meta`)),
		) as CborValue[];
	};

	it('reads and writes Pagefind’s metadata byte for byte', () => {
		const [language] = Object.values(entryOf(output).languages);
		const data = pagefindData(read(output, `pagefind.${language?.hash}.pf_meta`));
		expect(Buffer.from(encodeCbor(decodeCbor(data))).equals(Buffer.from(data))).toBe(true);
	});

	it('keeps every word and its pages, in more chunks, each word where Pagefind will look', () => {
		const wordsIn = (files: SearchFile[]) => {
			const chunks = metaOf(files)[2] as [string, string, string][];
			const found = new Map<string, string>();
			for (const [index, [, , hash]] of chunks.entries()) {
				const [words] = decodeCbor(pagefindData(read(files, `index/${hash}.pf_index`))) as [
					[string, CborValue][],
				];
				for (const [text, pages] of words) {
					found.set(text, JSON.stringify(pages));
					if (files !== output) {
						expect(
							chunkFor(
								chunks.map(([from, to]) => ({ from, to })),
								text,
							),
						).toBe(index);
					}
				}
			}
			return { chunks: chunks.length, found };
		};
		const before = wordsIn(output);
		const after = wordsIn(repackSearchFiles(output, { chunkBytes: 64 }).files);
		expect(after.chunks).toBeGreaterThan(before.chunks);
		expect([...after.found].sort()).toEqual([...before.found].sort());
		expect(after.found.has('个')).toBe(true);
		expect(after.found.has('16')).toBe(true);
	});

	it('writes a head index that lists each word’s pages as Pagefind does, cut to the best', async () => {
		const { files, heads } = repackSearchFiles(output, { headPages: 2 });
		if (!heads) throw new Error('no head index');
		expect(heads.pages).toBe(2);
		const served = (url: string) => {
			const file = files.find((each) => `/pagefind/${each.path}` === url);
			return Promise.resolve(
				new Response(file ? Buffer.from(file.content) : null, { status: file ? 200 : 404 }),
			);
		};
		const index = new HeadIndex('/pagefind/', heads, (input) => served(input as string));
		// 统 stands on one page: listed whole, with Pagefind's own positions and the same page.
		const pagefindWords = new Map<string, CborValue>();
		for (const [, , hash] of metaOf(files)[2] as [string, string, string][]) {
			const [words] = decodeCbor(pagefindData(read(files, `index/${hash}.pf_index`))) as [
				[string, CborValue][],
			];
			for (const [text, pages] of words) pagefindWords.set(text, pages);
		}
		const tong = await index.search('统');
		expect(tong.cut).toBe(false);
		expect(tong.response.results).toHaveLength(1);
		const [[step, locations]] = pagefindWords.get('统') as [[number, number[]]];
		const [hit] = tong.response.results;
		expect(hit?.id).toBe((metaOf(files)[1] as [string][])[step]?.[0]);
		expect(hit?.words).toEqual(locations.filter((location) => location >= 0));
		// Its fragment loads without Pagefind; its text gives the same positions.
		const fragment = await hit!.data();
		expect(fragment.content).toContain('统');
		expect(pageTokensFromText(['统', '战'], fragment).get('统')?.positions).toEqual(hit?.words);
		// 第 and 页 stand on all three pages (in the h1): the head lists two and says it is cut.
		const di = await index.search('第');
		expect(di.cut).toBe(true);
		expect(di.response.results).toHaveLength(2);
		// Pagefind takes the h1 as the title: the head says so of each page.
		expect(di.response.results.every((result) => result.matchedMetaFields?.includes('title'))).toBe(
			true,
		);
		// Letters match the start of a word, as in Pagefind.
		expect((await index.search('ope', true)).response.results).toHaveLength(1);
		expect((await index.search('ope')).response.results).toHaveLength(0);
		expect(IN_TITLE).toBe(1);
	});

	it('stores every Pagefind file uncompressed and leaves out the replaced ones', () => {
		const repacked = repackSearchFiles(output, { chunkBytes: 64 }).files;
		const binary = repacked.filter((file) => /\.(?:pf_\w+|pagefind)$/.test(file.path));
		expect(binary.length).toBeGreaterThan(5);
		for (const file of binary) {
			expect(Buffer.from(file.content.subarray(0, 12)).toString()).toBe(PAGEFIND_SIGNATURE);
		}
		const names = new Set(repacked.map((file) => file.path));
		const oldChunks = output.filter((file) => file.path.startsWith('index/'));
		expect(oldChunks.some((file) => names.has(file.path))).toBe(false);
		const [language] = Object.values(entryOf(repacked).languages);
		expect(names.has(`pagefind.${language?.hash}.pf_meta`)).toBe(true);
		expect(repacked.filter((file) => file.path.endsWith('.pf_meta'))).toHaveLength(1);
		// Each page's fragment is the same page text, only unzipped, under a short name.
		const pagesBefore = metaOf(output)[1] as [string, ...CborValue[]][];
		const pagesAfter = metaOf(repacked)[1] as [string, ...CborValue[]][];
		expect(pagesAfter).toHaveLength(pagesBefore.length);
		for (const [index, [name, ...rest]] of pagesAfter.entries()) {
			const [oldName, ...oldRest] = pagesBefore[index]!;
			expect(rest).toEqual(oldRest);
			expect(name).toMatch(/^[0-9a-f]{6}[0-9a-z]+$/);
			expect(names.has(`fragment/${oldName}.pf_fragment`)).toBe(false);
			expect(
				Buffer.from(read(repacked, `fragment/${name}.pf_fragment`)).equals(
					gunzipSync(read(output, `fragment/${oldName}.pf_fragment`)),
				),
			).toBe(true);
		}
		// The chunks' names share the build prefix too; every chunk the metadata lists exists.
		for (const [, , name] of metaOf(repacked)[2] as [string, string, string][]) {
			expect(name).toMatch(/^[0-9a-f]{6}[0-9a-z]+$/);
			expect(names.has(`index/${name}.pf_index`)).toBe(true);
		}
	});
});

import { describe, expect, it } from 'vitest';
import {
	chunksFor,
	compareCodePoints,
	decodeHeadPages,
	HeadIndex,
	IN_TITLE,
} from '../../../src/features/search/head-index.ts';
import { compareWords } from '../../../src/features/search/index-chunks.ts';

describe('compareCodePoints', () => {
	it('orders by code point like the build (and Pagefind), not by UTF-16 units', () => {
		const words = ['统', '\uE000', '𠀀', 'a', '统战', '罗'];
		const browser = [...words].sort(compareCodePoints);
		expect(browser).toEqual([...words].sort(compareWords));
		// In UTF-16 order 𠀀 (a surrogate pair) would come before the private-use character.
		expect(browser.indexOf('𠀀')).toBeGreaterThan(browser.indexOf('\uE000'));
	});
});

describe('chunksFor', () => {
	const chunks = ['0', 'a', 'cha', 'chz', 'd', '统', '罗'];

	it('finds the one chunk that holds a word: from its first word up to the next chunk’s', () => {
		expect(chunksFor(chunks, '统')).toEqual([5]);
		expect(chunksFor(chunks, '统战')).toEqual([5]);
		expect(chunksFor(chunks, '绝')).toEqual([4]);
		expect(chunksFor(chunks, '罗')).toEqual([6]);
		expect(chunksFor(chunks, '一')).toEqual([4]);
		expect(chunksFor(chunks, '5')).toEqual([0]);
		expect(chunksFor(chunks, '!')).toEqual([]);
	});

	it('finds every chunk that may hold a word starting with letters', () => {
		expect(chunksFor(chunks, 'ch', true)).toEqual([1, 2, 3]);
		expect(chunksFor(chunks, 'chen', true)).toEqual([2]);
		expect(chunksFor(chunks, 'chen')).toEqual([2]);
		expect(chunksFor(chunks, 'z', true)).toEqual([4]);
	});
});

describe('decodeHeadPages', () => {
	it('reads page steps, weighted locations, title flags and scores', () => {
		const pages = decodeHeadPages([
			[3, [-25, 5, 2], IN_TITLE, 1500],
			[2, [7, 1, -169, 4], 0, 250],
		]);
		expect(pages).toEqual([
			{ page: 3, positions: [5, 7], flags: IN_TITLE, score: 1.5 },
			{ page: 5, positions: [7, 8, 4], flags: 0, score: 0.25 },
		]);
	});
});

describe('HeadIndex', () => {
	it('fetches a file once more when the connection fails, and says which file is missing', async () => {
		const info = { pages: 2, chunks: ['一'], chunkPrefix: 'c', fragmentPrefix: 'p' };
		let calls = 0;
		const index = new HeadIndex('/pagefind/', info, () => {
			calls++;
			return calls === 1
				? Promise.reject(new TypeError('fetch failed'))
				: Promise.resolve(new Response(null, { status: 404 }));
		});
		await expect(index.search('统')).rejects.toThrow('搜索索引文件缺失：c0');
		expect(calls).toBe(2);
	});
});

import { describe, expect, it } from 'vitest';
import {
	exactQuery,
	looseQuery,
	MAX_TERMS,
	normalizeForMatch,
	queryTerms,
	textMatches,
} from '../../../src/features/search/query.ts';

describe('queryTerms', () => {
	it('splits at spaces, full-width spaces and punctuation, dropping quotes', () => {
		expect(queryTerms('  “五步法”　统战 ')).toEqual(['五步法', '统战']);
		expect(queryTerms('协商“三时段”')).toEqual(['协商', '三时段']);
	});

	it('keeps numbers and Latin words whole across their marks, as the index does', () => {
		expect(queryTerms('民营经济“1+6”工作机制')).toEqual(['民营经济', '16', '工作机制']);
		expect(queryTerms('3.5 e-mail')).toEqual(['35', 'email']);
		expect(queryTerms('189个，联建')).toEqual(['189个', '联建']);
	});

	it('makes full-width letters and digits half-width and lower case', () => {
		expect(queryTerms('ＡＢＣ３４５')).toEqual(['abc345']);
	});

	it('keeps each word once and at most a few words', () => {
		expect(queryTerms('统战 统战')).toEqual(['统战']);
		expect(queryTerms('一 二 三 四 五 六 七 八 九 十')).toHaveLength(MAX_TERMS);
	});

	it('reads an empty or punctuation-only query as no words', () => {
		expect(queryTerms('  ，。！ ')).toEqual([]);
	});
});

describe('Pagefind queries', () => {
	it('sends a word character by character, and in quotes to keep the characters in a row', () => {
		expect(looseQuery('六有四好')).toBe('六 有 四 好');
		expect(exactQuery('六有四好')).toBe('"六 有 四 好"');
		expect(exactQuery('345责任')).toBe('"345 责 任"');
	});
});

describe('textMatches', () => {
	it('needs every word, ignoring punctuation and case', () => {
		expect(textMatches('协商“五步法”工作流程', ['五步法', '协商'])).toBe(true);
		expect(textMatches('协商“五步法”工作流程', ['五步法', '统战'])).toBe(false);
		expect(normalizeForMatch('ＡＢ，Ｃ')).toBe('abc');
	});
});

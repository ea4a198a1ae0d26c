import { describe, expect, it } from 'vitest';
import { hasHan, spaceHan, unspaceHan } from '../../../src/search/han-text.ts';

describe('spaceHan', () => {
	it('makes every Chinese character a word and keeps Latin words and numbers whole', () => {
		expect(spaceHan('“345”基层统战工作责任体系')).toBe('“345” 基 层 统 战 工 作 责 任 体 系');
		expect(spaceHan('1+6工作机制')).toBe('1+6 工 作 机 制');
		expect(spaceHan('Pagefind search')).toBe('Pagefind search');
	});

	it('cannot be cut two ways: spacing twice changes nothing', () => {
		const once = spaceHan('六有四好建设标准');
		expect(spaceHan(once)).toBe(once);
	});
});

describe('unspaceHan', () => {
	it('gives back the text as it was written', () => {
		for (const text of [
			'“345”基层统战工作责任体系',
			'第一步：确定议题。',
			'1+6工作机制',
			'柳林镇·区级',
		]) {
			expect(unspaceHan(spaceHan(text))).toBe(text);
		}
	});

	it('keeps spaces between Latin words', () => {
		expect(unspaceHan('open data 统 战')).toBe('open data统战');
	});
});

describe('hasHan', () => {
	it('tells Chinese text from other text', () => {
		expect(hasHan('统战')).toBe(true);
		expect(hasHan('345')).toBe(false);
	});
});

import { describe, expect, it } from 'vitest';
import { hasHan, spaceHan, unspaceHan } from '../../../src/features/search/han-text.ts';

describe('spaceHan', () => {
	it('makes every Chinese character a word and keeps Latin words and numbers whole', () => {
		expect(spaceHan('“345”基层统战工作责任体系')).toBe('“345” 基 层 统 战 工 作 责 任 体 系');
		expect(spaceHan('1+6工作机制')).toBe('1+6 工 作 机 制');
		expect(spaceHan('Pagefind search')).toBe('Pagefind search');
	});

	it('gives punctuation and symbols no word of their own, but never glues two words with them', () => {
		expect(spaceHan('纳入“共性+个性”职责清单')).toBe('纳 入 “共 性+ 个 性” 职 责 清 单');
		expect(spaceHan('五、突出')).toBe('五、 突 出');
		expect(spaceHan('全覆盖，189个联建项目')).toBe('全 覆 盖， 189 个 联 建 项 目');
		expect(spaceHan('建成29“同心荟”')).toBe('建 成 29 “同 心 荟”');
		expect(spaceHan('“万企兴万村”“五突出”')).toBe('“万 企 兴 万 村” “五 突 出”');
		expect(spaceHan('（二）党外')).toBe('（二） 党 外');
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
			'纳入“共性+个性”职责清单',
			'全覆盖，189个联建项目',
			'建成29“同心荟”，（二）党外',
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

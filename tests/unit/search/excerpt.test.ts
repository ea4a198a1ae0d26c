import { describe, expect, it } from 'vitest';
import { buildExcerpt, matchRanges } from '../../../src/features/search/excerpt.ts';

const text = (parts: { text: string }[]) => parts.map((part) => part.text).join('');
const marked = (parts: { text: string; match: boolean }[]) =>
	parts.filter((part) => part.match).map((part) => part.text);

describe('matchRanges', () => {
	it('finds every occurrence and merges overlapping ones', () => {
		expect(matchRanges('统战工作统战', ['统战'])).toEqual([
			[0, 2],
			[4, 6],
		]);
		expect(matchRanges('统战工作', ['统战', '战工'])).toEqual([[0, 3]]);
	});

	it('finds a word across the punctuation the search looks through', () => {
		const text = '纳入“共性+个性”职责清单';
		const [range] = matchRanges(text, ['个性职责']);
		expect(text.slice(...(range ?? [0, 0]))).toBe('个性”职责');
		expect(matchRanges('“1+6”工作机制', ['16'])).toEqual([[1, 4]]);
	});
});

describe('buildExcerpt', () => {
	it('marks the matched words', () => {
		const parts = buildExcerpt('田南村用“五步法”把事商量好。', ['五步法']);
		expect(marked(parts)).toEqual(['五步法']);
		expect(text(parts)).toBe('田南村用“五步法”把事商量好。');
	});

	it('cuts a long text around the first match, with ellipses', () => {
		const long = `${'甲'.repeat(200)}五步法${'乙'.repeat(200)}`;
		const parts = buildExcerpt(long, ['五步法'], 40);
		expect(text(parts).startsWith('…')).toBe(true);
		expect(text(parts).endsWith('…')).toBe(true);
		expect(text(parts).length).toBeLessThanOrEqual(42);
		expect(marked(parts)).toEqual(['五步法']);
	});

	it('prefers a window that shows both words of a two-word query', () => {
		const long = `统战${'甲'.repeat(100)}民营企业和统战${'乙'.repeat(100)}`;
		const parts = buildExcerpt(long, ['统战', '民营企业'], 40);
		expect(marked(parts)).toEqual(['民营企业', '统战']);
	});

	it('starts at the beginning when nothing matches', () => {
		expect(text(buildExcerpt('没有匹配的文字', ['统战'], 4))).toBe('没有匹配…');
	});
});

describe('buildExcerpt after the title', () => {
	const text = '陈村镇同心实践中心 陈村镇的中心设在镇政府院内，常年开放。';

	it('takes the passage from after the title the text starts with', () => {
		const parts = buildExcerpt(text, ['陈村'], 80, '陈村镇同心实践中心');
		expect(parts[0]).toEqual({ text: '…', match: false });
		expect(parts.find((part) => part.match)?.text).toBe('陈村');
		expect(parts.map((part) => part.text).join('')).not.toContain('同心实践中心 陈村');
	});

	it('still marks a word found only in the title', () => {
		const parts = buildExcerpt(text, ['同心'], 80, '陈村镇同心实践中心');
		expect(parts.some((part) => part.match && part.text === '同心')).toBe(true);
	});
});

import { describe, expect, it } from 'vitest';
import {
	compareChinese,
	formatChineseDate,
	formatNumber,
	isoDate,
	newestFirst,
} from '../../../src/core/format.ts';

describe('formatNumber', () => {
	it('groups thousands the way Chinese pages print them', () => {
		expect(formatNumber(22176)).toBe('22,176');
		expect(formatNumber(865)).toBe('865');
	});
});

describe('dates', () => {
	const date = new Date('2023-06-01T00:00:00Z');
	it('writes a Chinese date without leading zeros', () => {
		expect(formatChineseDate(date)).toBe('2023年6月1日');
	});
	it('writes an ISO date for <time datetime>', () => {
		expect(isoDate(date)).toBe('2023-06-01');
	});
});

describe('compareChinese', () => {
	it('orders names by pinyin', () => {
		expect(['柳林镇', '陈村镇', '城关镇', '范家寨镇'].sort(compareChinese)).toEqual([
			'陈村镇',
			'城关镇',
			'范家寨镇',
			'柳林镇',
		]);
	});
});

describe('newestFirst', () => {
	it('orders by date, newest first, without changing the input', () => {
		const items = [
			{ id: 'a', data: { date: new Date('2023-01-01') } },
			{ id: 'b', data: { date: new Date('2024-03-01') } },
		];
		expect(newestFirst(items).map((item) => item.id)).toEqual(['b', 'a']);
		expect(items[0]?.id).toBe('a');
	});
});

import { describe, expect, it } from 'vitest';
import {
	compareChinese,
	formatChineseDate,
	formatNumber,
	isoDate,
} from '../../../src/lib/format.ts';

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

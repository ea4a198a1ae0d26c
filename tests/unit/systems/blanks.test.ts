import { describe, expect, it } from 'vitest';
import {
	blankNames,
	fillBlanks,
	splitBlanks,
	strayBrackets,
} from '../../../src/features/systems/blanks.ts';

describe('blanks', () => {
	it('splits text into plain parts and blanks', () => {
		expect(splitBlanks('由【单位名称】于【年份】制定')).toEqual([
			{ type: 'text', text: '由' },
			{ type: 'blank', name: '单位名称' },
			{ type: 'text', text: '于' },
			{ type: 'blank', name: '年份' },
			{ type: 'text', text: '制定' },
		]);
	});

	it('lists each blank once, the common ones first', () => {
		expect(blankNames('【年份】【会议名称】【单位名称】【年份】【负责人】')).toEqual([
			'单位名称',
			'负责人',
			'年份',
			'会议名称',
		]);
	});

	it('fills blanks that have a value and leaves the others', () => {
		expect(fillBlanks('【单位名称】【年份】', { 单位名称: ' 柳林镇 ', 年份: '  ' })).toBe(
			'柳林镇【年份】',
		);
	});

	it('finds brackets that make no blank', () => {
		expect(strayBrackets('【单位名称】和【未闭合')).toEqual([7]);
		expect(strayBrackets('【】')).toEqual([0, 1]);
		expect(strayBrackets('【单位名称】')).toEqual([]);
	});
});

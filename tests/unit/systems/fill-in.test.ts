import { describe, expect, it } from 'vitest';
import { hasValues, readStoredValues } from '../../../src/features/systems/fill-in.ts';

describe('stored fill-in values', () => {
	it('reads a map of strings and drops anything else', () => {
		expect(readStoredValues('{"单位名称":"柳林镇","年份":2024}')).toEqual({ 单位名称: '柳林镇' });
	});

	it('survives missing or broken storage', () => {
		expect(readStoredValues(null)).toEqual({});
		expect(readStoredValues('{broken')).toEqual({});
		expect(readStoredValues('["a"]')).toEqual({});
	});

	it('tells whether anything was typed', () => {
		expect(hasValues({ 单位名称: ' ' })).toBe(false);
		expect(hasValues({ 单位名称: '柳林镇' })).toBe(true);
	});
});

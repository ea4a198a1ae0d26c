import { describe, expect, it } from 'vitest';
import {
	coordinatesField,
	dateField,
	listIdField,
	slugField,
	visibilityField,
} from '../../../src/core/schemas/fields.ts';

describe('dateField', () => {
	it('takes a date YAML already parsed', () => {
		const date = new Date('2023-06-01T00:00:00Z');
		expect(dateField.parse(date)).toEqual(date);
	});
	it('takes a quoted YYYY-MM-DD and reads it as UTC midnight', () => {
		expect(dateField.parse('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
	});
	it.each(['2023-6-1', '2023年6月1日', '2023-02-30', '2023-13-01'])('refuses %s', (text) => {
		expect(dateField.safeParse(text).success).toBe(false);
	});
	it('refuses a number', () => {
		expect(dateField.safeParse(2023).success).toBe(false);
	});
});

describe('slugField', () => {
	it.each(['chengguan', 'tiannan-village', 'private-economy-1-6'])('accepts %s', (slug) => {
		expect(slugField.parse(slug)).toBe(slug);
	});
	it.each(['城关', 'Chengguan', 'a--b', '-a', 'a b'])('refuses %s', (slug) => {
		expect(slugField.safeParse(slug).success).toBe(false);
	});
});

describe('listIdField', () => {
	it('takes an unquoted division code as its digits', () => {
		expect(listIdField.parse(610305100001)).toBe('610305100001');
	});
	it('refuses an id with capitals or spaces', () => {
		expect(listIdField.safeParse('Enterprise').success).toBe(false);
	});
});

describe('coordinatesField', () => {
	it('defaults to CGCS2000 and exact', () => {
		expect(coordinatesField.parse({ lng: 107.39, lat: 34.52 })).toEqual({
			lng: 107.39,
			lat: 34.52,
			crs: 'cgcs2000',
			approximate: false,
		});
	});
	it('refuses an unknown coordinate system', () => {
		expect(coordinatesField.safeParse({ lng: 107.39, lat: 34.52, crs: 'gps' }).success).toBe(false);
	});
	it('refuses a latitude out of range', () => {
		expect(coordinatesField.safeParse({ lng: 34.52, lat: 107.39 }).success).toBe(false);
	});
});

describe('visibilityField', () => {
	it('defaults to public', () => {
		expect(visibilityField.parse(undefined)).toBe('public');
	});
	it('accepts internal and nothing else', () => {
		expect(visibilityField.parse('internal')).toBe('internal');
		expect(visibilityField.safeParse('secret').success).toBe(false);
	});
});

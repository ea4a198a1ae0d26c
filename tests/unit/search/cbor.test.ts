import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../../src/features/search/cbor.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('encodeCbor', () => {
	it('writes the shortest form of integers, as RFC 8949 lists them', () => {
		expect(hex(encodeCbor(0))).toBe('00');
		expect(hex(encodeCbor(23))).toBe('17');
		expect(hex(encodeCbor(24))).toBe('1818');
		expect(hex(encodeCbor(1000))).toBe('1903e8');
		expect(hex(encodeCbor(1000000))).toBe('1a000f4240');
		expect(hex(encodeCbor(1000000000000))).toBe('1b000000e8d4a51000');
		expect(hex(encodeCbor(-25))).toBe('3818');
	});

	it('writes text as UTF-8 and arrays with their length', () => {
		expect(hex(encodeCbor('统'))).toBe('63e7bb9f');
		expect(hex(encodeCbor([1, [2, 3]]))).toBe('8201820203');
	});

	it('refuses what is not an integer', () => {
		expect(() => encodeCbor(1.5)).toThrow(/not an integer/);
	});
});

describe('decodeCbor', () => {
	it('reads back what was written', () => {
		const value: CborValue = ['1.6.0', [['zh-cn_1a2b3c4', 458, '']], [[-25, 270, 16], []], 70000];
		expect(decodeCbor(encodeCbor(value))).toEqual(value);
	});

	it('refuses data it does not understand or that is cut short', () => {
		expect(() => decodeCbor(Uint8Array.from([0xa1, 0x01, 0x02]))).toThrow(/unsupported/);
		expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/ends too early/);
		expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/after its end/);
	});
});

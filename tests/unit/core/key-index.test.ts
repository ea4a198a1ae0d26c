import { describe, expect, it } from 'vitest';
import { keyIndex } from '../../../src/core/key-index.ts';

describe('keyIndex', () => {
	const items = [{ keys: ['a', 'b', 'a'] }, { keys: ['b'] }, { keys: [] }];
	const keysOf = (item: { keys: string[] }) => item.keys;

	it('lists the positions of the items of each key, each item once', () => {
		const index = keyIndex(items, keysOf);
		expect(index.get('a')).toEqual([0]);
		expect(index.get('b')).toEqual([0, 1]);
		expect(index.get('c')).toBeUndefined();
	});

	it('is made once per list and reader, and again for another reader', () => {
		let reads = 0;
		const counting = (item: { keys: string[] }) => {
			reads++;
			return item.keys;
		};
		keyIndex(items, counting);
		keyIndex(items, counting);
		expect(reads).toBe(items.length);
		expect(keyIndex(items, (item) => item.keys.map((key) => key.toUpperCase())).get('B')).toEqual([
			0, 1,
		]);
	});

	it('indexes values by the key made of each, and treats a missing list as empty', () => {
		const refs = [{ to: [{ id: 'x' }, { id: 'y' }] }, { to: undefined }, { to: [{ id: 'x' }] }];
		const refsOf = (item: (typeof refs)[number]) => item.to;
		const idOf = (ref: { id: string }) => `ref/${ref.id}`;
		const index = keyIndex(refs, refsOf, idOf);
		expect(index.get('ref/x')).toEqual([0, 2]);
		expect(index.get('ref/y')).toEqual([0]);
	});
});

import { describe, expect, it } from 'vitest';
import { rankBySharedKeys, referencing } from '../../../src/lib/references.ts';

describe('referencing', () => {
	const stations = [
		{ id: 'a', systems: [{ collection: 'systems', id: 'study' }] },
		{ id: 'b', systems: [{ collection: 'systems', id: 'records' }] },
		{ id: 'c', systems: undefined },
	];
	it('finds the entries whose references point at the target', () => {
		const found = referencing(stations, (s) => s.systems, { collection: 'systems', id: 'study' });
		expect(found.map((s) => s.id)).toEqual(['a']);
	});
	it('does not confuse two collections with the same id', () => {
		const found = referencing(stations, (s) => s.systems, { collection: 'centers', id: 'study' });
		expect(found).toEqual([]);
	});
});

describe('rankBySharedKeys', () => {
	const stories = [
		{ id: 'x', keys: ['a', 'b', 'c'] },
		{ id: 'y', keys: ['a'] },
		{ id: 'z', keys: ['a', 'b'] },
		{ id: 'w', keys: ['q'] },
	];
	it('ranks by how much is shared, leaves out the item and unrelated ones', () => {
		const ranked = rankBySharedKeys(stories[0]!, stories, (s) => s.keys);
		expect(ranked.map((s) => s.id)).toEqual(['z', 'y']);
	});
	it('respects the limit', () => {
		expect(rankBySharedKeys(stories[0]!, stories, (s) => s.keys, 1)).toHaveLength(1);
	});
});

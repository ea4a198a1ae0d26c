import { describe, expect, it } from 'vitest';
import { referencing } from '../../../src/core/references.ts';

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

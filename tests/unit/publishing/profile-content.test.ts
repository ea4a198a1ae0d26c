import { describe, expect, it } from 'vitest';
import { dataForProfile } from '../../../src/features/publishing/profile-content.ts';

const internal = {
	name: '内部中心',
	visibility: 'internal',
	cover: { src: 'x.webp' },
	gallery: [{ src: 'y.webp' }],
};

describe('dataForProfile', () => {
	it('drops the pictures of an internal entry in the public build', () => {
		expect(dataForProfile(internal, 'public')).toEqual({
			name: '内部中心',
			visibility: 'internal',
		});
	});
	it('keeps them in the intranet build', () => {
		expect(dataForProfile(internal, 'intranet')).toBe(internal);
	});
	it('keeps the pictures of a public entry', () => {
		const entry = { name: '中心', cover: { src: 'x.webp' } };
		expect(dataForProfile(entry, 'public')).toBe(entry);
	});
});

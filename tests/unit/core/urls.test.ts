import { describe, expect, it } from 'vitest';
import { entryPath, withBase } from '../../../src/core/urls.ts';

describe('withBase', () => {
	it('leaves paths alone at the root', () => {
		expect(withBase('/centers/', '/')).toBe('/centers/');
	});
	it('prefixes a sub-path with exactly one slash between the parts', () => {
		expect(withBase('/centers/', '/tongzhan/')).toBe('/tongzhan/centers/');
		expect(withBase('centers/', '/tongzhan')).toBe('/tongzhan/centers/');
		expect(withBase('/', '/a/b/')).toBe('/a/b/');
	});
});

describe('entryPath', () => {
	it('builds the readable URL of an entry', () => {
		expect(entryPath('stations', 'tiannan-village')).toBe('/stations/tiannan-village/');
	});
});

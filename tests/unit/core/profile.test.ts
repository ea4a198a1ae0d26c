import { describe, expect, it } from 'vitest';
import { isVisibleIn, siteProfile } from '../../../src/core/profile.ts';
import { contentRoot } from '../../../src/core/content-root.ts';

describe('siteProfile', () => {
	it('defaults to the public build', () => {
		expect(siteProfile({})).toBe('public');
	});
	it('accepts the intranet build', () => {
		expect(siteProfile({ SITE_PROFILE: 'intranet' })).toBe('intranet');
	});
	it('refuses an unknown profile, naming it', () => {
		expect(() => siteProfile({ SITE_PROFILE: 'internal' })).toThrow(/internal/);
	});
});

describe('isVisibleIn', () => {
	it('keeps internal entries out of the public build only', () => {
		expect(isVisibleIn('public', 'public')).toBe(true);
		expect(isVisibleIn('public', 'internal')).toBe(false);
		expect(isVisibleIn('intranet', 'internal')).toBe(true);
	});
});

describe('contentRoot', () => {
	it('is content/ unless CONTENT_DIR points elsewhere', () => {
		expect(contentRoot({})).toMatch(/[\\/]content$/);
		expect(contentRoot({ CONTENT_DIR: '/tmp/other' })).toBe('/tmp/other');
	});
});

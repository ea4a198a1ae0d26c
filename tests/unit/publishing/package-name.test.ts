import { describe, expect, it } from 'vitest';
import { checksumLine, packageName } from '../../../src/features/publishing/package-name.ts';

describe('packageName', () => {
	it('says what, which edition, which version and which day', () => {
		expect(
			packageName({
				name: 'tongxin',
				profile: 'intranet',
				version: '1.2.0',
				builtAt: '2026-11-27T09:00:00.000Z',
			}),
		).toBe('tongxin-intranet-1.2.0-20261127');
	});
});

describe('checksumLine', () => {
	it('is what sha256sum -c reads', () => {
		expect(checksumLine('ab12', 'x.tar.gz')).toBe('ab12  x.tar.gz\n');
	});
});

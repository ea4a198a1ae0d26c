import { describe, expect, it } from 'vitest';
import {
	contentSecurityPolicy,
	contentSecurityPolicyHeader,
} from '../../../src/features/publishing/csp.ts';

describe('contentSecurityPolicy', () => {
	it('allows scripts and styles from the site only, with no inline code or eval', () => {
		const policy = contentSecurityPolicy();
		expect(policy).toContain("script-src 'self';");
		expect(policy).toContain("style-src 'self';");
		expect(policy).not.toMatch(/unsafe-eval/);
		// Only style attributes may be inline; scripts and style elements may not.
		expect(policy.match(/[\w-]+ [^;]*'unsafe-inline'/g)).toEqual([
			"style-src-attr 'unsafe-inline'",
		]);
		expect(policy).toContain("object-src 'none'");
	});
	it('allows WebAssembly only when asked, for the search page', () => {
		expect(contentSecurityPolicy({ wasm: true })).toContain(
			"script-src 'self' 'wasm-unsafe-eval';",
		);
		expect(contentSecurityPolicy()).not.toContain('wasm');
	});
	it('forbids framing by other sites in the header form', () => {
		expect(contentSecurityPolicyHeader()).toMatch(/frame-ancestors 'self'$/);
	});
});

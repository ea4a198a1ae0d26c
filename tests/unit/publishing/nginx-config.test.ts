import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader } from '../../../src/features/publishing/csp.ts';

const config = readFileSync(new URL('../../../deploy/nginx.conf', import.meta.url), 'utf8');
const policies = [...config.matchAll(/add_header Content-Security-Policy "([^"]+)"/g)].map(
	(match) => match[1],
);

describe('the sample nginx configuration', () => {
	it('sends the policy the pages are built for', () => {
		expect(policies.length).toBeGreaterThanOrEqual(2);
		expect(policies.filter((policy) => policy === contentSecurityPolicyHeader())).not.toHaveLength(
			0,
		);
	});
	it('allows WebAssembly on the search page only', () => {
		const wasm = policies.filter((policy) => policy?.includes('wasm-unsafe-eval'));
		expect(wasm).toEqual([contentSecurityPolicyHeader({ wasm: true })]);
		expect(config).toMatch(/location \/tongzhan\/search\/ \{[^}]*wasm-unsafe-eval/);
	});
	it('serves the precompressed files and caches hashed assets for long', () => {
		expect(config).toContain('gzip_static on;');
		expect(config).toMatch(/location \/tongzhan\/_astro\/ \{[^}]*immutable/);
	});
	it('names the types of Word downloads and Pagefind files', () => {
		expect(config).toMatch(/wordprocessingml\.document docx;/);
		expect(config).toMatch(/pagefind;/);
	});
});

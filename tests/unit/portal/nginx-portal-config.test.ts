import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyHeader } from '../../../src/features/publishing/csp.ts';

const read = (file: string) =>
	readFileSync(new URL(`../../../deploy/${file}`, import.meta.url), 'utf8');
const config = read('nginx-portal.conf');
const policies = [...config.matchAll(/add_header Content-Security-Policy "([^"]+)"/g)].map(
	(match) => match[1],
);
/** The `types` block, which the portal's districts need like a single site. */
const typesOf = (text: string) => /types \{[^}]*\}/.exec(text)?.[0];

describe('the sample nginx configuration of a portal and its districts', () => {
	it('sends only the policies the pages are built for, WebAssembly on search pages only', () => {
		expect(new Set(policies)).toEqual(
			new Set([contentSecurityPolicyHeader(), contentSecurityPolicyHeader({ wasm: true })]),
		);
		const wasm = [...config.matchAll(/location ([^{]+) \{[^}]*wasm-unsafe-eval/g)].map((match) =>
			match[1]?.trim(),
		);
		expect(wasm).toEqual(['/search/', '~ ^/[^/]+/search/']);
	});

	it('serves each district under its path from a folder of its own, with its own 404 page', () => {
		expect(config).toContain('root /srv/tongxin/portal;');
		expect(config).toMatch(
			/location ~ \^\/\(\?<district>fengxiang\|chencang\|qishan\)\/ \{\s+root \/srv\/tongxin\/districts;/,
		);
		expect(config).toContain('error_page 404 /$district/404.html;');
	});

	it('keeps the single site’s types, precompressed files and long caching of hashed assets', () => {
		expect(typesOf(config)).toBe(typesOf(read('nginx.conf')));
		expect(config).toContain('gzip_static on;');
		expect(config).toMatch(/location \/_astro\/ \{[^}]*immutable/);
		expect(config).toMatch(/location ~ \^\/\[\^\/\]\+\/_astro\/ \{[^}]*immutable/);
	});
});

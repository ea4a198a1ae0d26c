// @ts-check
import { createHash } from 'node:crypto';
import path from 'node:path';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/**
 * Where the site is served. `SITE_URL` is the origin (used for absolute links such as feeds);
 * `BASE_PATH` the folder under it, for hosts that publish the site under a sub-path.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
// Astro lets a stray BASE_URL variable (test runners set one) override the configured base in
// rendered pages; where the site lives is set by BASE_PATH alone.
delete process.env.BASE_URL;
/**
 * Astro keeps parsed entries between builds. One cache per profile and content folder: a public
 * build must never reuse entries stored by an intranet build, nor entries of another folder.
 */
const contentKey = createHash('sha256')
	.update(path.resolve(process.env.CONTENT_DIR || 'content'))
	.digest('hex')
	.slice(0, 8);
const cacheDir =
	process.env.ASTRO_CACHE_DIR ||
	`./node_modules/.astro/${process.env.SITE_PROFILE || 'public'}-${contentKey}`;
/** Where the build writes; tests and packaging build elsewhere than `dist/`. */
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
	site,
	base,
	outDir,
	cacheDir,
	trailingSlash: 'always',
	// Stylesheets stay files, so pages run under a CSP with no inline styles.
	build: { format: 'directory', inlineStylesheets: 'never' },
	// The sitemap lists the pages this build wrote, so a public build names no internal page.
	integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
	// The intranet has no internet: never prefetch or load anything from elsewhere.
	prefetch: false,
	devToolbar: { enabled: false },
	server: { host: '127.0.0.1' },
	vite: {
		build: {
			// Astro inlines small page scripts, which the CSP (no inline script) would block: scripts
			// always stay files. Other assets keep Vite's default limit.
			assetsInlineLimit: (file) => (/\.m?js$/.test(file) ? false : undefined),
			rollupOptions: {
				onwarn(warning, warn) {
					// MDX pages carry Astro's own "use astro:head-inject" marker; the bundler's note
					// about it is noise for every story and hides real warnings.
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						warning.message.includes('astro:head-inject')
					)
						return;
					warn(warning);
				},
			},
		},
	},
});

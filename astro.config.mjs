// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/**
 * Where the site is served. `SITE_URL` is the origin (used for absolute links such as feeds);
 * `BASE_PATH` the folder under it, for hosts that publish the site under a sub-path.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';
/** Where the build writes; tests and packaging build elsewhere than `dist/`. */
const outDir = process.env.OUT_DIR || './dist';

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'always',
	// Styles always as files: the Content-Security-Policy allows no inline `<style>`.
	build: { format: 'directory', inlineStylesheets: 'never' },
	integrations: [mdx()],
	// The intranet has no internet: never prefetch or load anything from elsewhere.
	prefetch: false,
	devToolbar: { enabled: false },
	server: { host: '127.0.0.1' },
	vite: {
		build: {
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

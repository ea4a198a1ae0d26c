// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readSettings } from './src/core/settings.ts';
import { settingsModule } from './src/site/settings-module.ts';
import { bodyPlugins } from './src/site/markdown.ts';

// Astro lets a stray BASE_URL variable (test runners set one) override the configured base in
// rendered pages; where the site lives is set by BASE_PATH alone.
delete process.env.BASE_URL;
/** Parsed once here and handed to the site's code as `virtual:tongxin/settings`. */
const settings = readSettings(process.env);

export default defineConfig({
	site: settings.siteUrl,
	base: settings.basePath,
	outDir: settings.outDir,
	cacheDir: settings.cacheDir,
	trailingSlash: 'always',
	// Stylesheets stay files, so pages run under a CSP with no inline styles.
	// Several pages at once: the template documents are packed on worker threads
	// (`src/features/systems/docx-pool.ts`) while pages render here.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
	// Every Markdown and MDX body goes through the allow-list sanitiser, in both profiles. Code
	// blocks are not coloured: the colours would need style attributes the allow-list refuses.
	markdown: { processor: satteri({ hastPlugins: bodyPlugins }), syntaxHighlight: false },
	// The sitemap lists the pages this build wrote, so a public build names no internal page.
	integrations: [
		settingsModule(settings),
		mdx(),
		sitemap({ filter: (page) => !/\/404\/?$/.test(page) }),
	],
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

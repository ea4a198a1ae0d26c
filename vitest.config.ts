import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					// A few unit tests write and read whole ledgers or run a command; they share the
					// machine with the site project's builds.
					testTimeout: 30_000,
				},
			},
			{
				// Builds the sample site once, then checks it as files and in a real browser.
				test: {
					name: 'site',
					include: ['tests/site/**/*.test.ts'],
					globalSetup: ['tests/helpers/build-sample-site.ts'],
					fileParallelism: false,
					// Many tests here run a whole build (one or two profiles); on a busy 2-core machine one
					// build can take two minutes.
					testTimeout: 240_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});

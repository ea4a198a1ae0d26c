// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Which way imports may go (CONTRIBUTING.md, "Which way imports go"): each layer names the
 * layers above it, which it must never import. Paths are matched on the import as written.
 */
const above = {
	core: ['features', 'site', 'pages', 'content.config'],
	features: ['site', 'pages', 'content.config'],
	site: ['pages', 'content.config'],
};
const outsideTheProduct = ['tools', 'scripts', 'tests'];

/**
 * A `no-restricted-imports` rule forbidding the given top-level folders of the house.
 * @param {string[]} folders
 * @param {string} message
 * @returns {import('eslint').Linter.RuleEntry}
 */
function forbid(folders, message) {
	return [
		'error',
		{
			patterns: [
				{
					group: folders.flatMap((folder) => [
						`**/${folder}/**`,
						`**/${folder}`,
						`**/${folder}.ts`,
					]),
					message,
				},
			],
		},
	];
}

export default defineConfig(
	{ ignores: ['dist/', 'dist-portal/', '.astro/', '.tmp/', 'node_modules/', 'packages/'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['tests/**'],
		rules: {
			// Vitest's asymmetric matchers (expect.objectContaining…) are typed `any`, and tests read
			// built JSON back to assert on it; the assertions, not the types, check those values.
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			// Fakes of async APIs answer at once.
			'@typescript-eslint/require-await': 'off',
		},
	},
	{
		files: ['src/core/**'],
		rules: {
			'no-restricted-imports': forbid(
				[...above.core, ...outsideTheProduct],
				'src/core/ is the framework: it imports no feature and nothing above it. Pass what it needs in from src/site/.',
			),
		},
	},
	{
		files: ['src/features/**'],
		ignores: ['src/features/*/client/**'],
		rules: {
			'no-restricted-imports': forbid(
				[...above.features, ...outsideTheProduct],
				'A feature imports src/core/ and other features, never src/site/, pages, tools or tests. Take what it needs as a parameter.',
			),
		},
	},
	{
		files: ['src/features/*/client/**', 'src/site/client/**'],
		languageOptions: { globals: { ...globals.browser } },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [...above.features, ...outsideTheProduct].flatMap((folder) => [
								`**/${folder}/**`,
							]),
							message: 'Browser code imports only pure modules of src/core/ and the features.',
						},
						{
							group: ['node:*', 'astro:content', 'virtual:*'],
							message: 'Browser code runs in the reader’s browser: no Node modules, no content.',
						},
					],
				},
			],
		},
	},
	{
		files: ['src/site/**'],
		ignores: ['src/site/client/**'],
		rules: {
			'no-restricted-imports': forbid(
				[...above.site, ...outsideTheProduct],
				'src/site/ assembles the features; routes live in src/pages/.',
			),
		},
	},
	{
		files: ['src/pages/**', 'src/portal/**', 'src/content.config.ts', 'tools/**'],
		rules: {
			'no-restricted-imports': forbid(
				['tests'],
				'Only tests import tests/; shared test and tool machinery lives in tools/harness/.',
			),
		},
	},
	{
		files: ['scripts/**'],
		rules: {
			'no-restricted-imports': forbid(
				['tests', 'tools'],
				'The commands of npm run are the product: they import src/ only, so a deployment without the developer tools still runs them.',
			),
		},
	},
	{
		files: ['src/site/client/**/*.js'],
		languageOptions: { sourceType: 'script' },
	},
	// Type-checked rules run on the TypeScript modules, where the logic is. Astro components are
	// markup whose front matter the type-aware parser cannot resolve (`astro:content` types come
	// out as errors there), and plain JavaScript files are not in the TypeScript project.
	{ files: ['**/*.astro', '**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isVisibleIn, readSettings, SettingsError } from '../../../src/core/settings.ts';

function problemsOf(env: Record<string, string>) {
	try {
		readSettings(env, '/work/site');
	} catch (error) {
		if (error instanceof SettingsError) return error.problems;
		throw error;
	}
	throw new Error('expected a SettingsError');
}

describe('readSettings', () => {
	it('gives the defaults of a local public build, every path absolute', () => {
		const settings = readSettings({}, '/work/site');
		expect(settings).toMatchObject({
			profile: 'public',
			siteUrl: 'http://localhost:4321',
			siteUrlIsDefault: true,
			basePath: '/',
			contentDir: '/work/site/content',
			outDir: '/work/site/dist',
			pageWeightBudgets: 'enforce',
			searchHeadPages: 160,
			workbenchPort: 4321,
		});
		expect(settings.cacheDir).toMatch(/^\/work\/site\/node_modules\/\.astro\/public-[0-9a-f]{8}$/);
	});

	it('reads every variable an operator sets', () => {
		const settings = readSettings(
			{
				SITE_PROFILE: 'intranet',
				SITE_URL: 'https://tongzhan.example.gov.cn/',
				BASE_PATH: '/tongzhan/',
				CONTENT_DIR: '../other',
				OUT_DIR: '/srv/out',
				ASTRO_CACHE_DIR: '.cache',
				SEARCH_STATS_FILE: 'stats.json',
			},
			'/work/site',
		);
		expect(settings).toMatchObject({
			profile: 'intranet',
			siteUrl: 'https://tongzhan.example.gov.cn',
			siteUrlIsDefault: false,
			basePath: '/tongzhan/',
			contentDir: path.resolve('/work/other'),
			outDir: '/srv/out',
			cacheDir: '/work/site/.cache',
			reports: { searchStatsFile: '/work/site/stats.json' },
		});
	});

	it('keeps one cache per profile and content folder', () => {
		const caches = [
			readSettings({}, '/a').cacheDir,
			readSettings({ SITE_PROFILE: 'intranet' }, '/a').cacheDir,
			readSettings({ CONTENT_DIR: 'fixture' }, '/a').cacheDir,
		];
		expect(new Set(caches).size).toBe(3);
	});

	it('reads the workbench port and refuses one that is not a port', () => {
		expect(readSettings({ WORKBENCH_PORT: '8080' }, '/a').workbenchPort).toBe(8080);
		expect(problemsOf({ WORKBENCH_PORT: '70000' })).toEqual([
			{ variable: 'WORKBENCH_PORT', message: '端口号应在 1 到 65535 之间' },
		]);
		expect(problemsOf({ WORKBENCH_PORT: 'abc' })[0]?.variable).toBe('WORKBENCH_PORT');
	});

	it('reads the head index size of the search and refuses a negative one', () => {
		expect(readSettings({ SEARCH_HEAD_PAGES: '0' }, '/a').searchHeadPages).toBe(0);
		expect(problemsOf({ SEARCH_HEAD_PAGES: '-1' })).toEqual([
			{ variable: 'SEARCH_HEAD_PAGES', message: '不能小于 0' },
		]);
	});

	it('treats an empty variable as unset', () => {
		expect(readSettings({ SITE_PROFILE: '', BASE_PATH: '' }, '/a')).toMatchObject({
			profile: 'public',
			basePath: '/',
		});
	});

	it('refuses an unknown profile, naming the variable and the value, in Chinese', () => {
		expect(problemsOf({ SITE_PROFILE: 'internal' })).toEqual([
			{ variable: 'SITE_PROFILE', message: expect.stringMatching(/public.*intranet.*“internal”/) },
		]);
	});

	it('refuses a base path without its slashes and a site that is not a web address', () => {
		const problems = problemsOf({ BASE_PATH: 'tongzhan', SITE_URL: 'tongzhan.gov.cn' });
		expect(problems.map((problem) => problem.variable).sort()).toEqual(['BASE_PATH', 'SITE_URL']);
		expect(problems.find((problem) => problem.variable === 'BASE_PATH')?.message).toContain(
			'/tongzhan/',
		);
		expect(problemsOf({ BASE_PATH: '/tongzhan' })[0]?.variable).toBe('BASE_PATH');
		expect(problemsOf({ SITE_URL: 'ftp://example.gov.cn' })[0]?.variable).toBe('SITE_URL');
	});

	it('refuses a site address with a path, which belongs in BASE_PATH', () => {
		expect(problemsOf({ SITE_URL: 'https://example.gov.cn/tongzhan/' })[0]?.message).toContain(
			'BASE_PATH',
		);
	});
});

describe('isVisibleIn', () => {
	it('keeps internal entries out of the public build only', () => {
		expect(isVisibleIn('public', 'public')).toBe(true);
		expect(isVisibleIn('public', 'internal')).toBe(false);
		expect(isVisibleIn('intranet', 'internal')).toBe(true);
	});
});

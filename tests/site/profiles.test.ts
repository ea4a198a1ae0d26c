/**
 * One source, two audiences: what is internal reaches the intranet build and nothing of the
 * public build — pages, lists, images, compressed copies, any file at all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listSiteFiles } from '../../src/core/post-build/site-files.ts';
import { buildSite, type BuildResult } from '../../tools/harness/build-site.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';
import { filesContaining, readBuiltFiles } from '../helpers/site-text.ts';

// Planted in tests/fixtures/content: an internal center and system, an internal note, a contact.
const MARKERS = [
	'INTERNALMARKER',
	'内部联系人甲',
	'内部试点中心',
	'internal-rule',
	'internal-center',
];

let publicBuild: BuildResult;
let intranetBuild: BuildResult;
let publicTexts: Map<string, string>;
let intranetTexts: Map<string, string>;

beforeAll(() => {
	publicBuild = buildSite('profile-public', {
		CONTENT_DIR: FIXTURE_CONTENT,
		SITE_PROFILE: 'public',
	});
	intranetBuild = buildSite('profile-intranet', {
		CONTENT_DIR: FIXTURE_CONTENT,
		SITE_PROFILE: 'intranet',
	});
	publicTexts = readBuiltFiles(publicBuild.outDir);
	intranetTexts = readBuiltFiles(intranetBuild.outDir);
});

describe('build profiles', () => {
	it('warn, naming SITE_URL, when it was left at its default', () => {
		for (const build of [publicBuild, intranetBuild]) {
			expect(build.output).toContain('没有设置 SITE_URL');
			expect(build.output).toContain('SITE_URL=https://');
		}
	});

	it('both build', () => {
		expect(publicBuild.status, publicBuild.output).toBe(0);
		expect(intranetBuild.status, intranetBuild.output).toBe(0);
	});

	it.each(MARKERS)('the public build holds %s in no file', (marker) => {
		expect(filesContaining(publicTexts, marker)).toEqual([]);
	});

	it.each(MARKERS)('the intranet build holds %s', (marker) => {
		expect(filesContaining(intranetTexts, marker).length).toBeGreaterThan(0);
	});

	it('publishes an internal entry’s title on intranet pages and lists only', () => {
		expect(filesContaining(intranetTexts, '内部台账办法INTERNALMARKER')).toEqual(
			expect.arrayContaining(['systems/internal-rule/index.html', 'systems/index.html']),
		);
	});

	it('ships no image used only by an internal entry in the public build', () => {
		expect(
			listSiteFiles(publicBuild.outDir).filter((file) => file.includes('internal-only')),
		).toEqual([]);
		expect(
			listSiteFiles(intranetBuild.outDir).filter((file) => file.includes('internal-only')).length,
		).toBeGreaterThan(0);
	});

	it('counts only public entries in the public build', () => {
		expect(publicTexts.get('centers/index.html')).toContain('共 1 个');
		expect(intranetTexts.get('centers/index.html')).toContain('共 2 个');
	});

	it('says visibly that the intranet build is the internal edition', () => {
		expect(intranetTexts.get('index.html')).toContain('内部版');
		expect(publicTexts.get('index.html')).not.toContain('内部版');
	});
});

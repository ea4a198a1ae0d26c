/**
 * The trust boundary in real builds. Leaks are planted together in one fixture with unique
 * markers, built once per profile, and every file of the public build (decompressed) is searched;
 * every input the check refuses is planted together for one `npm run build`, which must name each
 * source file and line with no stack trace and leave the previous site alone; and a build whose
 * loaders do not seal the source is stopped by the public-build audit alone.
 */
import {
	cpSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSiteFiles } from '../../src/core/post-build/site-files.ts';
import {
	buildOutDir,
	buildSite,
	PROJECT_ROOT,
	type BuildResult,
} from '../../tools/harness/build-site.ts';
import { badInputs, expectedLine, station, story } from '../helpers/bad-inputs.ts';
import { copyContent, FIXTURE_CONTENT, type FixtureCopy } from '../helpers/fixture-content.ts';
import { filesContaining, readBuiltFiles } from '../helpers/site-text.ts';
import { operatorEnvironment } from '../../tools/harness/build-site.ts';

const copies: FixtureCopy[] = [];
afterAll(() => copies.forEach((copy) => copy.dispose()));
const fresh = () => {
	const copy = copyContent();
	copies.push(copy);
	return copy;
};

/** A previous good site in the output folder, to prove a failed build leaves it alone. */
function previousSite(name: string): string {
	const outDir = buildOutDir(name);
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(outDir, { recursive: true });
	writeFileSync(path.join(outDir, 'index.html'), 'previous site');
	return outDir;
}
const untouched = (outDir: string) => {
	expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toBe('previous site');
	expect(listSiteFiles(outDir)).toEqual(['index.html']);
};
const NO_STACK = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at file:/m;

// Leaks planted in one copy: each marker is unique, so finding it anywhere proves a leak.
const LEAKS = {
	storyPictureField: 'leak-story-picture',
	storyBodyPicture: 'leak-story-body',
	centerBodyPicture: 'leak-center-body',
	twinPicture: 'leak-twin',
	comment: 'COMMENTMARKER内部备注',
	storyText: 'STORYMARKER内部案例',
	contact: 'CONTACTMARKER联系人',
	internalFigure: 'FIGUREMARKER内部数据',
};

async function plantLeaks(copy: FixtureCopy): Promise<void> {
	// Pictures of their own (identical files would be stored once, under one name).
	for (const [index, name] of [
		LEAKS.storyPictureField,
		LEAKS.storyBodyPicture,
		LEAKS.centerBodyPicture,
	].entries()) {
		await sharp({
			create: { width: 64, height: 48, channels: 3, background: { r: 40 * index, g: 90, b: 200 } },
		})
			.webp()
			.toFile(path.join(copy.root, `images/${name}.webp`));
	}
	// Byte for byte the public cover: the public page must still name it after the public file.
	cpSync(
		path.join(copy.root, 'images/cover.webp'),
		path.join(copy.root, `images/${LEAKS.twinPicture}.webp`),
	);
	const [storyFile, storyText] = story('leak-story', {
		front: `visibility: internal\npictures:\n  field: { src: ../images/${LEAKS.storyPictureField}.webp, alt: 内部图片 }\n  twin: { src: ../images/${LEAKS.twinPicture}.webp, alt: 内部图片 }\n`,
		body: `${LEAKS.storyText}的正文，这是只有内网能看的案例故事。\n\n<Figure picture="field" />\n\n<Figure picture="twin" />\n\n![正文图片](../images/${LEAKS.storyBodyPicture}.webp)`,
	});
	copy.write(storyFile, storyText);
	copy.edit(
		'centers/internal-center.md',
		'内部试点中心的正文INTERNALMARKER。',
		`内部试点中心的正文INTERNALMARKER。\n\n![正文图片](../images/${LEAKS.centerBodyPicture}.webp)`,
	);
	copy.edit(
		'centers/easttown.md',
		'东镇同心实践中心的正文。',
		`东镇同心实践中心的正文。\n\n<!-- 内部：${LEAKS.comment} -->`,
	);
	copy.edit('centers/easttown.md', 'name: 内部联系人甲', `name: ${LEAKS.contact}`);
	copy.write(
		'figures/figures.yaml',
		`${copy.read('figures/figures.yaml')}- id: internal-figure\n  label: ${LEAKS.internalFigure}\n  value: 7\n  unit: 个\n  asOf: 2024-04-23\n  source: 测试来源\n  group: 阵地建设\n  visibility: internal\n`,
	);
	// Public entries that name internal ones: they build, and show nothing of them.
	const [quoteFile, quoteText] = story('quotes-inside', {
		body: '<LinkCard center="internal-center" />\n\n<NumberCallout figure="internal-figure" />\n\n正文。',
	});
	copy.write(quoteFile, quoteText);
	const [pointsFile, pointsText] = station('points-inside');
	copy.write(pointsFile, pointsText.replace('center: easttown', 'center: internal-center'));
}

describe('leaks planted in one fixture', () => {
	let publicBuild: BuildResult;
	let intranetBuild: BuildResult;
	let publicTexts: Map<string, string>;
	let intranetTexts: Map<string, string>;
	beforeAll(async () => {
		const copy = fresh();
		await plantLeaks(copy);
		publicBuild = buildSite('trust-public', { CONTENT_DIR: copy.root, SITE_PROFILE: 'public' });
		intranetBuild = buildSite('trust-intranet', {
			CONTENT_DIR: copy.root,
			SITE_PROFILE: 'intranet',
		});
		publicTexts = readBuiltFiles(publicBuild.outDir);
		intranetTexts = readBuiltFiles(intranetBuild.outDir);
	});

	it('both profiles build', () => {
		expect(publicBuild.status, publicBuild.output.slice(-3000)).toBe(0);
		expect(intranetBuild.status, intranetBuild.output.slice(-3000)).toBe(0);
	});

	it.each(Object.entries(LEAKS))(
		'the public build holds %s (%s) in no file and no file name',
		(_, marker) => {
			expect(filesContaining(publicTexts, marker)).toEqual([]);
			expect(listSiteFiles(publicBuild.outDir).filter((file) => file.includes(marker))).toEqual([]);
		},
	);

	it.each(Object.entries(LEAKS).filter(([key]) => key !== 'comment' && key !== 'twinPicture'))(
		'the intranet build holds %s',
		(_, marker) => {
			const named = listSiteFiles(intranetBuild.outDir).filter((file) => file.includes(marker));
			expect(filesContaining(intranetTexts, marker).length + named.length).toBeGreaterThan(0);
		},
	);

	it('drops HTML comments from the pages of both profiles', () => {
		expect(filesContaining(intranetTexts, LEAKS.comment)).toEqual([]);
		expect(publicTexts.get('centers/easttown/index.html')).toContain('东镇同心实践中心的正文。');
	});

	it('names the public cover after the public file even where an internal twin exists', () => {
		const html = publicTexts.get('centers/easttown/index.html')!;
		expect(html).toMatch(/_astro\/cover\.[\w-]+\.webp/);
	});

	it('builds public entries that name internal ones, showing nothing of them', () => {
		const quoting = publicTexts.get('cases/quotes-inside/index.html')!;
		expect(quoting).toContain('正文。');
		expect(quoting).not.toContain('内部试点中心');
		expect(quoting).not.toContain('number-callout');
		expect(publicTexts.get('stations/points-inside/index.html')).not.toContain('内部试点中心');
	});
});

describe('npm run build on every input the check refuses, planted together', () => {
	const refused = badInputs.filter((input) => input.outcome === 'refused' && !input.shared);
	let build: BuildResult;
	let copy: FixtureCopy;
	let outDir: string;
	beforeAll(() => {
		copy = fresh();
		for (const input of refused) input.plant(copy);
		outDir = previousSite('trust-refused');
		build = buildSite('trust-refused', { CONTENT_DIR: copy.root });
	});

	it('stops, keeps the previous site and prints no stack trace', () => {
		expect(build.status).not.toBe(0);
		expect(build.output).toContain('构建已停止');
		expect(build.output).not.toMatch(NO_STACK);
		untouched(outDir);
		// No half-made site is left beside it (the build names its folder by its own process id).
		expect(
			readdirSync(path.dirname(outDir)).filter((name) =>
				name.startsWith(`${path.basename(outDir)}.partial-`),
			),
		).toEqual([]);
	});

	it.each(refused.map((input) => [input.name, input] as const))(
		'names the file and line of %s',
		(_, input) => {
			const line = expectedLine(input, copy);
			expect(build.output).toMatch(
				new RegExp(
					`${path.basename(copy.root)}/${input.file!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}\\b`,
				),
			);
		},
	);
});

describe('a picture Astro cannot read', () => {
	it('stops the build naming the entry and its line, and keeps the previous site', () => {
		const copy = fresh();
		// A WebP header with nothing a decoder can read after it.
		const header = readFileSync(path.join(FIXTURE_CONTENT, 'images/cover.webp')).subarray(0, 40);
		writeFileSync(
			path.join(copy.root, 'images/cover.webp'),
			Buffer.concat([header, Buffer.alloc(200, 7)]),
		);
		const outDir = previousSite('trust-broken-picture');
		const build = buildSite('trust-broken-picture', { CONTENT_DIR: copy.root });
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/centers\/easttown\.md:9\s+cover\.src\s+图片/);
		expect(build.output).not.toMatch(NO_STACK);
		untouched(outDir);
	});
});

describe('a build whose loaders do not seal the source', () => {
	it('is stopped by the public-build audit alone, naming the file and the entry', () => {
		// A copy of the project whose content config seals for the wrong profile.
		const project = path.join(PROJECT_ROOT, '.tmp', 'unsealed');
		rmSync(project, { recursive: true, force: true });
		mkdirSync(project, { recursive: true });
		for (const item of [
			'src',
			'scripts',
			'public',
			'docs',
			'astro.config.mjs',
			'package.json',
			'tsconfig.json',
		])
			cpSync(path.join(PROJECT_ROOT, item), path.join(project, item), { recursive: true });
		symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(project, 'node_modules'));
		const config = path.join(project, 'src/content.config.ts');
		const text = readFileSync(config, 'utf8');
		expect(text).toContain('siteContentScope(profile,');
		writeFileSync(
			config,
			text.replace('siteContentScope(profile,', "siteContentScope('intranet',"),
		);

		const outDir = previousSite('trust-unsealed');
		const result = spawnSync('npm', ['run', 'build', '--silent'], {
			cwd: project,
			env: operatorEnvironment({
				ASTRO_TELEMETRY_DISABLED: '1',
				CONTENT_DIR: FIXTURE_CONTENT,
				SITE_PROFILE: 'public',
				OUT_DIR: outDir,
				ASTRO_CACHE_DIR: path.join(project, '.cache'),
			}),
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
		});
		const output = `${result.stdout}\n${result.stderr}`;
		expect(result.status, output.slice(-3000)).not.toBe(0);
		expect(output).toContain('公开版审计');
		expect(output).toMatch(
			/centers\/internal-center\/index\.html .*content\/centers\/internal-center\.md/,
		);
		expect(output).toMatch(
			/systems\/internal-rule\/index\.html .*content\/systems\/internal-rule\.md/,
		);
		expect(output).toContain('来自 content/centers/internal-center.md 的图片 internal-only.webp');
		untouched(outDir);
		rmSync(project, { recursive: true, force: true });
	});
});

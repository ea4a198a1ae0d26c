import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/core/post-build/html.ts';
import {
	imageCheck,
	imagesWithoutAttributes,
	MAX_IMAGE_BYTES,
	oversizedImages,
} from '../../../src/features/publishing/image-check.ts';
import { readSettings } from '../../../src/core/settings.ts';

describe('oversizedImages', () => {
	it('reports pictures over 200 KB and leaves other files alone', () => {
		const problems = oversizedImages([
			{ file: '_astro/a.webp', bytes: MAX_IMAGE_BYTES + 1 },
			{ file: '_astro/b.jpg', bytes: MAX_IMAGE_BYTES },
			{ file: 'pagefind/index.js', bytes: MAX_IMAGE_BYTES * 3 },
		]);
		expect(problems.map((problem) => problem.file)).toEqual(['_astro/a.webp']);
		expect(problems[0]!.message).toContain('200 KB');
	});
});

describe('imagesWithoutAttributes', () => {
	it('reports an <img> missing width, height or alt, and accepts an empty alt', () => {
		const page = parsePage(
			'<img src="a.webp" width="10" height="10" alt="">' +
				'<img src="b.webp" alt="图">' +
				'<img src="c.webp" width="1" height="1">',
		);
		const problems = imagesWithoutAttributes('x/index.html', page);
		expect(problems.map((problem) => problem.message)).toEqual([
			expect.stringContaining('b.webp 缺少 width、height'),
			expect.stringContaining('c.webp 缺少 alt'),
		]);
	});
});

describe('the image check step', () => {
	let dir: string;
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('passes a clean build and stops one with a heavy picture', async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'tongxin-images-'));
		mkdirSync(path.join(dir, '_astro'));
		writeFileSync(
			path.join(dir, 'index.html'),
			'<img src="_astro/a.webp" width="1" height="1" alt="a">',
		);
		writeFileSync(path.join(dir, '_astro/a.webp'), Buffer.alloc(1000));
		const site = { dir, settings: readSettings({}) };
		expect(await imageCheck.run(site)).toEqual([]);
		writeFileSync(path.join(dir, '_astro/a.webp'), Buffer.alloc(MAX_IMAGE_BYTES + 1));
		expect((await imageCheck.run(site)).map((problem) => problem.file)).toEqual(['_astro/a.webp']);
	});
});

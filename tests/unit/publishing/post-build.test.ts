import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePage } from '../../../src/core/post-build/html.ts';
import {
	findBrokenLinks,
	linkCheck,
	pagePathOf,
	resolveLink,
	type SiteIndex,
} from '../../../src/features/publishing/link-check.ts';
import {
	cssUrls,
	findExternalLoads,
	isExternalUrl,
	offlineCheck,
	scriptExternalLoads,
} from '../../../src/features/publishing/offline-check.ts';
import {
	brotliQuality,
	gzipLevel,
	precompress,
} from '../../../src/features/publishing/precompress.ts';
import {
	discardFolder,
	partialFolderOf,
	replaceFolder,
} from '../../../src/core/post-build/output-folder.ts';
import { readSettings } from '../../../src/core/settings.ts';

describe('offline check', () => {
	it('tells external URLs from site URLs', () => {
		expect(isExternalUrl('https://example.com/x.png')).toBe(true);
		expect(isExternalUrl('//cdn.example.com/a.js')).toBe(true);
		expect(isExternalUrl('/_astro/a.js')).toBe(false);
		expect(isExternalUrl('data:image/png;base64,AAAA')).toBe(false);
	});

	it('finds what a page loads, not what a reader may click', () => {
		const html = `<html><head>
			<link rel="stylesheet" href="https://cdn.example.com/a.css">
			<link rel="canonical" href="https://site.example/page/">
			<script src="//cdn.example.com/a.js"></script></head><body>
			<a href="https://www.gov.cn/">中国政府网</a>
			<img src="https://example.com/x.png" alt="">
			<img src="/a.webp" srcset="/a.webp 1x, https://example.com/b.webp 2x" alt="">
			<div style="background: url('https://example.com/bg.png')"></div>
			<style>@import "https://fonts.example.com/font.css";</style></body></html>`;
		expect(findExternalLoads('index.html', html)).toEqual([
			'https://cdn.example.com/a.css',
			'//cdn.example.com/a.js',
			'https://example.com/x.png',
			'https://example.com/b.webp',
			'https://example.com/bg.png',
			'https://fonts.example.com/font.css',
		]);
	});

	it('reads CSS url() and @import', () => {
		expect(cssUrls(`a{background:url(/x.png)} @import 'https://x.example/y.css';`)).toEqual([
			'/x.png',
			'https://x.example/y.css',
		]);
	});

	it('finds network calls to other hosts in scripts, not URL strings', () => {
		const js = `const ns = "http://www.w3.org/2000/svg"; fetch("https://api.example.com/x");
			import("//cdn.example.com/m.js"); fetch("/pagefind/index.json");`;
		expect(scriptExternalLoads(js)).toEqual([
			'https://api.example.com/x',
			'//cdn.example.com/m.js',
		]);
	});
});

describe('link check', () => {
	const site: SiteIndex = {
		files: new Set([
			'index.html',
			'centers/index.html',
			'centers/a/index.html',
			'_astro/x.css',
			'data/sites.json',
		]),
		ids: new Map([
			['index.html', new Set(['main'])],
			['centers/a/index.html', new Set(['main', 'systems'])],
		]),
	};

	it('maps built files to their URL under the base path', () => {
		expect(pagePathOf('index.html', '/')).toBe('/');
		expect(pagePathOf('centers/a/index.html', '/sub/path/')).toBe('/sub/path/centers/a/');
		expect(pagePathOf('404.html', '/sub/')).toBe('/sub/404.html');
	});

	it('resolves folder links, files, relative links and anchors', () => {
		expect(resolveLink('/centers/a/', 'index.html', '/', site).file).toBe('centers/a/index.html');
		expect(resolveLink('/centers/a', 'index.html', '/', site).file).toBe('centers/a/index.html');
		expect(resolveLink('../a/#systems', 'centers/index.html', '/', site).file).toBeUndefined();
		expect(resolveLink('a/#systems', 'centers/index.html', '/', site).file).toBe(
			'centers/a/index.html',
		);
		expect(resolveLink('/data/sites.json', 'index.html', '/', site).file).toBe('data/sites.json');
		expect(resolveLink('#main', 'index.html', '/', site).file).toBe('index.html');
	});

	it('reports a missing page, a missing anchor and a link outside the base path', () => {
		expect(resolveLink('/centers/b/', 'index.html', '/', site).problem).toContain('不存在');
		expect(resolveLink('/centers/a/#contacts', 'index.html', '/', site).problem).toContain(
			'#contacts',
		);
		expect(resolveLink('/centers/a/', 'index.html', '/sub/', site).problem).toContain('/sub/');
		expect(resolveLink('/sub/centers/a/', 'index.html', '/sub/', site).file).toBe(
			'centers/a/index.html',
		);
	});

	it('checks every link of every page and ignores other schemes', () => {
		const pages = new Map([
			[
				'index.html',
				parsePage(
					'<a href="/centers/">中心</a><a href="/nowhere/">坏</a><a href="mailto:a@b.cn">信</a><a href="https://www.gov.cn/">外</a><link rel="stylesheet" href="/_astro/x.css">',
				),
			],
		]);
		expect(findBrokenLinks(pages, '/', site)).toEqual([
			{ file: 'index.html', message: expect.stringContaining('/nowhere/') },
		]);
	});
});

describe('post-build steps on a folder', () => {
	let dir: string | undefined;
	afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

	function site(files: Record<string, string>): string {
		dir = mkdtempSync(path.join(tmpdir(), 'tongxin-site-'));
		for (const [file, text] of Object.entries(files)) {
			mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
			writeFileSync(path.join(dir, file), text);
		}
		return dir;
	}

	it('the offline check names the file that loads from elsewhere', async () => {
		const root = site({
			'index.html': '<img src="https://example.com/x.png" alt="">',
			'_astro/a.css': 'body{color:red}',
		});
		const problems = await offlineCheck.run({ dir: root, settings: readSettings({}) });
		expect(problems).toEqual([
			{ file: 'index.html', message: expect.stringContaining('https://example.com/x.png') },
		]);
	});

	it('the link check names the page with a broken link', async () => {
		const root = site({
			'index.html': '<a href="/a/">a</a><a href="/b/">b</a>',
			'a/index.html': '<p>a</p>',
		});
		const problems = await linkCheck.run({ dir: root, settings: readSettings({}) });
		expect(problems).toEqual([{ file: 'index.html', message: expect.stringContaining('/b/') }]);
	});

	it('precompression writes gzip and brotli copies that decompress to the original', async () => {
		const page = `<p>${'同心实践站'.repeat(200)}</p>`;
		const root = site({ 'index.html': page, 'small.css': 'a{}', 'x.webp': 'binary' });
		await precompress.run({ dir: root, settings: readSettings({}) });
		expect(gunzipSync(readFileSync(path.join(root, 'index.html.gz'))).toString()).toBe(page);
		expect(brotliDecompressSync(readFileSync(path.join(root, 'index.html.br'))).toString()).toBe(
			page,
		);
		expect(existsSync(path.join(root, 'small.css.gz'))).toBe(false);
		expect(existsSync(path.join(root, 'x.webp.gz'))).toBe(false);
	});

	it('precompression also compresses the search index, which is stored uncompressed', async () => {
		const chunk = `pagefind_dcd${'统战'.repeat(400)}`;
		const root = site({ 'pagefind/index/und_1a2b3c4.pf_index': chunk });
		await precompress.run({ dir: root, settings: readSettings({}) });
		const stored = path.join(root, 'pagefind/index/und_1a2b3c4.pf_index');
		expect(gunzipSync(readFileSync(`${stored}.gz`)).toString()).toBe(chunk);
		expect(brotliDecompressSync(readFileSync(`${stored}.br`)).toString()).toBe(chunk);
	});

	it('precompression of a large site runs in processes and writes every copy', async () => {
		// Above 4 MB in all the files are shared among processes.
		const pages = Object.fromEntries(
			Array.from({ length: 12 }, (_, index) => [
				`p${index}/index.html`,
				`<p>${index}${'同心实践站，统一战线。'.repeat(20_000)}</p>`,
			]),
		);
		const root = site(pages);
		await precompress.run({ dir: root, settings: readSettings({}) });
		for (const [file, page] of Object.entries(pages)) {
			expect(gunzipSync(readFileSync(path.join(root, `${file}.gz`))).toString()).toBe(page);
			expect(brotliDecompressSync(readFileSync(path.join(root, `${file}.br`))).toString()).toBe(
				page,
			);
		}
	});
});

describe('replacing the output folder', () => {
	let dir: string | undefined;
	afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

	/** A previous site in `dist/` and an empty build folder beside it. */
	function previousSiteAndPartial(): { outDir: string; partial: string } {
		dir = mkdtempSync(path.join(tmpdir(), 'tongxin-out-'));
		const outDir = path.join(dir, 'dist');
		mkdirSync(outDir);
		writeFileSync(path.join(outDir, 'old.html'), 'old');
		const partial = partialFolderOf(outDir, 'test');
		mkdirSync(partial);
		return { outDir, partial };
	}

	it('swaps a finished build in and leaves nothing else behind', () => {
		const { outDir, partial } = previousSiteAndPartial();
		writeFileSync(path.join(partial, 'new.html'), 'new');
		replaceFolder(partial, outDir, 'test');
		expect(existsSync(path.join(outDir, 'new.html'))).toBe(true);
		expect(existsSync(path.join(outDir, 'old.html'))).toBe(false);
		expect(existsSync(partial)).toBe(false);
		expect(existsSync(`${outDir}.previous-test`)).toBe(false);
	});

	it('discarding a failed build keeps the previous site', () => {
		const { outDir, partial } = previousSiteAndPartial();
		discardFolder(partial);
		expect(readFileSync(path.join(outDir, 'old.html'), 'utf8')).toBe('old');
		expect(existsSync(partial)).toBe(false);
	});
});

describe('brotli quality', () => {
	it('is best for the few files every reader downloads, faster for the many a reader picks from', () => {
		for (const file of [
			'_astro/a.css',
			'_astro/a.js',
			'favicon.svg',
			'pagefind/wasm.unknown.pagefind',
			'pagefind/pagefind.und_1.pf_meta',
			'pagefind/filter/und_1.pf_filter',
		]) {
			expect(brotliQuality(file), file).toBe(11);
		}
		for (const file of [
			'centers/a/index.html',
			'pagefind/index/a.pf_index',
			'pagefind/fragment/a.pf_fragment',
			'data/sites.json',
		]) {
			expect(brotliQuality(file), file).toBe(8);
		}
	});
});

describe('gzip level', () => {
	it('is 9 but for the word index, where 6 is five times faster for 1.5 % more bytes', () => {
		expect(gzipLevel('pagefind/index/a.pf_index')).toBe(6);
		for (const file of ['centers/a/index.html', 'pagefind/fragment/a.pf_fragment', '_astro/a.js'])
			expect(gzipLevel(file), file).toBe(9);
	});
});

/**
 * The W3C Nu HTML Checker (`vnu-jar`, run with the system's Java) over every page of the sample
 * site in both editions, and what the intranet edition adds: the editor's guide showing
 * component syntax as text, `noindex` on every page and a robots.txt that keeps crawlers out.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listSiteFiles } from '../../src/core/post-build/site-files.ts';
import { buildSite, type BuildResult } from '../../tools/harness/build-site.ts';

// The checker's jar, from the npm package (its own Java download is never run: see .ci/run).
const VNU = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const publicSite = inject('sampleSite');
let intranet: BuildResult;

beforeAll(() => {
	intranet = buildSite('sample-intranet', { SITE_PROFILE: 'intranet' });
	if (intranet.status !== 0) throw new Error(intranet.output.slice(-4000));
}, 300_000);

interface VnuMessage {
	type: string;
	url: string;
	lastLine?: number;
	message: string;
}

/** The checker's errors on every HTML file of a folder, one line each. */
function htmlErrors(dir: string): string[] {
	const run = spawnSync(
		'java',
		['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', dir],
		{ encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
	);
	if (run.error) throw run.error;
	// The checker writes its report to standard error and exits 1 when it found errors.
	const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
	return messages
		.filter((message) => message.type === 'error' || message.type === 'non-document-error')
		.map(
			(message) =>
				`${path.relative(dir, message.url.replace(/^file:/, ''))}:${message.lastLine ?? '?'}  ${message.message}`,
		);
}

const htmlFiles = (dir: string) => listSiteFiles(dir).filter((file) => file.endsWith('.html'));

describe('the W3C Nu HTML Checker', () => {
	it('runs on this machine', () => {
		expect(execFileSync('java', ['-jar', VNU, '--version'], { encoding: 'utf8' })).toMatch(/\d+/);
	});

	it('finds it checks something: a stray element after </html> is an error', () => {
		// The map page once had its script written after </html>; the checker stops there.
		const dir = mkdtempSync(path.join(tmpdir(), 'tongxin-vnu-'));
		writeFileSync(
			path.join(dir, 'index.html'),
			'<!doctype html><html lang="zh-CN"><head><title>测试</title></head><body><p>测试</p></body></html><script src="x.js"></script>',
		);
		const errors = htmlErrors(dir);
		rmSync(dir, { recursive: true, force: true });
		expect(errors.join('\n')).toMatch(/Stray start tag/);
	});

	it('reports no error on any page of the public sample build', () => {
		expect(htmlFiles(publicSite).length).toBeGreaterThan(100);
		expect(htmlErrors(publicSite)).toEqual([]);
	}, 180_000);

	it('reports no error on any page of the intranet sample build', () => {
		expect(htmlFiles(intranet.outDir)).toContain('guide/index.html');
		expect(htmlErrors(intranet.outDir)).toEqual([]);
	}, 180_000);
});

describe('the intranet edition', () => {
	const read = (...parts: string[]) => readFileSync(path.join(intranet.outDir, ...parts), 'utf8');

	it('shows the editor’s guide’s component examples as code, not as HTML', () => {
		const guide = read('guide', 'index.html');
		expect(guide).toContain('<code>&lt;Figure picture="名字" /&gt;</code>');
		expect(guide).not.toMatch(/<Figure[\s>]/);
	});

	it('asks search engines to list none of its pages, and robots.txt keeps crawlers out', () => {
		const withoutNoindex = htmlFiles(intranet.outDir).filter(
			(file) => !read(file).includes('<meta name="robots" content="noindex, nofollow">'),
		);
		expect(withoutNoindex).toEqual([]);
		expect(read('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
	});

	it('while the public edition lets them in, with its sitemap', () => {
		const home = readFileSync(path.join(publicSite, 'index.html'), 'utf8');
		expect(home).not.toContain('noindex');
		expect(readFileSync(path.join(publicSite, 'robots.txt'), 'utf8')).toContain(
			'Sitemap: http://localhost:4321/sitemap-index.xml',
		);
	});
});

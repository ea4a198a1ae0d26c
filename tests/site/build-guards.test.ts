/**
 * The guards that stop a build: personal data in public content, a resource from another host, a
 * broken internal link. A stopped build names the file and leaves the previous site untouched.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOutDir, buildSite } from '../../tools/harness/build-site.ts';
import { copyContent, type FixtureCopy } from '../helpers/fixture-content.ts';

// The public example number from GB 11643's explanations, with a valid check character.
const ID_NUMBER = '11010519491231002X';

let copy: FixtureCopy | undefined;
afterEach(() => copy?.dispose());

describe('npm run build stops', () => {
	it('on an ID number in a public entry, naming file, line and field', () => {
		copy = copyContent();
		copy.edit(
			'stations/east-street.md',
			'summary: 测试用的实践站。',
			`summary: 联系人身份证 ${ID_NUMBER}`,
		);
		const build = buildSite('guard-id-number', { CONTENT_DIR: copy.root });
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/stations\/east-street\.md:11:\d+\s+summary\s+疑似身份证号/);
	});

	it('on an image loaded from another host, naming the source file and line', () => {
		copy = copyContent();
		copy.edit(
			'platforms/test-platform.md',
			'测试讲堂的正文。',
			'测试讲堂的正文。\n\n<img src="https://example.com/x.png" alt="外部图片">',
		);
		const build = buildSite('guard-external', { CONTENT_DIR: copy.root });
		expect(build.status).not.toBe(0);
		// The content check refuses it before Astro runs; the offline check stays the backstop.
		expect(build.output).toMatch(/platforms\/test-platform\.md:10:1\s+正文/);
		expect(build.output).toContain('https://example.com/x.png');
	});

	it('on a broken internal link, naming the page and the link, and keeps the old site', () => {
		copy = copyContent();
		const outDir = buildOutDir('guard-link');
		// A previous good build stands in the output folder.
		mkdirSync(outDir, { recursive: true });
		writeFileSync(`${outDir}/index.html`, 'previous site');
		copy.edit('systems/test-regulation.md', '测试。', '详见[不存在的页面](/no-such-page/)。');
		const build = buildSite('guard-link', { CONTENT_DIR: copy.root });
		expect(build.status).not.toBe(0);
		expect(build.output, build.output).toContain('systems/test-regulation/index.html');
		expect(build.output).toContain('/no-such-page/');
		expect(readFileSync(`${outDir}/index.html`, 'utf8')).toBe('previous site');
		expect(existsSync(`${outDir}.partial-${process.pid}`)).toBe(false);
	});
});

/**
 * Templates in the intranet build under a sub-path: internal templates get their page and
 * downloads there, and every download link carries the base path.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../tools/harness/build-site.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-content.ts';

let build: BuildResult;
const read = (...parts: string[]) => readFileSync(path.join(build.outDir, ...parts), 'utf8');

beforeAll(() => {
	build = buildSite('templates-intranet', {
		CONTENT_DIR: FIXTURE_CONTENT,
		SITE_PROFILE: 'intranet',
		BASE_PATH: '/tongzhan/',
	});
	if (build.status !== 0) throw new Error(build.output.slice(-4000));
});

describe('templates in the intranet build under /tongzhan/', () => {
	it('builds the internal template with its downloads', () => {
		for (const file of ['internal-rule/index.html', 'internal-rule.docx', 'internal-rule.md']) {
			expect(existsSync(path.join(build.outDir, 'systems', file))).toBe(true);
		}
		expect(read('systems', 'internal-rule.md')).toContain('# 内部台账办法INTERNALMARKER');
	});

	it('has no editors’ workbench: /admin/ exists only under npm run edit', () => {
		expect(existsSync(path.join(build.outDir, 'admin'))).toBe(false);
		expect(read('guide', 'index.html')).toContain('编辑工作台：在浏览器里填表');
	});

	it('links the downloads under the base path, from the page and from /systems/', () => {
		const page = read('systems', 'test-regulation', 'index.html');
		const list = read('systems', 'index.html');
		for (const html of [page, list]) {
			expect(html).toContain('href="/tongzhan/systems/test-regulation.docx"');
			expect(html).toContain('href="/tongzhan/systems/test-regulation.md"');
		}
		expect(page).toContain('data-href="/tongzhan/systems/test-regulation.docx"');
	});
});

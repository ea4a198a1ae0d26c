/** A build of content with an editor's mistake stops and says where the mistake is. */
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../../tools/harness/build-site.ts';
import { copyContent, SAMPLE_CONTENT, type FixtureCopy } from '../helpers/fixture-content.ts';

let copy: FixtureCopy | undefined;
afterEach(() => copy?.dispose());

describe('npm run build on broken content', () => {
	it('fails on a broken reference, naming the file and the missing target', () => {
		copy = copyContent(SAMPLE_CONTENT);
		copy.edit('stations/tiannan-village.md', 'center: tianjiazhuang', 'center: tianjiazhuang-old');
		const build = buildSite('broken-reference', { CONTENT_DIR: copy.root });
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/stations\/tiannan-village\.md:\d+\s+center\s+/);
		expect(build.output).toContain('tianjiazhuang-old');
		expect(build.output).toContain('构建已停止');
	});

	it('fails on a missing image, naming the file and the image', () => {
		copy = copyContent(SAMPLE_CONTENT);
		copy.remove('images/centers/liulin.webp');
		const build = buildSite('missing-image', { CONTENT_DIR: copy.root });
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/centers\/liulin\.md:\d+\s+cover\.src\s+/);
		expect(build.output).toContain('liulin.webp');
	});
});

/**
 * The page-weight budget in a real build: a page over its budget stops `npm run build` with the
 * page, the weight and the budget, after printing the per-template report, and leaves no site.
 */
import { existsSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { seededRandom } from '../../tools/synthetic/synthetic-corpus.ts';
import { buildSite } from '../../tools/harness/build-site.ts';
import { copyContent, type FixtureCopy } from '../helpers/fixture-content.ts';

let copy: FixtureCopy | undefined;
afterEach(() => copy?.dispose());

/** Chinese text that compresses badly: characters drawn at random from the common block. */
function incompressibleChinese(characters: number): string {
	const random = seededRandom(9);
	const paragraphs: string[] = [];
	for (let start = 0; start < characters; start += 200) {
		let paragraph = '';
		for (let index = 0; index < 200; index++)
			paragraph += String.fromCodePoint(0x4e00 + Math.floor(random() * 0x51a5));
		paragraphs.push(`${paragraph}。`);
	}
	return paragraphs.join('\n\n');
}

it('stops the build when a page is over its HTML budget, naming page, weight and budget', () => {
	copy = copyContent();
	copy.edit('stations/east-street.md', '东街社区同心实践站的正文。', incompressibleChinese(24_000));
	const build = buildSite('page-weight-breach', { CONTENT_DIR: copy.root });
	expect(build.status).not.toBe(0);
	// The report came first, with the breach marked.
	expect(build.output).toMatch(/\/stations\/\*\/ +1 +\d+\.\d KB!/);
	expect(build.output).toMatch(
		/stations\/east-street\/index\.html +页面加载的 HTML 压缩后 \d+\.\d KB，超过模板 \/stations\/\*\/ 的预算 30\.0 KB/,
	);
	expect(build.output).toContain('页面重量预算');
	expect(existsSync(build.outDir)).toBe(false);
});

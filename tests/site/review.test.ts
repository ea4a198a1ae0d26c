/**
 * Review and scheduled publishing end to end: the fixture with a draft, an entry half reviewed,
 * one whose window has not opened and one whose window has closed, built in both profiles from a
 * git repository whose commits give a work system its 修订记录 and its lastmod; then
 * `npm run inspect` on the built fixture.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
	buildSite,
	operatorEnvironment,
	PROJECT_ROOT,
	type BuildResult,
} from '../../tools/harness/build-site.ts';
import type { FixtureCopy } from '../helpers/fixture-content.ts';
import { REVIEW_MARKERS, reviewFixture } from '../helpers/review-fixture.ts';
import { filesContaining, readBuiltFiles } from '../helpers/site-text.ts';

let copy: FixtureCopy;
let publicBuild: BuildResult;
let intranetBuild: BuildResult;
let publicTexts: Map<string, string>;
let intranetTexts: Map<string, string>;

/** Commits everything in the copy on `date` with `subject`. */
function commitAll(date: string, subject: string) {
	const git = (...args: string[]) =>
		execFileSync('git', args, {
			cwd: copy.root,
			env: {
				...process.env,
				GIT_AUTHOR_DATE: `${date}T09:00:00+08:00`,
				GIT_COMMITTER_DATE: `${date}T09:00:00+08:00`,
				GIT_AUTHOR_NAME: '编辑',
				GIT_AUTHOR_EMAIL: 'editor@example.gov.cn',
				GIT_COMMITTER_NAME: '编辑',
				GIT_COMMITTER_EMAIL: 'editor@example.gov.cn',
			},
		});
	git('add', '-A');
	git('commit', '-q', '-m', subject);
}

beforeAll(() => {
	copy = reviewFixture();
	execFileSync('git', ['init', '-q'], { cwd: copy.root });
	commitAll('2024-02-01', '建立测试内容');
	copy.edit(
		'systems/test-regulation.md',
		'slug: test-regulation',
		'slug: test-regulation\n# 第二版',
	);
	commitAll('2024-03-05', '修订：增加第三条');
	const env = { CONTENT_DIR: copy.root, INSPECTION_FILE: path.join(copy.root, '.inspection.json') };
	publicBuild = buildSite('review-public', { ...env, SITE_PROFILE: 'public' });
	intranetBuild = buildSite('review-intranet', { ...env, SITE_PROFILE: 'intranet' });
	for (const build of [publicBuild, intranetBuild])
		if (build.status !== 0) throw new Error(build.output.slice(-3000));
	publicTexts = readBuiltFiles(publicBuild.outDir);
	intranetTexts = readBuiltFiles(intranetBuild.outDir);
});
afterAll(() => copy?.dispose());

const held = [
	REVIEW_MARKERS.draft,
	REVIEW_MARKERS.half,
	REVIEW_MARKERS.future,
	REVIEW_MARKERS.expired,
];

describe('review before publishing', () => {
	it.each(held)(
		'the public build holds %s in no file (pages, index, sitemap, feed, data)',
		(marker) => {
			expect(filesContaining(publicTexts, marker)).toEqual([]);
			const slug = `${marker.replace('MARKER', '').toLowerCase()}-story`;
			expect(filesContaining(publicTexts, `cases/${slug}/`)).toEqual([]);
		},
	);

	it('publishes the reviewed entry, with nobody’s name', () => {
		expect(filesContaining(publicTexts, REVIEW_MARKERS.done)).toEqual(
			expect.arrayContaining(['cases/done-story/index.html', 'cases/index.html', 'rss.xml']),
		);
		expect(filesContaining(publicTexts, '审核人甲乙丙')).toEqual([]);
		expect(filesContaining(publicTexts, '撰稿人甲乙丙')).toEqual([]);
	});

	it('prints each held-back entry and why, and the next day a rebuild changes the site', () => {
		expect(publicBuild.output).toContain('公开版暂不发布 4 个条目');
		expect(publicBuild.output).toMatch(/cases\/draft-story\.mdx\s+案例故事\s+草稿：尚未初审/);
		expect(publicBuild.output).toMatch(/cases\/half-story\.mdx\s+案例故事\s+待审：已初审，待复审/);
		expect(publicBuild.output).toMatch(
			/future-story\.mdx\s+案例故事\s+定时发布：2099-01-01 起公开/,
		);
		expect(publicBuild.output).toMatch(/expired-story\.mdx\s+案例故事\s+已撤下：公开到 2000-01-01/);
		expect(publicBuild.output).toMatch(
			/下次需要重新构建的日期：2099-01-01（.*future-story\.mdx 开始公开）/,
		);
	});

	it('has every entry in the intranet build, marked with the level it waits for', () => {
		for (const marker of held)
			expect(filesContaining(intranetTexts, marker).length).toBeGreaterThan(0);
		const half = intranetTexts.get('cases/half-story/index.html') ?? '';
		expect(half).toMatch(/class="review-mark-label"[^>]*>待审<\/strong>已初审，待复审/);
		const draft = intranetTexts.get('cases/draft-story/index.html') ?? '';
		expect(draft).toMatch(/>草稿<\/strong>尚未初审/);
		expect(intranetTexts.get('cases/done-story/index.html')).not.toContain('review-mark');
	});

	it('lists on the 审核台 each entry under the level it waits for, in the intranet build only', () => {
		const desk = (intranetTexts.get('review/index.html') ?? '').replace(/<[^>]*>/g, ' ');
		const first = desk.indexOf('待初审（1 个）');
		const second = desk.indexOf('待复审（1 个）');
		const outside = desk.indexOf('未到发布日期或已撤下（2 个）');
		const recent = desk.indexOf('最近发布');
		expect([first, second, outside, recent].every((index) => index > 0)).toBe(true);
		expect(desk.slice(first, second)).toContain(REVIEW_MARKERS.draft);
		expect(desk.slice(second, outside)).toContain(REVIEW_MARKERS.half);
		expect(desk.slice(outside, recent)).toContain(REVIEW_MARKERS.future);
		expect(desk.slice(outside, recent)).toContain(REVIEW_MARKERS.expired);
		expect(desk.slice(recent)).toContain(REVIEW_MARKERS.done);
		expect(desk).toContain('撰稿人甲乙丙');
		expect(existsSync(path.join(publicBuild.outDir, 'review'))).toBe(false);
		expect(existsSync(path.join(publicBuild.outDir, 'inspection'))).toBe(false);
	});
});

describe('revision history from git', () => {
	it('shows the commits on the work system’s page, newest first, as its 最后更新 and PubDate', () => {
		const page = publicTexts.get('systems/test-regulation/index.html') ?? '';
		const revisions = page.slice(page.indexOf('修订记录'));
		expect(revisions.indexOf('修订：增加第三条')).toBeGreaterThan(0);
		expect(revisions.indexOf('修订：增加第三条')).toBeLessThan(revisions.indexOf('建立测试内容'));
		expect(page).toMatch(/最后更新：<time datetime="2024-03-05"[^>]*>2024年3月5日<\/time>/);
		expect(page).toContain('<meta name="PubDate" content="2024-03-05 00:00">');
	});

	it('is not taken from git where site.yaml says entries (the sample, whose commits are the developers’)', () => {
		const page = readFileSync(
			path.join(inject('sampleSite'), 'systems', 'responsibility-345', 'index.html'),
			'utf8',
		);
		const section = page.slice(page.indexOf('修订记录'));
		const revisions = section.slice(0, section.indexOf('</ol>')).replace(/<[^>]+>/g, ' ');
		expect(revisions).toContain('施行');
		expect(revisions).not.toMatch(/[A-Za-z]{3,}/);
	});

	it('gives the sitemap the same lastmod', () => {
		const sitemap = publicTexts.get('sitemap-0.xml') ?? '';
		expect(sitemap).toMatch(/systems\/test-regulation\/<\/loc><lastmod>2024-03-05<\/lastmod>/);
		expect(sitemap).toMatch(/cases\/done-story\/<\/loc><lastmod>2024-02-01<\/lastmod>/);
	});
});

describe('npm run inspect', () => {
	const inspect = (env: Record<string, string>, ...args: string[]) =>
		spawnSync('npm', ['run', 'inspect', '--silent', '--', ...args], {
			cwd: PROJECT_ROOT,
			env: operatorEnvironment(env),
			encoding: 'utf8',
		});

	it('reports an empty and a stale section and exits non-zero', () => {
		copy.remove('bases/test-base.md');
		const result = inspect(
			{
				CONTENT_DIR: copy.root,
				OUT_DIR: publicBuild.outDir,
				INSPECTION_FILE: path.join(copy.root, '.inspection.json'),
				BUILD_DATE: '2024-06-01',
			},
			'--json',
		);
		expect(result.status, result.stderr).toBe(1);
		const report = JSON.parse(result.stdout) as {
			items: { id: string; failed: boolean; weight: string; findings: string[] }[];
			verdict: { veto: string[] };
		};
		const item = (id: string) => report.items.find((entry) => entry.id === id);
		expect(item('empty-sections')).toMatchObject({ failed: true, weight: 'deduct' });
		expect(item('empty-sections')?.findings.join()).toContain('示范基地');
		expect(item('stale-news')).toMatchObject({ failed: true, weight: 'veto' });
		expect(item('stale-news')?.findings.join()).toContain('案例故事');
		expect(item('broken-links')).toMatchObject({ failed: false, weight: 'deduct' });
		expect(item('awaiting-review')?.findings).toHaveLength(4);
		expect(report.verdict.veto).toContain('动态类栏目未及时更新');
		expect(readFileSync(path.join(copy.root, '.inspection.json'), 'utf8')).toContain('stale-news');
	});

	it('exits zero on the sample content', () => {
		const result = inspect({ INSPECTION_FILE: path.join(copy.root, '.sample-inspection.json') });
		expect(result.status, result.stdout + result.stderr).toBe(0);
		expect(result.stdout).toContain('结论：没有单项否决项');
	});
});

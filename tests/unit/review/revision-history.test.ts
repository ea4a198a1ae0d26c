/** 修订记录 and 最后更新: hand-kept, else git (one log for the folder, renames followed), else the entry's date. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGitHistory } from '../../../src/features/review/git-history.ts';
import { lastUpdatedOf, revisionsOf } from '../../../src/features/review/revision-history.ts';

let repo: string;
const day = (text: string) => new Date(`${text}T00:00:00Z`);

/** A commit dated `date` with message `subject`, after running `change` in the repository. */
function commit(date: string, subject: string, change: () => void) {
	change();
	execFileSync('git', ['add', '-A'], { cwd: repo });
	execFileSync('git', ['commit', '-q', '-m', subject], {
		cwd: repo,
		env: {
			...process.env,
			GIT_AUTHOR_DATE: `${date}T10:00:00+08:00`,
			GIT_COMMITTER_DATE: `${date}T10:00:00+08:00`,
			GIT_AUTHOR_NAME: '编辑',
			GIT_AUTHOR_EMAIL: 'editor@example.gov.cn',
			GIT_COMMITTER_NAME: '编辑',
			GIT_COMMITTER_EMAIL: 'editor@example.gov.cn',
		},
	});
}

beforeAll(() => {
	repo = mkdtempSync(path.join(tmpdir(), 'tongxin-git-'));
	execFileSync('git', ['init', '-q'], { cwd: repo });
	mkdirSync(path.join(repo, 'content/systems'), { recursive: true });
	const file = (name: string, text: string) => () =>
		writeFileSync(path.join(repo, 'content/systems', name), text);
	commit('2023-03-01', '新增学习制度', file('study.md', '一'));
	commit('2023-09-15', '学习制度：增加季度例会', file('study.md', '二'));
	commit('2024-02-20', '其他制度', file('other.md', '三'));
	commit('2024-04-01', '学习制度改名', () =>
		execFileSync('git', ['mv', 'content/systems/study.md', 'content/systems/learning.md'], {
			cwd: repo,
		}),
	);
	commit('2024-05-10', '学习制度：修订考核办法', file('learning.md', '四'));
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('readGitHistory', () => {
	it('reads every file’s commits, newest first, relative to the folder, following renames', () => {
		const history = readGitHistory(path.join(repo, 'content'));
		expect(history.get('systems/learning.md')).toEqual([
			{ date: '2024-05-10', summary: '学习制度：修订考核办法' },
			{ date: '2024-04-01', summary: '学习制度改名' },
			{ date: '2023-09-15', summary: '学习制度：增加季度例会' },
			{ date: '2023-03-01', summary: '新增学习制度' },
		]);
		expect(history.get('systems/other.md')).toEqual([{ date: '2024-02-20', summary: '其他制度' }]);
		expect(history.has('systems/study.md')).toBe(false);
	});

	it('is empty outside a git checkout', () => {
		const outside = mkdtempSync(path.join(tmpdir(), 'tongxin-nogit-'));
		try {
			expect(readGitHistory(outside).size).toBe(0);
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});
});

describe('revisionsOf and lastUpdatedOf', () => {
	const fallback = { date: day('2023-01-01'), summary: '施行' };
	const commits = [{ date: '2024-05-10', summary: '修订' }];
	it('take a hand-kept list first, newest first', () => {
		const handKept = [
			{ date: day('2022-01-01'), summary: '制定' },
			{ date: day('2023-06-01'), summary: '修订' },
		];
		expect(revisionsOf({ handKept, commits, fallback }).map((revision) => revision.date)).toEqual([
			'2023-06-01',
			'2022-01-01',
		]);
		expect(lastUpdatedOf({ handKept, commits, fallback })).toEqual(day('2023-06-01'));
	});
	it('then git, then the entry’s own date', () => {
		expect(lastUpdatedOf({ commits, fallback })).toEqual(day('2024-05-10'));
		expect(revisionsOf({ fallback })).toEqual([{ date: '2023-01-01', summary: '施行' }]);
		expect(lastUpdatedOf({})).toBeUndefined();
	});
});

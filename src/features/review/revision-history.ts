/**
 * Revision history (修订记录) and the date a page was last changed (最后更新), from one source for
 * every page, its sitemap `lastmod` and its `PubDate`: a `revisions` list kept by hand in the
 * front matter when there is one, else the file's commits (git), else the entry's own date.
 */
import { isoDate } from '../../core/format.ts';

/** One change of an entry: when, and what changed (the editor's commit message or note). */
export interface Revision {
	/** `YYYY-MM-DD`. */
	date: string;
	summary: string;
}

/** Commits that touched each file, newest first, by path relative to the folder git was asked about. */
export type FileHistory = ReadonlyMap<string, readonly Revision[]>;

/** Separates commits in the log format `npm run build` asks git for (`git log --format=…`). */
export const COMMIT_MARK = '\u001e';
/** The format: the mark, the committer date (`%cs`), a tab, the subject (`%s`). */
export const GIT_LOG_FORMAT = `${COMMIT_MARK}%cs%x09%s`;

/**
 * Reads `git log --name-status -M --format=GIT_LOG_FORMAT` (newest commit first) into each file's
 * commits, following renames: the commits of a file's old name count for its present name.
 */
export function parseGitLog(log: string): Map<string, Revision[]> {
	const history = new Map<string, Revision[]>();
	// An old path → the name the file has now (the log runs from newest to oldest).
	const renamedTo = new Map<string, string>();
	const current = (file: string) => renamedTo.get(file) ?? file;
	for (const block of log.split(COMMIT_MARK).slice(1)) {
		const [head = '', ...lines] = block.split('\n');
		const tab = head.indexOf('\t');
		const date = tab < 0 ? head.trim() : head.slice(0, tab);
		const summary = tab < 0 ? '' : head.slice(tab + 1).trim();
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
		for (const line of lines) {
			const parts = line.split('\t');
			const status = parts[0] ?? '';
			if (!/^[AMDRCT]/.test(status)) continue;
			let file: string;
			if (status.startsWith('R') && parts.length >= 3) {
				const [, from, to] = parts as [string, string, string];
				file = current(to);
				renamedTo.set(from, file);
			} else {
				file = current(parts[parts.length - 1]!);
			}
			if (status.startsWith('D')) continue;
			const list = history.get(file) ?? [];
			list.push({ date, summary: summary || '修改' });
			history.set(file, list);
		}
	}
	return history;
}

/** What an entry says about its own history. */
export interface HistoryInput {
	/** The `revisions` list written by hand, if the entry keeps one. */
	handKept?: readonly { date: Date; summary: string }[] | undefined;
	/** The file's commits, newest first (none when the build does not run in a git checkout). */
	commits?: readonly Revision[] | undefined;
	/** The entry's own date, when there is no other: a system's effective date, a story's date. */
	fallback?: { date: Date; summary: string } | undefined;
}

/** The entry's revisions, newest first: hand-kept, else git, else the fallback. */
export function revisionsOf(input: HistoryInput): Revision[] {
	if (input.handKept && input.handKept.length > 0)
		return input.handKept
			.map((revision) => ({ date: isoDate(revision.date), summary: revision.summary }))
			.sort((a, b) => b.date.localeCompare(a.date));
	if (input.commits && input.commits.length > 0) return [...input.commits];
	return input.fallback
		? [{ date: isoDate(input.fallback.date), summary: input.fallback.summary }]
		: [];
}

/** The day an entry was last changed (最后更新), from the same source as its revisions. */
export function lastUpdatedOf(input: HistoryInput): Date | undefined {
	const [newest] = revisionsOf(input);
	return newest && new Date(`${newest.date}T00:00:00Z`);
}

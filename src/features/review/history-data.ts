/**
 * Each entry's revisions and last change, for its page, read once per build: one `git log` for
 * the whole content folder (see `git-history.ts`).
 */
import path from 'node:path';
import settings from 'virtual:tongxin/settings';
import { siteConfig } from '../../core/content.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { readGitHistory } from './git-history.ts';
import {
	lastUpdatedOf,
	revisionsOf,
	type FileHistory,
	type HistoryInput,
	type Revision,
} from './revision-history.ts';

/**
 * The commits of every content file, relative to the content folder; none when the site takes
 * its history from the entries alone (`revisionHistory: entries` in `site.yaml`).
 */
const contentHistory = (): Promise<FileHistory> =>
	oncePerBuild('git-history', async (): Promise<FileHistory> =>
		(await siteConfig()).revisionHistory === 'git'
			? readGitHistory(settings.contentDir)
			: new Map<string, readonly Revision[]>(),
	);

/** An entry as its history needs it: where its file is, and its own dates. */
export interface HistoryEntry {
	filePath?: string | undefined;
}

/** The commits of an entry's file (Astro gives the path relative to the project root). */
export async function commitsOf(entry: HistoryEntry): Promise<readonly Revision[] | undefined> {
	if (!entry.filePath) return undefined;
	const file = path
		.relative(settings.contentDir, path.resolve(entry.filePath))
		.split(path.sep)
		.join('/');
	return (await contentHistory()).get(file);
}

/** An entry's revisions (newest first) and its last change, with its own date as the fallback. */
export async function entryHistory(
	entry: HistoryEntry,
	own: Omit<HistoryInput, 'commits'>,
): Promise<{ revisions: Revision[]; lastUpdated: Date | undefined }> {
	const input = { ...own, commits: await commitsOf(entry) };
	return { revisions: revisionsOf(input), lastUpdated: lastUpdatedOf(input) };
}

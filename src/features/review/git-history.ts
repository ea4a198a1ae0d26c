import { spawnSync } from 'node:child_process';
import { GIT_LOG_FORMAT, parseGitLog, type FileHistory } from './revision-history.ts';

/**
 * The commits of every file under `folder`, read with one `git log` for the whole build (one
 * pass, not one per file, so 10,000 entries cost one process). Paths are relative to `folder`.
 * Outside a git checkout, or without git, there is no history and pages fall back to the
 * entries' own dates.
 */
export function readGitHistory(folder: string): FileHistory {
	const result = spawnSync(
		'git',
		[
			'-C',
			folder,
			'log',
			'--relative',
			'--name-status',
			'-M',
			`--format=${GIT_LOG_FORMAT}`,
			'--',
			'.',
		],
		{ encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
	);
	if (result.status !== 0 || typeof result.stdout !== 'string') return new Map();
	return parseGitLog(result.stdout);
}

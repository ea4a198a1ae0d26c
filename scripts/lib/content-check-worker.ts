/**
 * The build's content check, on a thread of its own (`scripts/build.ts`): the parsed entries
 * (over 500 MB for 10,000 entries) live and die with the thread, so the build's own process stays
 * small while Astro and Pagefind, which need the most memory, run after it.
 */
import { parentPort } from 'node:worker_threads';
import { checkContent } from '../../src/core/content-check/index.ts';
import { readContent } from '../../src/core/content-check/read-content.ts';
import { contentModel } from '../../src/site/content-rules.ts';
import { publicationPolicy } from '../../src/site/content-scope.ts';
import { publicationReport } from '../../src/features/review/publication-report.ts';

export interface ContentCheckTask {
	root: string;
	today: string;
}

/** What the build needs of the check: the problems, and which entries the public build leaves out. */
export function checkForBuild({ root, today }: ContentCheckTask) {
	// The folder is read once, for the check and for the review and schedule decisions.
	const raw = readContent(root);
	return {
		contentProblems: checkContent(root, contentModel, raw).problems,
		report: publicationReport(raw, publicationPolicy(root, today)),
	};
}

parentPort?.once('message', ([task]: ContentCheckTask[]) => {
	parentPort?.postMessage(checkForBuild(task!));
});

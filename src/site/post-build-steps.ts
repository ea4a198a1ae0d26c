import { feedPictureSizes } from '../features/cases/feed-step.ts';
import { imageCheck } from '../features/publishing/image-check.ts';
import { sitemapDates } from '../features/publishing/sitemap-dates.ts';
import { searchIndex } from '../features/search/index-step.ts';
import { linkCheck } from '../features/publishing/link-check.ts';
import { offlineCheck } from '../features/publishing/offline-check.ts';
import { precompress } from '../features/publishing/precompress.ts';
import { pageWeight } from '../features/quality/page-weight-step.ts';
import type { PostBuildStep } from '../core/post-build/types.ts';
import { publicAudit } from '../features/publishing/public-audit-step.ts';
import { buildContentScope } from './content-scope.ts';

/**
 * What runs after `astro build`, in order, on the temporary build folder. Steps that write files
 * (a search index, the sitemap's dates, the feed's picture sizes) come before the checks; the
 * page-weight budget measures the final pages; the public-build audit reads every file a reader
 * can receive, before compression, which only copies them; compression comes last. The five
 * checks only read the folder (`concurrent`) and run at the same time, in processes started from
 * `postBuildWorker`.
 */
export const postBuildSteps: PostBuildStep[] = [
	searchIndex,
	sitemapDates,
	feedPictureSizes,
	offlineCheck,
	linkCheck,
	imageCheck,
	pageWeight,
	publicAudit(buildContentScope),
	precompress,
];

/** The module a process of the checks that run at the same time starts from. */
export const postBuildWorker = new URL('./post-build-worker.ts', import.meta.url);

import { imageCheck } from '../features/publishing/image-check.ts';
import { offlineCheck } from '../features/publishing/offline-check.ts';
import { precompress } from '../features/publishing/precompress.ts';
import { portalLinkCheck } from '../features/portal/link-step.ts';
import { pageWeight } from '../features/quality/page-weight-step.ts';
import { searchIndex } from '../features/search/index-step.ts';
import type { PostBuildStep } from '../core/post-build/types.ts';

/**
 * What runs after a portal's `astro build`: the district site's steps (see `post-build-steps.ts`),
 * with a link check that leaves the links into the district sites (`districtBases`) to them.
 */
export function portalPostBuildSteps(districtBases: readonly string[]): PostBuildStep[] {
	return [
		searchIndex,
		offlineCheck,
		portalLinkCheck(districtBases),
		imageCheck,
		pageWeight,
		precompress,
	];
}

import { imageCheck } from './image-check.ts';
import { searchIndex } from '../../search/index-step.ts';
import { linkCheck } from './link-check.ts';
import { offlineCheck } from './offline-check.ts';
import { precompress } from './precompress.ts';
import { pageWeight } from '../../quality/page-weight-step.ts';
import type { PostBuildStep } from './types.ts';

/**
 * What runs after `astro build`, in order, on the temporary build folder. Steps that write files
 * (a search index) come before the checks; the page-weight budget measures the final pages; compression comes last, over the final files.
 */
export const postBuildSteps: PostBuildStep[] = [
	searchIndex,
	offlineCheck,
	linkCheck,
	imageCheck,
	pageWeight,
	precompress,
];

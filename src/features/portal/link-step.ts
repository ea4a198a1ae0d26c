import type { PostBuildStep } from '../../core/post-build/types.ts';
import { linkCheckStep, pagePathOf } from '../publishing/link-check.ts';
import { cleanBase } from './portal-model.ts';

/**
 * Whether a link of a portal page leads into one of the district sites beside it on the host
 * (`/fengxiang/…`): those pages are the district build's, checked by its own link check.
 */
export function isDistrictLink(
	url: string,
	fromFile: string,
	portalBase: string,
	districtBases: readonly string[],
): boolean {
	const target = new URL(url, new URL(pagePathOf(fromFile, portalBase), 'http://site.invalid'));
	return districtBases.some((base) => target.pathname.startsWith(cleanBase(base)));
}

/** The link check of a portal: like a district's, with the district sites' paths left to them. */
export function portalLinkCheck(districtBases: readonly string[]): PostBuildStep {
	return linkCheckStep((url, fromFile, base) => isDistrictLink(url, fromFile, base, districtBases));
}

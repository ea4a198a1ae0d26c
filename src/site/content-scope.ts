/**
 * Which entries and fields exist in a build of each profile: the conditions that hold an entry
 * back, assembled here as the content rules are. Astro's loaders (`src/content.config.ts`), the
 * editor tools' exports and the public-build audit all read content through this scope.
 */
import { contentScope, type ContentScope, type HoldBack } from '../core/content-scope.ts';
import type { SiteProfile } from '../core/settings.ts';
import { internalEntries } from '../features/publishing/audience.ts';
import { contentModel } from './content-rules.ts';

/** Each condition that leaves an entry out of a build; the first that says why decides. */
export const holdBacks: readonly HoldBack[] = [internalEntries];

/** The scope of a build of this profile. */
export function siteContentScope(profile: SiteProfile): ContentScope {
	return contentScope(profile, contentModel.schemas, holdBacks);
}

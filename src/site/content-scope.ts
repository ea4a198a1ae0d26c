/**
 * Which entries and fields exist in a build of each profile: the conditions that hold an entry
 * back, assembled here as the content rules are. Astro's loaders (`src/content.config.ts`), the
 * editor tools' exports and the public-build audit all read content through this scope.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectionSources } from '../core/collections.ts';
import { parseYamlData } from '../core/content-check/source-file.ts';
import { contentScope, type ContentScope, type HoldBack } from '../core/content-scope.ts';
import type { SiteProfile } from '../core/settings.ts';
import { internalEntries } from '../features/publishing/audience.ts';
import { unpublishedEntries, type PublicationPolicy } from '../features/review/publication.ts';
import { reviewSettingsSchema } from '../features/review/review-settings-schema.ts';
import { contentModel } from './content-rules.ts';

/** The conditions that leave an entry out whatever the site's settings; the first that says why decides. */
export const holdBacks: readonly HoldBack[] = [internalEntries];

/**
 * What decides publication in the content folder on `today`: the `review` settings of its
 * `site.yaml`. A missing or wrong setting falls back to the defaults (all three levels, no sample
 * exemption), so a mistake there holds entries back rather than publish them; the content check
 * reports the mistake itself.
 */
export function publicationPolicy(contentDir: string, today: string): PublicationPolicy {
	let raw: unknown;
	try {
		const file = collectionSources.site.file;
		raw = (
			parseYamlData(file, readFileSync(path.join(contentDir, file), 'utf8')) as {
				review?: unknown;
			}
		)?.review;
	} catch {
		raw = undefined;
	}
	const parsed = reviewSettingsSchema.safeParse(raw ?? {});
	return {
		review: parsed.success ? parsed.data : reviewSettingsSchema.parse({}),
		today,
	};
}

/**
 * The scope of a build of this profile: the public build also leaves out entries whose review is
 * incomplete or whose publishing window is closed on the policy's day.
 */
export function siteContentScope(profile: SiteProfile, policy: PublicationPolicy): ContentScope {
	return contentScope(profile, contentModel.schemas, [...holdBacks, unpublishedEntries(policy)]);
}

/** The scope of a build with these settings (profile, content folder, day). */
export function buildContentScope(settings: {
	profile: SiteProfile;
	contentDir: string;
	today: string;
}): ContentScope {
	return siteContentScope(settings.profile, publicationPolicy(settings.contentDir, settings.today));
}

import type { SiteProfile } from '../../core/settings.ts';

/** Fields that name picture files, which Astro copies into the build for every entry that has them. */
const PICTURE_FIELDS = ['cover', 'gallery'];

/**
 * The data an entry is stored with in a build of the given profile. Astro emits every picture a
 * stored entry names, rendered or not, so in the public build an internal entry keeps its text
 * (for the checks) but loses its pictures: no file of an internal entry reaches the public site.
 */
export function dataForProfile<T extends Record<string, unknown>>(
	data: T,
	profile: SiteProfile,
): T {
	if (profile !== 'public' || data['visibility'] !== 'internal') return data;
	return Object.fromEntries(
		Object.entries(data).filter(([key]) => !PICTURE_FIELDS.includes(key)),
	) as T;
}

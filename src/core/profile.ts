/** Which edition a build produces: the public showcase, or the intranet edition for staff. */
export type SiteProfile = 'public' | 'intranet';

/** Reads `SITE_PROFILE` (default `public`); an unknown value stops the build with its name. */
export function siteProfile(env: Record<string, string | undefined> = process.env): SiteProfile {
	const value = env['SITE_PROFILE'] ?? 'public';
	if (value === 'public' || value === 'intranet') return value;
	throw new Error(`SITE_PROFILE 只能是 public 或 intranet，现在是“${value}”。`);
}

/** Whether an entry of the given visibility belongs in a build of the given profile. */
export function isVisibleIn(profile: SiteProfile, visibility: 'public' | 'internal'): boolean {
	return visibility === 'public' || profile === 'intranet';
}

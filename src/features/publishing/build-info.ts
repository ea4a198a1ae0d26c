import type { SiteProfile } from '../../core/profile.ts';

/** What operators need to know about a build, written to `dist/build-info.json`. */
export interface BuildInfo {
	name: string;
	version: string;
	profile: SiteProfile;
	site: string;
	base: string;
	builtAt: string;
}

/** The build's description from the package and the settings it was built with. */
export function buildInfo(
	pkg: { name: string; version: string },
	env: Record<string, string | undefined>,
	profile: SiteProfile,
	now = new Date(),
): BuildInfo {
	return {
		name: pkg.name,
		version: pkg.version,
		profile,
		site: env['SITE_URL'] || 'http://localhost:4321',
		base: env['BASE_PATH'] || '/',
		builtAt: now.toISOString(),
	};
}

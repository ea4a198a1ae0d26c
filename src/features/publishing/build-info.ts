import type { Settings, SiteProfile } from '../../core/settings.ts';

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
	settings: Pick<Settings, 'profile' | 'siteUrl' | 'basePath'>,
	now = new Date(),
): BuildInfo {
	return {
		name: pkg.name,
		version: pkg.version,
		profile: settings.profile,
		site: settings.siteUrl,
		base: settings.basePath,
		builtAt: now.toISOString(),
	};
}

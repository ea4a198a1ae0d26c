import { z } from 'astro/zod';
import type { Settings } from '../../core/settings.ts';

/** What operators (and portals) need to know about a build, written to `dist/build-info.json`. */
export const buildInfoSchema = z.object({
	/** The package that made it, `tongxin`. */
	name: z.string(),
	/** Its version, e.g. `0.1.0`; a portal merges only district builds of its own version. */
	version: z.string(),
	/** `public` or `intranet`. */
	profile: z.enum(['public', 'intranet']),
	/** One district's site, or a portal over several (builds before portals existed say neither). */
	kind: z.enum(['district', 'portal']).default('district'),
	/** The origin it was built for (`SITE_URL`). */
	site: z.string(),
	/** The path it was built for (`BASE_PATH`), e.g. `/fengxiang/`. */
	base: z.string(),
	/** When it was built, ISO 8601. */
	builtAt: z.string(),
});

export type BuildInfo = z.infer<typeof buildInfoSchema>;

/** The build's description from the package and the settings it was built with. */
export function buildInfo(
	pkg: { name: string; version: string },
	settings: Pick<Settings, 'profile' | 'siteUrl' | 'basePath'>,
	now = new Date(),
	kind: BuildInfo['kind'] = 'district',
): BuildInfo {
	return {
		name: pkg.name,
		version: pkg.version,
		profile: settings.profile,
		kind,
		site: settings.siteUrl,
		base: settings.basePath,
		builtAt: now.toISOString(),
	};
}

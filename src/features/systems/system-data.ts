/** Regulation templates as the pages and downloads read them, once per build. */
import { published, taxonomy } from '../../core/content.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { caseIndex } from '../cases/case-data.ts';
import { allPlaces } from '../places/place-data.ts';
import { systemOf, type ParsedSystem } from './parsed-system.ts';
import type { SystemPageContext } from './system-page.ts';

/**
 * Every template of this build (internal ones only in the intranet build), parsed once: every
 * page of the library reads them all, and parsing 3,500 bodies on each of its pages took more of a
 * 10,000-entry build than rendering the pages.
 */
export function publishedSystems(): Promise<ParsedSystem[]> {
	return oncePerBuild('parsed-systems', async () => (await published('systems')).map(systemOf));
}

/** `getStaticPaths` of every per-template route: one path per published template. */
export async function systemPaths() {
	return (await publishedSystems()).map((template) => ({
		params: { slug: template.meta.slug },
		props: { template },
	}));
}

/** What the page of a template reads. */
export async function systemPageContext(): Promise<SystemPageContext> {
	const [systems, places, cases, kinds, scopes] = await Promise.all([
		published('systems'),
		allPlaces(),
		caseIndex(),
		taxonomy('systemKinds'),
		taxonomy('scopes'),
	]);
	return { systems, places, cases, kinds, scopes };
}

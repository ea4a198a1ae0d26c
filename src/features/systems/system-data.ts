/** Regulation templates as the pages and downloads read them, once per build. */
import { published, taxonomy } from '../../core/content.ts';
import { caseIndex } from '../cases/case-data.ts';
import { allPlaces } from '../places/place-data.ts';
import { systemOf, type ParsedSystem } from './parsed-system.ts';
import type { SystemPageContext } from './system-page.ts';

/** Every template of this build (internal ones only in the intranet build). */
export async function publishedSystems(): Promise<ParsedSystem[]> {
	return (await published('systems')).map(systemOf);
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

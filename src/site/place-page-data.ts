/**
 * What the page of a place reads, loaded once per build. It lives at the top because a place page
 * joins features that themselves build on places: the case stories about it.
 */
import { profile, published, siteAddress, siteConfig } from '../core/content.ts';
import { placeCollections } from '../core/sections.ts';
import { caseIndex } from '../features/cases/case-data.ts';
import { casesAboutPlace } from '../features/cases/case-index.ts';
import { placeVocabulary } from '../features/places/place-data.ts';
import type { PlacePageContext } from '../features/places/place-page.ts';

/** Every place page: the collection and slug in the address, the entry as its prop. */
export async function placePaths() {
	const groups = await Promise.all(placeCollections.map((collection) => published(collection)));
	return groups.flat().map((entry) => ({
		params: { place: entry.collection, slug: entry.id },
		props: { entry },
	}));
}

export async function placePageContext(): Promise<PlacePageContext> {
	const [words, systems, platforms, centers, stations, cases, config] = await Promise.all([
		placeVocabulary(),
		published('systems'),
		published('platforms'),
		published('centers'),
		published('stations'),
		caseIndex(),
		siteConfig(),
	]);
	return {
		words,
		systems,
		platforms,
		centers,
		stations,
		casesAbout: casesAboutPlace(cases),
		organisation: config.organisation,
		profile,
		site: siteAddress,
	};
}

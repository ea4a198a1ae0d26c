/** What the page of a place reads, loaded once per build. */
import { profile, published, siteAddress, siteConfig } from '../../core/content.ts';
import { placeCollections } from '../../core/sections.ts';
import { caseIndex } from '../cases/case-data.ts';
import { placeVocabulary } from './place-data.ts';
import type { PlacePageContext } from './place-page.ts';

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
		cases,
		organisation: config.organisation,
		profile,
		site: siteAddress,
	};
}

/** What the domain pages read, loaded once per build. */
import { published, taxonomy } from '../../core/content.ts';
import { allPlaces, placeVocabulary } from '../places/place-data.ts';

/** One page per domain of `taxonomies/domains.yaml`. */
export async function domainPaths() {
	const domains = await taxonomy('domains');
	return [...domains.values()].map((domain) => ({
		params: { slug: domain.id },
		props: { domain },
	}));
}

export async function domainPageContext() {
	const [places, platforms, cases, words] = await Promise.all([
		allPlaces(),
		published('platforms'),
		published('cases'),
		placeVocabulary(),
	]);
	return { places, platforms, cases, words };
}

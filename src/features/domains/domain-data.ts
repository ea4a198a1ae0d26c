/** What the domain pages read, loaded once per build. */
import { oncePerBuild } from '../../core/once-per-build.ts';
import { published, taxonomy } from '../../core/content.ts';
import { pageParam } from '../../core/pagination.ts';
import { allPlaces, placeVocabulary } from '../places/place-data.ts';
import { domainPages } from './domain-page.ts';

/** Every page of every domain of `taxonomies/domains.yaml`, its model as its prop. */
export async function domainPaths() {
	const [domains, context] = await Promise.all([taxonomy('domains'), domainPageContext()]);
	return [...domains.values()].flatMap((domain) =>
		domainPages(domain, context).map((model) => ({
			params: { slug: domain.id, page: pageParam(model.page.number) },
			props: { model, words: context.words },
		})),
	);
}

export function domainPageContext() {
	return oncePerBuild('domain-page-context', async () => {
		const [places, platforms, cases, words] = await Promise.all([
			allPlaces(),
			published('platforms'),
			published('cases'),
			placeVocabulary(),
		]);
		return { places, platforms, cases, words };
	});
}

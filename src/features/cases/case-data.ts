/** Case stories as the list, filter, related-story and feed pages need them. */
import { published, siteAddress, siteConfig, taxonomy } from '../../core/content.ts';
import { labelOf as termLabel } from '../../core/entries.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { allPlaces } from '../places/place-data.ts';
import { regionsById, towns } from '../regions/region-data.ts';
import { buildCaseIndex, type CaseIndex } from './case-index.ts';
import type { CasePageContext } from './case-page.ts';
import { DISTRICT_WIDE, filterOptions, type CaseFilterKind } from './filters.ts';

/** Every published story, newest first, with its towns and what relates it to other pages. */
export function caseIndex(): Promise<CaseIndex> {
	return oncePerBuild('story-index', async () => {
		const [stories, places, regions] = await Promise.all([
			published('cases'),
			allPlaces(),
			regionsById(),
		]);
		return buildCaseIndex(stories, places, regions);
	});
}

/** The filter choices of the story list and the words for each, for the list and filter pages. */
export async function caseFilters() {
	const [index, domains, townList] = await Promise.all([caseIndex(), taxonomy('domains'), towns()]);
	const facts = index.stories.map(index.factsOf);
	const options = filterOptions(facts, {
		domain: [...domains.keys()],
		town: townList.map((town) => town.id),
	});
	const townNames = new Map(townList.map((town) => [town.id, town.name]));
	const labelOf = (kind: CaseFilterKind, value: string): string => {
		if (kind === 'domain') return termLabel(domains, value);
		if (kind === 'town') return value === DISTRICT_WIDE ? '全区' : (townNames.get(value) ?? value);
		return `${value}年`;
	};
	return { ...index, facts, options, labelOf, domains };
}

/** Every case page: the slug in the address, the story as its prop. */
export async function casePaths() {
	const cases = await published('cases');
	return cases.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** What the page of a case story reads. */
export async function casePageContext(): Promise<CasePageContext> {
	const [places, systems, figures, domains, cases, config] = await Promise.all([
		allPlaces(),
		published('systems'),
		published('figures'),
		taxonomy('domains'),
		caseIndex(),
		siteConfig(),
	]);
	return {
		places,
		systems,
		figures,
		domains,
		cases,
		organisation: config.organisation,
		site: siteAddress,
	};
}

/** Case stories as the list, filter, related-story and feed pages need them. */
import type { CollectionEntry } from 'astro:content';
import { newestFirst } from '../../core/format.ts';
import {
	allPlaces,
	labelOf as termLabel,
	pick,
	published,
	regionsById,
	taxonomy,
	townOfPlace,
	towns,
	type PlaceEntry,
	type Region,
} from '../../core/content.ts';
import { relationKey } from './related.ts';
import { oncePerBuild } from '../../core/once-per-build.ts';
import { DISTRICT_WIDE, filterOptions, type CaseFacts, type CaseFilterKind } from './filters.ts';

export type CaseEntry = CollectionEntry<'cases'>;

/** The towns of the sites a story concerns, in the order the story names them. */
function townsOf(story: CaseEntry, places: PlaceEntry[], regions: Map<string, Region>): Region[] {
	const concerned = pick(places, [
		...story.data.centers,
		...story.data.stations,
		...story.data.bases,
	]);
	const towns = concerned.flatMap((place) => townOfPlace(place, regions) ?? []);
	return [...new Map(towns.map((town) => [town.id, town])).values()];
}

/** Every published story, newest first, with its towns and what relates it to other pages. */
export function caseIndex() {
	return oncePerBuild('story-index', loadCaseIndex);
}

async function loadCaseIndex() {
	const [stories, places, regions] = await Promise.all([
		published('cases'),
		allPlaces(),
		regionsById(),
	]);
	const towns = new Map(stories.map((story) => [story.id, townsOf(story, places, regions)]));
	const factsOf = (story: CaseEntry): CaseFacts => ({
		id: story.id,
		date: story.data.date,
		domains: story.data.domains.map((domain) => domain.id),
		towns: (towns.get(story.id) ?? []).map((town) => town.id),
	});
	const keysOf = (story: CaseEntry): string[] => [
		...story.data.domains.map((domain) => relationKey('domain', domain.id)),
		...story.data.systems.map((system) => relationKey('system', system.id)),
		...[...story.data.centers, ...story.data.stations, ...story.data.bases].map((ref) =>
			relationKey('place', `${ref.collection}/${ref.id}`),
		),
		...(towns.get(story.id) ?? []).map((town) => relationKey('town', town.id)),
	];
	return { stories: newestFirst(stories), factsOf, keysOf, regions };
}

/** What relates a site to stories: itself, its town and its fields of work. */
export function placeRelationKeys(place: PlaceEntry, regions: Map<string, Region>): string[] {
	const town = townOfPlace(place, regions);
	return [
		relationKey('place', `${place.collection}/${place.id}`),
		...(town ? [relationKey('town', town.id)] : []),
		...place.data.domains.map((domain) => relationKey('domain', domain.id)),
	];
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

/** The published case stories with what relates each to other pages: a pure function of entries. */
import type { CollectionEntry } from 'astro:content';
import { pick } from '../../core/entries.ts';
import { newestFirst } from '../../core/format.ts';
import type { PlaceEntry } from '../places/place-data.ts';
import type { Region } from '../regions/region-data.ts';
import { townOf } from '../regions/region-tree.ts';
import type { CaseFacts } from './filters.ts';
import { relatedCases, relationKey } from './related.ts';

export type CaseEntry = CollectionEntry<'cases'>;

/** Every story, newest first, with its towns and what relates it to other pages. */
export interface CaseIndex {
	stories: CaseEntry[];
	factsOf: (story: CaseEntry) => CaseFacts;
	keysOf: (story: CaseEntry) => string[];
	regions: Map<string, Region>;
}

/** The towns of the sites a story concerns, in the order the story names them. */
function townsOf(story: CaseEntry, places: readonly PlaceEntry[], regions: Map<string, Region>) {
	const concerned = pick(places, [
		...story.data.centers,
		...story.data.stations,
		...story.data.bases,
	]);
	const towns = concerned.flatMap((place) => townOf(place.data.region.id, regions) ?? []);
	return [...new Map(towns.map((town) => [town.id, town])).values()];
}

/** Indexes the published stories against the published places and the regions. */
export function buildCaseIndex(
	stories: readonly CaseEntry[],
	places: readonly PlaceEntry[],
	regions: Map<string, Region>,
): CaseIndex {
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
	const town = townOf(place.data.region.id, regions);
	return [
		relationKey('place', `${place.collection}/${place.id}`),
		...(town ? [relationKey('town', town.id)] : []),
		...place.data.domains.map((domain) => relationKey('domain', domain.id)),
	];
}

/** The stories about a place, most related first, as a place page lists them. */
export function casesAboutPlace(index: CaseIndex): (place: PlaceEntry) => CaseEntry[] {
	return (place) =>
		relatedCases(placeRelationKeys(place, index.regions), index.stories, index.keysOf);
}

/**
 * The contexts page models read, built from fixture entries the way the `*-data.ts` loaders
 * build them from Astro's collections.
 */
import { buildCaseIndex } from '../../src/features/cases/case-index.ts';
import type { FixtureEntries } from './fixture-entries.ts';

/** Where the test site is served: a sub-path, so links show the base path. */
export const TEST_SITE = { origin: 'https://tongzhan.example.gov.cn', base: '/sub/' };

/** Every published place of the fixture, as `allPlaces()` gives them. */
export function placesOf(entries: FixtureEntries) {
	return [
		...entries.published('centers'),
		...entries.published('stations'),
		...entries.published('bases'),
	];
}

/** The case index of the fixture, as `caseIndex()` gives it. */
export function caseIndexOf(entries: FixtureEntries) {
	return buildCaseIndex(
		entries.published('cases'),
		placesOf(entries),
		entries.placeVocabulary().regions,
	);
}

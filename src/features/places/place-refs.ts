import type { PlaceEntry } from './place-data.ts';

/**
 * What a site names, read the same way on every page: `referencing` indexes a list once per
 * reader function, so these are made once, not per call.
 */
export const placeRefs = {
	platforms: (place: PlaceEntry) => place.data.platforms,
	systems: (place: PlaceEntry) => place.data.systems,
};

/** The regions (the division tree) as pages read them, once per build. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { oncePerBuild } from '../../core/once-per-build.ts';

export type Region = CollectionEntry<'regions'>['data'];

/** Regions by id. */
export function regionsById() {
	return oncePerBuild('regions-by-id', async () => {
		const regions = await getCollection('regions');
		return new Map(regions.map((region) => [region.id, region.data]));
	});
}

/** Towns and zones, ordered by division code with the zone last. */
export function towns(): Promise<Region[]> {
	return oncePerBuild('towns', async () => {
		const regions = await getCollection('regions');
		return regions
			.map((region) => region.data)
			.filter((region) => region.level === 'town' || region.level === 'zone')
			.sort((a, b) => (a.code ?? '999').localeCompare(b.code ?? '999'));
	});
}

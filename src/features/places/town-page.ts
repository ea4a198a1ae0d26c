/**
 * The page of a town or zone (`/towns/<id>/`): its sites by kind, in pages. It is a list of places
 * (the places feature builds on the regions, not the other way round).
 */
import { compareChinese } from '../../core/format.ts';
import { paginate, paginationNav, pagedTitle, PAGE_SIZE } from '../../core/pagination.ts';
import { placeCollections, sections, type PlaceCollection } from '../../core/sections.ts';
import { townOf, type RegionNode } from '../regions/region-tree.ts';
import type { PlaceEntry } from './place-data.ts';

interface Town {
	id: string;
	name: string;
	code?: string | undefined;
}

/** A kind of site as one page of the town shows it. */
export interface TownPlaceGroup {
	collection: PlaceCollection;
	label: string;
	/** Sites of this kind in the town, on every page. */
	total: number;
	places: PlaceEntry[];
}

/**
 * The pages of a town: its centers, then stations, then bases, each by name, cut into pages;
 * each page shows the kinds it holds, headed by how many the town has in all.
 */
export function townPages<R extends RegionNode>(
	town: Town,
	places: readonly PlaceEntry[],
	regions: ReadonlyMap<string, R>,
	size = PAGE_SIZE,
) {
	const section = sections.towns;
	const here = places
		.filter((place) => townOf(place.data.region.id, regions)?.id === town.id)
		.sort((a, b) => compareChinese(a.data.name, b.data.name));
	const byKind = placeCollections.map((collection) => ({
		collection,
		places: here.filter((place) => place.collection === collection),
	}));
	const villages = [...regions.values()].filter(
		(region) => region.level === 'village' && region.parent?.id === town.id,
	).length;
	const listPath = `/${section.path}/${town.id}/`;
	return paginate(
		byKind.flatMap((kind) => kind.places),
		size,
	).map((page) => ({
		layout: {
			title: pagedTitle(town.name, page.number),
			description: `${town.name}的同心实践中心、实践站和示范基地。`,
			section: 'towns' as const,
			breadcrumbs: [
				{ label: section.label, href: `/${section.path}/` },
				...(page.number > 1
					? [{ label: town.name, href: listPath }, { label: `第 ${page.number} 页` }]
					: [{ label: town.name }]),
			],
			search: page.number === 1 ? { kind: section.label, town: town.name } : undefined,
		},
		heading: pagedTitle(town.name, page.number),
		lead: `${town.name}共有 ${here.length} 个站点${town.code ? `，区划代码 ${town.code}` : ''}${
			villages > 0 ? `，辖 ${villages} 个村（社区）` : ''
		}。`,
		/** The town's mini map, on the first page only: the later ones continue its list. */
		miniMap: page.number === 1,
		page,
		groups: byKind
			.map(({ collection, places: all }): TownPlaceGroup => ({
				collection,
				label: sections[collection].label,
				total: all.length,
				places: page.items.filter((place) => place.collection === collection),
			}))
			.filter((group) => group.places.length > 0),
		nav: paginationNav(listPath, page.number, page.count),
	}));
}

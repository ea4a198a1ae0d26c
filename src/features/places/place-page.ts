/**
 * The page of one center, station or base, as a pure function of the entry and what it relates
 * to (in the manner of Starlight's route data): the page front matter only loads and renders.
 */
import type { CollectionEntry } from 'astro:content';
import { labelOf, pick } from '../../core/entries.ts';
import { formatChineseDate, isoDate } from '../../core/format.ts';
import { organisationLd, placeLd } from '../../core/json-ld.ts';
import { cappedLinkList, linkItems } from '../../core/link-items.ts';
import { referencing } from '../../core/references.ts';
import { sections } from '../../core/sections.ts';
import type { SiteProfile } from '../../core/settings.ts';
import { absoluteSiteUrl, entryPath, type SiteAddress } from '../../core/urls.ts';
import { entryLayout } from '../../core/entry-layout.ts';
import { entryPoint } from '../../core/coordinates.ts';
import { townLink } from '../regions/region-links.ts';
import { townOf } from '../regions/region-tree.ts';
import type { PlaceEntry, PlaceVocabulary } from './place-data.ts';
import { domainTags, placeLocation } from './place-words.ts';

/** What a place page reads besides the place itself. */
export interface PlacePageContext {
	words: PlaceVocabulary;
	systems: readonly CollectionEntry<'systems'>[];
	platforms: readonly CollectionEntry<'platforms'>[];
	centers: readonly CollectionEntry<'centers'>[];
	stations: readonly CollectionEntry<'stations'>[];
	/** The case stories about a place, most related first (the cases feature ranks them). */
	casesAbout: (place: PlaceEntry) => CollectionEntry<'cases'>[];
	/** The organisation that runs the site (`organisation` in `site.yaml`). */
	organisation: string;
	profile: SiteProfile;
	/** Where the site is served. */
	site: SiteAddress;
}

/** One line of the facts list: a label and its value. */
export interface Fact {
	label: string;
	value: string;
}

/** The center a station belongs to, as a list of references (`referencing` reads lists). */
const centerOfStation = (station: CollectionEntry<'stations'>) =>
	station.data.center ? [station.data.center] : [];

/** Builds everything the page of a place shows. */
export function placePage(entry: PlaceEntry, context: PlacePageContext) {
	const { data } = entry;
	const { words } = context;
	const section = sections[entry.collection];
	const absolute = (path: string) => absoluteSiteUrl(context.site, path);

	const facts: Fact[] = [
		{
			label: '类别',
			value:
				entry.collection === 'bases' ? labelOf(words.baseKinds, entry.data.kind) : section.label,
		},
		{ label: '级别', value: labelOf(words.levels, data.level) },
		...(entry.collection === 'stations'
			? [{ label: '承建单位', value: labelOf(words.scopes, entry.data.host) }]
			: []),
		...(entry.collection === 'bases' && entry.data.designatedBy
			? [{ label: '命名单位', value: entry.data.designatedBy }]
			: []),
		{ label: '建立时间', value: formatChineseDate(data.established) },
		...(data.address ? [{ label: '地址', value: data.address }] : []),
		...(data.openingHours ? [{ label: '开放时间', value: data.openingHours }] : []),
		...(entry.collection === 'centers' && entry.data.area
			? [{ label: '面积', value: `${entry.data.area} 平方米` }]
			: []),
	];
	const location = placeLocation(entry, words);
	const town = townOf(data.region.id, words.regions);

	const guidingCenter =
		entry.collection === 'stations' && entry.data.center
			? pick(context.centers, [entry.data.center])
			: [];
	const guidedStations =
		entry.collection === 'centers' ? referencing(context.stations, centerOfStation, entry) : [];
	const points = (entry.collection === 'bases' ? entry.data.points : []).map((point) => {
		const pointTown = townOf(point.region.id, words.regions);
		return {
			name: point.name,
			town: pointTown && { name: pointTown.name, href: townLink(pointTown) },
		};
	});

	return {
		layout: {
			...entryLayout({
				section: entry.collection,
				title: data.name,
				description: data.summary,
				published: data.updated ?? data.established,
				modified: data.updated,
			}),
			share: {
				image: data.cover,
				structuredData: placeLd({
					name: data.name,
					summary: data.summary,
					url: absolute(entryPath(section.path, entry.id)),
					address: data.address,
					town: location[0]?.label,
					point: data.coordinates && entryPoint(data.coordinates),
					organisation: organisationLd(context.organisation, absolute('/')),
				}),
			},
			search: {
				kind: section.label,
				town: town?.name,
				domains: data.domains.map((domain) => labelOf(words.domains, domain)),
				level: labelOf(words.levels, data.level),
			},
		},
		name: data.name,
		summary: data.summary,
		sample: data.sample,
		cover: data.cover,
		gallery: data.gallery,
		location,
		facts,
		domainTags: domainTags(data.domains, words),
		points,
		linkLists: [
			{ heading: '执行的工作制度', items: linkItems(pick(context.systems, data.systems)) },
			{ heading: '品牌阵地', items: linkItems(pick(context.platforms, data.platforms)) },
			{ heading: '指导中心', items: linkItems(guidingCenter) },
			// A center in a town of hundreds of stations: the town's page lists them all.
			cappedLinkList(
				'联系的实践站',
				linkItems(guidedStations),
				town && { href: townLink(town), label: `查看${town.name}的全部站点` },
			),
		],
		relatedCases: context.casesAbout(entry),
		/** Contacts are internal-only: the public build has none to show. */
		contacts: context.profile === 'intranet' ? data.contacts : [],
		updated: data.updated && { iso: isoDate(data.updated), text: formatChineseDate(data.updated) },
	};
}

export type PlacePage = ReturnType<typeof placePage>;

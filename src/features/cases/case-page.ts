/** The page of one case story, as a pure function of the story and what it concerns. */
import type { CollectionEntry } from 'astro:content';
import { labelOf, pick } from '../../core/entries.ts';
import { formatChineseDate, formatNumber, isoDate } from '../../core/format.ts';
import { articleLd, organisationLd } from '../../core/json-ld.ts';
import { cappedLinkList, linkItems } from '../../core/link-items.ts';
import { link } from '../../core/links.ts';
import { sections } from '../../core/sections.ts';
import { absoluteSiteUrl, entryPath, type SiteAddress } from '../../core/urls.ts';
import { entryLayout } from '../../core/entry-layout.ts';
import type { PlaceEntry, PlaceVocabulary } from '../places/place-data.ts';
import { domainTags } from '../places/place-words.ts';
import type { CaseEntry, CaseIndex } from './case-index.ts';
import { relatedCases } from './related.ts';

/** What a case page reads besides the story itself. */
export interface CasePageContext {
	places: readonly PlaceEntry[];
	systems: readonly CollectionEntry<'systems'>[];
	figures: readonly CollectionEntry<'figures'>[];
	domains: PlaceVocabulary['domains'];
	cases: CaseIndex;
	/** The organisation that runs the site (`organisation` in `site.yaml`). */
	organisation: string;
	/** Where the site is served. */
	site: SiteAddress;
}

/** Builds everything the page of a case story shows. */
export function casePage(entry: CaseEntry, context: CasePageContext) {
	const { data } = entry;
	const section = sections.cases;
	const absolute = (path: string) => absoluteSiteUrl(context.site, path);
	const concernedPlaces = pick(context.places, [...data.centers, ...data.stations, ...data.bases]);
	return {
		layout: {
			...entryLayout({
				section: 'cases',
				title: data.title,
				description: data.summary,
				published: data.date,
				modified: data.updated,
			}),
			share: {
				image: data.cover,
				type: 'article' as const,
				structuredData: articleLd({
					title: data.title,
					summary: data.summary,
					date: data.date,
					updated: data.updated,
					author: data.author,
					url: absolute(entryPath(section.path, entry.id)),
					publisher: organisationLd(context.organisation, absolute('/')),
					about: concernedPlaces.map((place) => ({
						name: place.data.name,
						url: absolute(`/${place.collection}/${place.id}/`),
					})),
				}),
			},
			search: {
				kind: section.label,
				domains: data.domains.map((domain) => labelOf(context.domains, domain)),
			},
		},
		title: data.title,
		date: { iso: isoDate(data.date), text: formatChineseDate(data.date) },
		author: data.author,
		summary: data.summary,
		sample: data.sample,
		cover: data.cover,
		pictures: data.pictures,
		domainTags: domainTags(data.domains, { domains: context.domains }),
		figures: pick(context.figures, data.figures).map((figure) => ({
			href: link(`/figures/#${figure.id}`),
			value: formatNumber(figure.data.value),
			unit: figure.data.unit,
			label: figure.data.label,
		})),
		linkLists: [
			cappedLinkList('涉及的站点', linkItems(concernedPlaces)),
			{ heading: '涉及的制度', items: linkItems(pick(context.systems, data.systems)) },
		],
		relatedCases: relatedCases(
			context.cases.keysOf(entry),
			context.cases.stories,
			context.cases.keysOf,
			{
				exclude: entry.id,
			},
		),
	};
}

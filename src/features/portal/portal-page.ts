/**
 * Page models of the portal: pure functions from the portal's model to what each page renders.
 */
import { formatChineseDate, formatNumber } from '../../core/format.ts';
import { link } from '../../core/links.ts';
import { sections } from '../../core/sections.ts';
import { feedItems, type FeedItem } from '../cases/feed.ts';
import { aggregateByTown, placeAll, sceneOf } from '../map/scene.ts';
import { countByKind } from '../map/sites.ts';
import { cityAsDistrict } from './portal-map.ts';
import type { PortalCase, PortalDistrict, PortalModel, SharedFigure } from './portal-model.ts';
import { districtPagePath, portalSections, type PortalSectionKey } from './portal-paths.ts';

/** The portal's main menu, with the current section marked. */
export function portalMenu(current?: PortalSectionKey) {
	const keys: PortalSectionKey[] = ['districts', 'figures', 'map', 'cases'];
	return keys.map((key) => ({
		label: portalSections[key].label,
		href: link(`/${portalSections[key].path}/`),
		current: key === current,
	}));
}

/** A card of the portal: title link, facts line and summary. */
export interface PortalCard {
	href: string;
	title: string;
	summary?: string | undefined;
	meta: string[];
}

/** A story as a card: its district, date and towns under the title. */
export function caseCard(story: PortalCase): PortalCard {
	return {
		href: story.path,
		title: story.title,
		summary: story.summary,
		meta: [
			story.district,
			formatChineseDate(new Date(`${story.date}T00:00:00Z`)),
			...(story.towns.length > 0 ? [story.towns.join('、')] : []),
		],
	};
}

/** The counts of a district in words, e.g. 实践中心 13 个. */
export function countsLine(counts: PortalDistrict['counts']): string[] {
	return [
		`${sections.centers.shortLabel} ${formatNumber(counts.centers)} 个`,
		`${sections.stations.shortLabel} ${formatNumber(counts.stations)} 个`,
		`${sections.bases.shortLabel} ${formatNumber(counts.bases)} 项`,
		`案例 ${formatNumber(counts.cases)} 篇`,
	];
}

/** A district as a card, leading to its page on the portal. */
export function districtCard(district: PortalDistrict): PortalCard {
	return {
		href: link(districtPagePath(district.id)),
		title: district.name,
		summary: district.description,
		meta: [district.title, ...countsLine(district.counts)],
	};
}

/** The kinds of entry every district counts, with the words the portal shows them in. */
export const countedKinds = [
	{ key: 'centers', label: sections.centers.label, unit: '个' },
	{ key: 'stations', label: sections.stations.label, unit: '个' },
	{ key: 'bases', label: sections.bases.label, unit: '项' },
	{ key: 'platforms', label: sections.platforms.label, unit: '个' },
	{ key: 'systems', label: sections.systems.label, unit: '项' },
	{ key: 'cases', label: sections.cases.label, unit: '篇' },
] as const;

/** How many latest stories the home page shows. */
export const HOME_CASES = 6;

/** The home page: the totals, every district, the newest stories. */
export function portalHome(model: PortalModel) {
	const figures = link(`/${portalSections.figures.path}/`);
	return {
		keyFigures: [
			{
				value: model.totals.districts,
				unit: '个',
				label: '区县网站',
				href: link(`/${portalSections.districts.path}/`),
			},
			...countedKinds
				.filter(({ key }) => key !== 'platforms' && key !== 'systems')
				.map(({ key, label, unit }) => ({
					value: model.totals[key],
					unit,
					label,
					href: `${figures}#count-${key}`,
				})),
		],
		districts: model.districts.map(districtCard),
		latestCases: model.latestCases.slice(0, HOME_CASES).map(caseCard),
	};
}

/** A row of the table of counts: a district, or the total. */
export interface CountRow {
	label: string;
	href?: string | undefined;
	values: number[];
}

/** Counts per district and kind, with the total last. */
export function countRows(model: PortalModel): CountRow[] {
	return [
		...model.districts.map((district) => ({
			label: district.name,
			href: link(districtPagePath(district.id)),
			values: countedKinds.map(({ key }) => district.counts[key]),
		})),
		{ label: '合计', values: countedKinds.map(({ key }) => model.totals[key]) },
	];
}

/** The district's own page on the portal. */
export function districtPage(district: PortalDistrict) {
	const inSite = (folder: string) => `${district.base}${folder}/`;
	return {
		keyFigures: countedKinds.map(({ key, label, unit }) => ({
			value: district.counts[key],
			unit,
			label,
			href: inSite(sections[key].path),
		})),
		figures: district.figures,
		latestCases: district.latestCases.slice(0, HOME_CASES).map(caseCard),
		links: {
			site: district.base,
			map: inSite(sections.map.path),
			data: `${district.base}data/sites.csv`,
			search: `${link(`/${portalSections.search.path}/`)}?district=${encodeURIComponent(district.name)}`,
		},
	};
}

/** The portal's figures page: counts by kind and district, then the shared figures by group. */
export function figuresPage(model: PortalModel) {
	const kinds = countedKinds
		.filter(({ key }) => key !== 'platforms' && key !== 'systems')
		.map(({ key, label, unit }) => ({
			key,
			label,
			unit,
			total: model.totals[key],
			rows: model.districts.map((district) => ({
				label: district.name,
				value: district.counts[key],
			})),
		}));
	const groups = new Map<string, (SharedFigure & { rows: { label: string; value: number }[] })[]>();
	for (const figure of model.sharedFigures) {
		const rows = figure.values.map((value) => ({ label: value.district, value: value.value }));
		groups.set(figure.group, [...(groups.get(figure.group) ?? []), { ...figure, rows }]);
	}
	return {
		countRows: countRows(model),
		kinds,
		groups: [...groups].map(([name, figures]) => ({ name, figures })),
	};
}

/** The portal's map page: the city's scene, one marker per district, the table beside it. */
export function mapPage(model: PortalModel) {
	const city = cityAsDistrict(model, link);
	const scene = sceneOf(city);
	const aggregates = aggregateByTown(city).filter((aggregate) => aggregate.town);
	return {
		scene,
		aggregates,
		anchors: placeAll(
			scene,
			aggregates.map((aggregate) => aggregate.anchor),
			44,
		),
		sites: city.sites.length,
		rows: model.districts.map((district) => ({
			district,
			href: link(districtPagePath(district.id)),
			counts: countByKind(city.sites.filter((site) => site.town?.id === district.id)),
			map: `${district.base}${sections.map.path}/`,
		})),
	};
}

/** The portal's feed: the newest stories of every district, linking into the district sites. */
export function portalFeedItems(model: Pick<PortalModel, 'latestCases' | 'origin'>): FeedItem[] {
	return feedItems(
		model.latestCases.map((story) => ({
			id: story.path,
			title: `${story.title}（${story.district}）`,
			summary: story.summary,
			date: new Date(`${story.date}T00:00:00Z`),
			categories: [story.district, ...story.domains],
		})),
		(path) => new URL(path, model.origin).href,
	);
}

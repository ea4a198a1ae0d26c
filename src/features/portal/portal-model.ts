/**
 * The portal as its pages see it, assembled from the district builds it could read: which
 * districts it admits (and why it leaves others out), their sites, figures and stories with links
 * turned into paths on the portal's host, and what adds up across them. Pure: every input is an
 * argument, so that it is unit-tested without building anything.
 */
import { compareChinese } from '../../core/format.ts';
import type { SiteIdentity } from '../../core/schemas/site-identity.ts';
import type { OpenSite } from '../map/open-data.ts';
import type { DistrictReading } from './read-district.ts';
import type {
	DistrictSummary,
	SummaryCase,
	SummaryFigure,
	SummaryPoint,
} from './summary-schema.ts';

/** A site of a district, as the portal's map and open data list it. */
export interface PortalSite extends Omit<OpenSite, 'url'> {
	/** Its page, as a path on the portal's host, e.g. `/fengxiang/centers/liulin/`. */
	path: string;
	/** The district's id, name and division code. */
	districtId: string;
	district: string;
	districtCode: string | null;
}

export interface PortalFigure extends Omit<SummaryFigure, 'url'> {
	/** Its place on the district's figures page (a path). */
	path: string;
}

export interface PortalCase extends Omit<SummaryCase, 'url'> {
	/** The story's page (a path). */
	path: string;
	districtId: string;
	/** The district's name, e.g. 凤翔区. */
	district: string;
}

/** A district the portal admitted. */
export interface PortalDistrict {
	id: string;
	code?: string | undefined;
	name: string;
	shortName: string;
	/** The path its site is served under on the portal's host, e.g. `/fengxiang/`. */
	base: string;
	title: string;
	description: string;
	organisation: string;
	/** Whether its site says that its content is sample data. */
	sample: boolean;
	counts: DistrictSummary['counts'];
	figures: PortalFigure[];
	latestCases: PortalCase[];
	sites: PortalSite[];
	seat?: SummaryPoint | undefined;
	/** Its search index (`<base>pagefind/`), when the portal's search can merge it. */
	searchIndex?: string | undefined;
	/** When it was built, ISO 8601. */
	builtAt: string;
	/** Where the portal read it from. */
	source: string;
}

/** Something the operator should know about a district build: why it is left out, or a warning. */
export interface PortalNotice {
	source: string;
	/** The district's name, when the build said it. */
	district?: string | undefined;
	/** True when the district is not in the portal at all. */
	skipped: boolean;
	message: string;
}

/** A figure several districts report under one id and unit. */
export interface SharedFigure {
	id: string;
	label: string;
	unit: string;
	group: string;
	/** The sum over the districts, when the figure adds up (undefined otherwise). */
	total?: number | undefined;
	/** True when any district's number is invented for the sample. */
	sample: boolean;
	values: { districtId: string; district: string; value: number; asOf: string; path: string }[];
}

/** What the portal builds its pages from. */
export interface PortalModel {
	site: SiteIdentity;
	region: { name: string; code?: string | undefined };
	/** The portal's own base path, e.g. `/`. */
	base: string;
	/** The origin the portal is served from, e.g. `https://tongzhan.example.gov.cn`. */
	origin: string;
	districts: PortalDistrict[];
	/** Counts over every admitted district. */
	totals: DistrictSummary['counts'] & { districts: number; sites: number };
	sharedFigures: SharedFigure[];
	/** The newest stories of all districts, newest first. */
	latestCases: PortalCase[];
	notices: PortalNotice[];
}

/** What the portal expects of the district builds it merges. */
export interface PortalExpectations {
	/** The version of this project the portal is built with; districts must match it. */
	version: string;
	/** The Pagefind version of the portal's search; a district index of another is not merged. */
	searchVersion: string;
	/** The portal's base path and origin (from its settings). */
	base: string;
	origin: string;
	/** Top-level folders of the portal's own output, which a district's path must not take. */
	reservedFolders: readonly string[];
}

/** How many stories the portal shows on its story list. */
export const PORTAL_CASES = 30;

/** `/a/b` or `a/b/` → `/a/b/`. */
export function cleanBase(base: string): string {
	return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The path (with its #fragment) of an absolute URL a district published. */
export function pathOf(url: string): string {
	const parsed = new URL(url);
	return `${parsed.pathname}${parsed.hash}`;
}

function originOf(url: string): string | undefined {
	try {
		return new URL(url).origin;
	} catch {
		return undefined;
	}
}

/** Why a district's path cannot sit beside the portal on one host, or undefined when it can. */
export function pathConflict(
	districtBase: string,
	expected: Pick<PortalExpectations, 'base' | 'reservedFolders'>,
): string | undefined {
	const district = cleanBase(districtBase);
	const portal = cleanBase(expected.base);
	if (district === '/') {
		return '该区县网站构建时 BASE_PATH 是“/”（网站根目录）。门户之下的每个区县网站要部署在各自的子路径，例如 /fengxiang/：请设置 BASE_PATH 后重新构建。';
	}
	if (portal.startsWith(district)) {
		return `该区县网站的路径 ${district} 包含了门户的路径 ${portal}，两者不能部署在同一主机上。`;
	}
	if (district.startsWith(portal)) {
		const folder = district.slice(portal.length).split('/')[0] ?? '';
		if (expected.reservedFolders.includes(folder)) {
			return `该区县网站的路径 ${district} 与门户自己的栏目 ${portal}${folder}/ 重名。请换一个 BASE_PATH（例如区县的拼音）后重新构建。`;
		}
	}
	return undefined;
}

function admit(
	reading: DistrictReading,
	expected: PortalExpectations,
	taken: { bases: Set<string>; ids: Set<string> },
): { district?: PortalDistrict; notices: PortalNotice[] } {
	const { source } = reading;
	if (!reading.build) return { notices: [{ source, skipped: true, message: reading.problem }] };
	const { info, summary, sites, searchVersion } = reading.build;
	const name = summary.district.name;
	const skip = (message: string) => ({
		notices: [{ source, district: name, skipped: true, message }],
	});
	if (info.kind === 'portal') return skip('这是一个门户的构建结果，不是区县网站。');
	if (info.profile !== 'public') {
		return skip(
			'这是内网版（SITE_PROFILE=intranet）的构建结果。门户是公开的，只汇集各区县的公开版：请改用该区县公开版的构建结果。',
		);
	}
	if (info.version !== expected.version) {
		return skip(
			`该区县网站是用同心 ${info.version} 构建的，门户是 ${expected.version}。不同版本的数据格式和搜索索引可能不一致：请用同心 ${expected.version} 重新构建该区县网站，再生成门户。`,
		);
	}
	const base = cleanBase(info.base);
	const conflict = pathConflict(base, expected);
	if (conflict) return skip(conflict);
	if (taken.bases.has(base)) {
		return skip(
			`另一个区县网站已经部署在 ${base}，两个网站不能用同一路径。请检查门户设置中是否重复列出了同一个构建结果。`,
		);
	}
	if (taken.ids.has(summary.district.id)) {
		return skip(
			`另一个区县网站的区县编号也是“${summary.district.id}”。请检查门户设置中是否重复列出了同一区县。`,
		);
	}
	taken.bases.add(base);
	taken.ids.add(summary.district.id);

	const notices: PortalNotice[] = [];
	const warn = (message: string) =>
		notices.push({ source, district: name, skipped: false, message });
	let searchIndex: string | undefined = `${base}pagefind/`;
	if (!searchVersion) {
		searchIndex = undefined;
		warn(
			'没有搜索索引（pagefind/pagefind-entry.json），门户的搜索不包括该区县。请重新构建该区县网站。',
		);
	} else if (searchVersion !== expected.searchVersion) {
		searchIndex = undefined;
		warn(
			`搜索索引是 Pagefind ${searchVersion} 生成的，门户用的是 ${expected.searchVersion}，两者不能合并搜索；门户的搜索不包括该区县。`,
		);
	}
	const districtOrigin = originOf(info.site);
	if (districtOrigin && districtOrigin !== originOf(expected.origin)) {
		warn(
			`该区县网站是按 ${districtOrigin} 构建的，门户是 ${originOf(expected.origin) ?? expected.origin}。门户按路径 ${base} 链接它、合并它的搜索，请把它部署在门户的同一主机上。`,
		);
	}
	const district = summary.district;
	const withDistrict = { districtId: district.id, district: district.name };
	return {
		notices,
		district: {
			id: district.id,
			code: district.code,
			name: district.name,
			shortName: district.shortName,
			base,
			title: summary.site.title,
			description: summary.site.description,
			organisation: summary.site.organisation,
			sample: summary.site.sample,
			counts: summary.counts,
			figures: summary.figures.map(({ url, ...figure }) => ({ ...figure, path: pathOf(url) })),
			latestCases: summary.latestCases.map(({ url, ...story }) => ({
				...story,
				...withDistrict,
				path: pathOf(url),
			})),
			sites: sites.map(({ url, ...site }) => ({
				...site,
				...withDistrict,
				districtCode: district.code ?? null,
				path: pathOf(url),
			})),
			seat: district.seat,
			searchIndex,
			builtAt: info.builtAt,
			source,
		},
	};
}

/** Figures that two or more districts report under one id and unit, with their sum if it adds up. */
export function sharedFigures(districts: readonly PortalDistrict[]): SharedFigure[] {
	const byId = new Map<string, { figure: PortalFigure; district: PortalDistrict }[]>();
	for (const district of districts) {
		for (const figure of district.figures) {
			byId.set(figure.id, [...(byId.get(figure.id) ?? []), { figure, district }]);
		}
	}
	const groups: string[] = [];
	const shared: SharedFigure[] = [];
	for (const [id, reports] of byId) {
		const [first] = reports;
		if (!first || reports.length < 2) continue;
		if (reports.some(({ figure }) => figure.unit !== first.figure.unit)) continue;
		if (!groups.includes(first.figure.group)) groups.push(first.figure.group);
		const additive = reports.every(({ figure }) => figure.additive);
		shared.push({
			id,
			label: first.figure.label,
			unit: first.figure.unit,
			group: first.figure.group,
			total: additive ? reports.reduce((sum, { figure }) => sum + figure.value, 0) : undefined,
			sample: reports.some(({ figure }) => figure.sample),
			values: reports.map(({ figure, district }) => ({
				districtId: district.id,
				district: district.name,
				value: figure.value,
				asOf: figure.asOf,
				path: figure.path,
			})),
		});
	}
	// Groups in the order districts first use them; within a group, the most widely reported first.
	return shared.sort(
		(a, b) =>
			groups.indexOf(a.group) - groups.indexOf(b.group) || b.values.length - a.values.length,
	);
}

const byCode = (a: PortalDistrict, b: PortalDistrict) =>
	(a.code ?? '999999').localeCompare(b.code ?? '999999') || compareChinese(a.name, b.name);

/** The portal's model from its settings and every district reading, in the order listed. */
export function assemblePortal({
	site,
	region,
	readings,
	expected,
}: {
	site: SiteIdentity;
	region: PortalModel['region'];
	readings: readonly DistrictReading[];
	expected: PortalExpectations;
}): PortalModel {
	const taken = { bases: new Set<string>(), ids: new Set<string>() };
	const notices: PortalNotice[] = [];
	const districts: PortalDistrict[] = [];
	for (const reading of readings) {
		const result = admit(reading, expected, taken);
		notices.push(...result.notices);
		if (result.district) districts.push(result.district);
	}
	districts.sort(byCode);
	const sum = (key: keyof DistrictSummary['counts']) =>
		districts.reduce((total, district) => total + district.counts[key], 0);
	return {
		site,
		region,
		base: cleanBase(expected.base),
		origin: expected.origin,
		districts,
		totals: {
			districts: districts.length,
			centers: sum('centers'),
			stations: sum('stations'),
			bases: sum('bases'),
			platforms: sum('platforms'),
			systems: sum('systems'),
			cases: sum('cases'),
			towns: sum('towns'),
			sites: districts.reduce((total, district) => total + district.sites.length, 0),
		},
		sharedFigures: sharedFigures(districts),
		latestCases: districts
			.flatMap((district) => district.latestCases)
			.sort((a, b) => b.date.localeCompare(a.date) || compareChinese(a.title, b.title))
			.slice(0, PORTAL_CASES),
		notices,
	};
}

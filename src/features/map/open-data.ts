import { z } from 'astro/zod';
import { siteKinds, type MapSite } from './sites.ts';

/**
 * One site in the open-data files: public fields only, coordinates in WGS-84. A portal over
 * several districts reads these files back with this schema.
 */
export const openSiteSchema = z.object({
	/** The entry's slug. */
	id: z.string(),
	name: z.string(),
	/** `centers`, `stations` or `bases`. */
	type: z.enum(siteKinds),
	/** Name of the kind, e.g. 同心实践站 or the base kind. */
	kind: z.string(),
	town: z.string().nullable(),
	/** The town's division code. */
	townCode: z.string().nullable(),
	village: z.string().nullable(),
	address: z.string().nullable(),
	/** Domain ids, e.g. `enterprise`. */
	domains: z.array(z.string()),
	/** Domain labels, e.g. 企业. */
	domainLabels: z.array(z.string()),
	lng: z.number(),
	lat: z.number(),
	/** True when the point is approximate. */
	approximate: z.boolean(),
	/** The site's page (absolute URL). */
	url: z.string(),
});

export type OpenSite = z.infer<typeof openSiteSchema>;

/** `/data/sites.json` as written by `sitesJson`. */
export const sitesJsonSchema = z.object({
	title: z.string(),
	crs: z.string(),
	count: z.number().int().nonnegative(),
	sites: z.array(openSiteSchema),
});

/** The open-data record of a site; `origin` makes its page link absolute. */
export function openSite(site: MapSite, origin: string | URL): OpenSite {
	return {
		id: site.id,
		name: site.name,
		type: site.kind,
		kind: site.kindLabel,
		town: site.town?.name ?? null,
		townCode: site.town?.code ?? null,
		village: site.village ?? null,
		address: site.address ?? null,
		domains: site.domains.map((domain) => domain.id),
		domainLabels: site.domains.map((domain) => domain.label),
		lng: site.point.lng,
		lat: site.point.lat,
		approximate: site.approximate,
		url: new URL(site.href, origin).href,
	};
}

/** `/data/sites.json`: a short header and every site. */
export function sitesJson<S extends OpenSite>(sites: readonly S[], title: string): string {
	return `${JSON.stringify(
		{
			title,
			crs: 'WGS-84 / CGCS2000（经度、纬度，单位：度）',
			count: sites.length,
			sites,
		},
		null,
		2,
	)}\n`;
}

/**
 * `/data/sites.geojson`: an RFC 7946 FeatureCollection of points, each feature named by
 * `featureId` (by default `<type>/<slug>`, unique within one district).
 */
export function sitesGeoJson<S extends OpenSite>(
	sites: readonly S[],
	featureId: (site: S) => string = (site) => `${site.type}/${site.id}`,
): string {
	return `${JSON.stringify(
		{
			type: 'FeatureCollection',
			features: sites.map((site) => {
				const { lng, lat, ...properties } = site;
				return {
					type: 'Feature',
					id: featureId(site),
					geometry: { type: 'Point', coordinates: [lng, lat] },
					properties,
				};
			}),
		},
		null,
		2,
	)}\n`;
}

/** A column of `/data/sites.csv`: its Chinese header and how a site fills it. */
export interface CsvColumn<S> {
	header: string;
	value: (site: S) => string;
}

/** The columns of `/data/sites.csv`, in Chinese for the editors who open it in Excel. */
export const csvColumns: CsvColumn<OpenSite>[] = [
	{ header: '编号', value: (site) => site.id },
	{ header: '名称', value: (site) => site.name },
	{ header: '类别', value: (site) => site.kind },
	{ header: '镇（园区）', value: (site) => site.town ?? '全区' },
	{ header: '村（社区）', value: (site) => site.village ?? '' },
	{ header: '地址', value: (site) => site.address ?? '' },
	{ header: '领域', value: (site) => site.domainLabels.join('、') },
	{ header: '经度', value: (site) => String(site.lng) },
	{ header: '纬度', value: (site) => String(site.lat) },
	{ header: '近似位置', value: (site) => (site.approximate ? '是' : '否') },
	{ header: '网址', value: (site) => site.url },
];

function csvCell(text: string): string {
	// A leading = + - @ would make Excel run the cell as a formula.
	const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * `/data/sites.csv`: UTF-8 with a byte-order mark and CRLF lines, so Excel opens it as Chinese;
 * `columns` by default `csvColumns` (a portal adds the district's).
 */
export function sitesCsv<S extends OpenSite>(
	sites: readonly S[],
	columns: readonly CsvColumn<S>[] = csvColumns,
): string {
	const rows = [
		columns.map((column) => column.header),
		...sites.map((site) => columns.map((column) => column.value(site))),
	];
	return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

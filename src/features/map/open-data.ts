import type { MapSite } from './sites.ts';

/** One site in the open-data files: public fields only, coordinates in WGS-84. */
export interface OpenSite {
	id: string;
	name: string;
	type: MapSite['kind'];
	kind: string;
	town: string | null;
	townCode: string | null;
	village: string | null;
	address: string | null;
	domains: string[];
	domainLabels: string[];
	lng: number;
	lat: number;
	approximate: boolean;
	url: string;
}

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
export function sitesJson(sites: readonly OpenSite[], title: string): string {
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

/** `/data/sites.geojson`: an RFC 7946 FeatureCollection of points. */
export function sitesGeoJson(sites: readonly OpenSite[]): string {
	return `${JSON.stringify(
		{
			type: 'FeatureCollection',
			features: sites.map(({ lng, lat, ...properties }) => ({
				type: 'Feature',
				id: `${properties.type}/${properties.id}`,
				geometry: { type: 'Point', coordinates: [lng, lat] },
				properties,
			})),
		},
		null,
		2,
	)}\n`;
}

/** The columns of `/data/sites.csv`, in Chinese for the editors who open it in Excel. */
export const csvColumns: { header: string; value: (site: OpenSite) => string }[] = [
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

/** `/data/sites.csv`: UTF-8 with a byte-order mark and CRLF lines, so Excel opens it as Chinese. */
export function sitesCsv(sites: readonly OpenSite[]): string {
	const rows = [
		csvColumns.map((column) => column.header),
		...sites.map((site) => csvColumns.map((column) => column.value(site))),
	];
	return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

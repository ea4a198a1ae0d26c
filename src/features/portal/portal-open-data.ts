/**
 * The portal's open data: every site of every admitted district in one file each (JSON, GeoJSON,
 * CSV), as the districts publish them, with the district named in each record and links made
 * absolute under the portal's origin.
 */
import { csvColumns, type CsvColumn, type OpenSite } from '../map/open-data.ts';
import type { PortalModel } from './portal-model.ts';

/** A site in the portal's open-data files: a district's record and its district. */
export interface CitySite extends OpenSite {
	/** The district's name, e.g. 凤翔区. */
	district: string;
	/** The district's division code. */
	districtCode: string | null;
	/** The district's id, e.g. `fengxiang`. */
	districtId: string;
}

export function citySites(model: Pick<PortalModel, 'districts' | 'origin'>): CitySite[] {
	return model.districts.flatMap((district) =>
		district.sites.map(({ path, districtId, district: name, districtCode, ...site }) => ({
			district: name,
			districtCode,
			districtId,
			...site,
			url: new URL(path, model.origin).href,
		})),
	);
}

/** The district's columns first, then the district sites' own. */
export const cityCsvColumns: CsvColumn<CitySite>[] = [
	{ header: '区县', value: (site) => site.district },
	{ header: '区县代码', value: (site) => site.districtCode ?? '' },
	...csvColumns,
];

/** GeoJSON feature ids must tell apart sites of two districts with the same slug. */
export const cityFeatureId = (site: CitySite) => `${site.districtId}/${site.type}/${site.id}`;

/** The title of the portal's `sites.json`. */
export function cityDataTitle(model: Pick<PortalModel, 'site'>): string {
	return `${model.site.title}：各区县站点开放数据`;
}

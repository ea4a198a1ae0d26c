/** Where the portal's pages are, under its base path, and which folders of the host it takes. */

/** The portal's sections: URL folder and the name in its menu. */
export const portalSections = {
	districts: { path: 'districts', label: '区县' },
	figures: { path: 'figures', label: '全市数据' },
	map: { path: 'map', label: '站点地图' },
	cases: { path: 'cases', label: '最新案例' },
	search: { path: 'search', label: '搜索' },
	data: { path: 'data', label: '开放数据' },
} as const;

export type PortalSectionKey = keyof typeof portalSections;

/**
 * Every top-level folder of the portal's output (its sections, the search index, Astro's assets):
 * a district site must not be deployed under one of these names beside the portal.
 */
export const PORTAL_FOLDERS: readonly string[] = [
	...Object.values(portalSections).map((section) => section.path),
	'pagefind',
	'_astro',
];

/** The path of a district's page on the portal, e.g. `/districts/fengxiang/`. */
export function districtPagePath(id: string): string {
	return `/${portalSections.districts.path}/${encodeURIComponent(id)}/`;
}

import { openSite, type OpenSite } from './open-data.ts';
import { siteConfig } from '../../core/content.ts';
import { mapData } from './map-data.ts';

/**
 * The sites the open-data files list: the map's sites, which come from `published()`, so an
 * internal entry never reaches a public build; only public fields are copied.
 */
export async function openSites(
	origin: URL | undefined,
): Promise<{ title: string; sites: OpenSite[] }> {
	const [config, data] = await Promise.all([siteConfig(), mapData()]);
	return {
		title: `${config.title}：站点开放数据`,
		sites: data.sites.map((site) => openSite(site, origin ?? 'http://localhost/')),
	};
}

import type { APIRoute } from 'astro';
import { openSites } from '../../features/map/open-data-sites.ts';
import { sitesCsv } from '../../features/map/open-data.ts';

/** `/data/sites.csv`: every public site, UTF-8 with BOM so that Excel reads the Chinese. */
export const GET: APIRoute = async ({ site }) => {
	const { sites } = await openSites(site);
	return new Response(sitesCsv(sites), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
};

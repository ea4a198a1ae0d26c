import type { APIRoute } from 'astro';
import { openSites } from '../../features/map/open-data-sites.ts';
import { sitesJson } from '../../features/map/open-data.ts';

/** `/data/sites.json`: every public site, generated at build. */
export const GET: APIRoute = async ({ site }) => {
	const { title, sites } = await openSites(site);
	return new Response(sitesJson(sites, title), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};

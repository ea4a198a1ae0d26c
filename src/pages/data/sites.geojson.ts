import type { APIRoute } from 'astro';
import { openSites } from '../../features/map/open-data-sites.ts';
import { sitesGeoJson } from '../../features/map/open-data.ts';

/** `/data/sites.geojson`: every public site as a GeoJSON point. */
export const GET: APIRoute = async ({ site }) => {
	const { sites } = await openSites(site);
	return new Response(sitesGeoJson(sites), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' },
	});
};

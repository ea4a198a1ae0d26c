import type { APIRoute } from 'astro';
import { openSites } from '../../data/open-data.ts';
import { sitesGeoJson } from '../../map/open-data.ts';

/** `/data/sites.geojson`: every public site as a GeoJSON point. */
export const GET: APIRoute = async ({ site }) => {
	const { sites } = await openSites(site);
	return new Response(sitesGeoJson(sites), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' },
	});
};

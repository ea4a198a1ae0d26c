import type { APIRoute } from 'astro';
import { summaryOfThisDistrict } from '../../features/portal/summary-data.ts';

/** `/data/summary.json`: the district's public counts, figures and newest stories, for portals. */
export const GET: APIRoute = async () =>
	new Response(`${JSON.stringify(await summaryOfThisDistrict(), null, 2)}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});

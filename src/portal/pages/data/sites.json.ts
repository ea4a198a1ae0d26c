import portal from 'virtual:tongxin/portal';
import { sitesJson } from '../../../features/map/open-data.ts';
import { cityDataTitle, citySites } from '../../../features/portal/portal-open-data.ts';

/** `/data/sites.json`: every public site of every district, with its district. */
export function GET() {
	return new Response(sitesJson(citySites(portal), cityDataTitle(portal)), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
}

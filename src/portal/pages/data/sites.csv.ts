import portal from 'virtual:tongxin/portal';
import { sitesCsv } from '../../../features/map/open-data.ts';
import { cityCsvColumns, citySites } from '../../../features/portal/portal-open-data.ts';

/** `/data/sites.csv`: every public site of every district, the district in the first columns. */
export function GET() {
	return new Response(sitesCsv(citySites(portal), cityCsvColumns), {
		headers: { 'content-type': 'text/csv; charset=utf-8' },
	});
}

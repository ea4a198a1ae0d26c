import portal from 'virtual:tongxin/portal';
import { sitesGeoJson } from '../../../features/map/open-data.ts';
import { cityFeatureId, citySites } from '../../../features/portal/portal-open-data.ts';

/** `/data/sites.geojson`: every public site of every district as a GeoJSON point. */
export function GET() {
	return new Response(sitesGeoJson(citySites(portal), cityFeatureId), {
		headers: { 'content-type': 'application/geo+json; charset=utf-8' },
	});
}

import portal from 'virtual:tongxin/portal';
import { cityAsDistrict, cityScene, sitesSvg } from '../../../features/portal/portal-map.ts';

/** `/map/sites.svg`: every site of every district as a dot, drawn in the map page's frame. */
export function GET() {
	return new Response(sitesSvg(cityScene(portal).frame, cityAsDistrict(portal).sites), {
		headers: { 'content-type': 'image/svg+xml; charset=utf-8' },
	});
}

/** The RSS 2.0 feed of the newest stories of every district, with absolute links. */
import rss from '@astrojs/rss';
import portal from 'virtual:tongxin/portal';
import { absoluteLink } from '../../core/links.ts';
import { portalFeedItems } from '../../features/portal/portal-page.ts';

export function GET() {
	return rss({
		title: `${portal.site.title} · 最新案例`,
		description: `${portal.region.name}各区县发布的基层统战工作案例。`,
		site: absoluteLink('/'),
		items: portalFeedItems(portal),
		customData: '<language>zh-cn</language>',
	});
}

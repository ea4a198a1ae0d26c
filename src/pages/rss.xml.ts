/** The RSS 2.0 feed of every published case story, with absolute links under SITE_URL and BASE_PATH. */
import rss from '@astrojs/rss';
import { siteConfig, taxonomy, labelOf } from '../data/content.ts';
import { absoluteLink } from '../data/links.ts';
import { storyIndex } from '../data/stories.ts';
import { sections } from '../lib/sections.ts';
import { entryPath } from '../lib/urls.ts';
import { feedItems } from '../stories/feed.ts';

export async function GET() {
	const [config, { stories }, domains] = await Promise.all([
		siteConfig(),
		storyIndex(),
		taxonomy('domains'),
	]);
	return rss({
		title: `${config.title} · ${sections.cases.label}`,
		description: `${config.organisation}发布的基层统战工作案例。`,
		site: absoluteLink('/'),
		items: feedItems(
			stories.map((story) => ({
				id: story.id,
				title: story.data.title,
				summary: story.data.summary,
				date: story.data.date,
				categories: story.data.domains.map((domain) => labelOf(domains, domain)),
			})),
			(id) => absoluteLink(entryPath(sections.cases.path, id)),
		),
		customData: '<language>zh-cn</language>',
	});
}

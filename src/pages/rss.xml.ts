/** The RSS 2.0 feed of every published case story, with absolute links under SITE_URL and BASE_PATH. */
import rss from '@astrojs/rss';
import { siteConfig, taxonomy } from '../core/content.ts';
import { labelOf } from '../core/entries.ts';
import { absoluteLink } from '../core/links.ts';
import { caseIndex } from '../features/cases/case-data.ts';
import { sections } from '../core/sections.ts';
import { entryPath } from '../core/urls.ts';
import { feedItems } from '../features/cases/feed.ts';

export async function GET() {
	const [config, { stories }, domains] = await Promise.all([
		siteConfig(),
		caseIndex(),
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

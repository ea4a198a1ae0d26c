/** The RSS 2.0 feed of every published case story, with absolute links under SITE_URL and BASE_PATH. */
import rss from '@astrojs/rss';
import { getImage } from 'astro:assets';
import { siteConfig, taxonomy } from '../core/content.ts';
import { labelOf } from '../core/entries.ts';
import { absoluteLink } from '../core/links.ts';
import { caseIndex } from '../features/cases/case-data.ts';
import { sections } from '../core/sections.ts';
import { absoluteUrl, entryPath } from '../core/urls.ts';
import {
	FEED_NAMESPACES,
	feedChannelData,
	feedItems,
	type FeedCase,
} from '../features/cases/feed.ts';
import { SHARE_IMAGE } from '../site/share-image.ts';

export async function GET() {
	const [config, { stories }, domains] = await Promise.all([
		siteConfig(),
		caseIndex(),
		taxonomy('domains'),
	]);
	const cases: FeedCase[] = await Promise.all(
		stories.map(async (story) => {
			const cover = story.data.cover;
			// The share picture of the story's page: the same file, generated once.
			const picture = cover && (await getImage({ src: cover.src, ...SHARE_IMAGE }));
			return {
				id: story.id,
				title: story.data.title,
				summary: story.data.summary,
				date: story.data.date,
				updated: story.data.updated,
				categories: story.data.domains.map((domain) => labelOf(domains, domain)),
				picture: picture && {
					url: absoluteUrl(picture.src, import.meta.env.SITE),
					type: 'image/jpeg' as const,
					width: Number(picture.attributes['width']),
					height: Number(picture.attributes['height']),
					alt: cover.alt,
				},
			};
		}),
	);
	return rss({
		title: `${config.title} · ${sections.cases.label}`,
		description: `${config.organisation}发布的基层统战工作案例。`,
		site: absoluteLink('/'),
		xmlns: FEED_NAMESPACES,
		items: feedItems(cases, (id) => absoluteLink(entryPath(sections.cases.path, id))),
		customData: feedChannelData(cases, absoluteLink('/rss.xml')),
	});
}

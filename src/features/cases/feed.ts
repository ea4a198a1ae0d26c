/** A story as the feed needs it. */
export interface FeedCase {
	id: string;
	title: string;
	summary: string;
	date: Date;
	/** Labels of its fields of work, written as RSS categories. */
	categories: readonly string[];
}

/** One `<item>` of the RSS feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
	title: string;
	link: string;
	pubDate: Date;
	description: string;
	categories: string[];
}

/**
 * The feed's items, newest first, each linking to the story's page by its absolute URL (feed
 * readers resolve nothing against the site), built by `pageUrl` from the story's id.
 */
export function feedItems(
	stories: readonly FeedCase[],
	pageUrl: (id: string) => string,
): FeedItem[] {
	return [...stories]
		.sort((a, b) => b.date.getTime() - a.date.getTime())
		.map((story) => ({
			title: story.title,
			link: pageUrl(story.id),
			pubDate: story.date,
			description: story.summary,
			categories: [...story.categories],
		}));
}

/** A story as the feed needs it. */
export interface FeedCase {
	id: string;
	title: string;
	summary: string;
	date: Date;
	/** When an editor last checked it, if later than its date. */
	updated?: Date | undefined;
	/** Labels of its fields of work, written as RSS categories. */
	categories: readonly string[];
	/** Its cover as a JPEG the build writes (absolute URL), for feed readers that show pictures. */
	picture?: FeedPicture | undefined;
}

/** A picture of a feed item. */
export interface FeedPicture {
	/** Absolute URL. */
	url: string;
	type: 'image/jpeg';
	width: number;
	height: number;
	alt: string;
}

/** One `<item>` of the RSS feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
	title: string;
	link: string;
	pubDate: Date;
	description: string;
	categories: string[];
	/**
	 * The picture as an RSS 2.0 enclosure. Its length is not known while pages are rendered (the
	 * build writes pictures after them); the post-build feed step writes the real byte count.
	 */
	enclosure?: { url: string; length: number; type: string } | undefined;
	/** The picture again as Media RSS (`media:content`), which most readers prefer. */
	customData?: string | undefined;
}

/** XML namespaces the feed uses: Atom for its self link, Media RSS for pictures. */
export const FEED_NAMESPACES = {
	atom: 'http://www.w3.org/2005/Atom',
	media: 'http://search.yahoo.com/mrss/',
} as const;

/** Text for an XML attribute or element. */
export function xmlText(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

function mediaContent(picture: FeedPicture): string {
	return `<media:content url="${xmlText(picture.url)}" medium="image" type="${picture.type}" width="${picture.width}" height="${picture.height}"><media:description type="plain">${xmlText(picture.alt)}</media:description></media:content>`;
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
			...(story.picture && {
				enclosure: { url: story.picture.url, length: 0, type: story.picture.type },
				customData: mediaContent(story.picture),
			}),
		}));
}

/**
 * What the channel says besides its title and link: its language, when its content last
 * changed (`lastBuildDate`: the newest story date or check date, so that a rebuild of the same
 * content gives the same feed) and where the feed itself lives (`atom:link rel="self"`).
 */
export function feedChannelData(stories: readonly FeedCase[], feedUrl: string): string {
	const changed = stories
		.flatMap((story) => [story.date, ...(story.updated ? [story.updated] : [])])
		.reduce<Date | undefined>(
			(latest, date) => (!latest || date > latest ? date : latest),
			undefined,
		);
	return [
		'<language>zh-cn</language>',
		...(changed ? [`<lastBuildDate>${changed.toUTCString()}</lastBuildDate>`] : []),
		`<atom:link href="${xmlText(feedUrl)}" rel="self" type="application/rss+xml"/>`,
	].join('');
}

/**
 * The feed with every enclosure's real length in bytes, looked up by `sizeOf(url)` among the
 * built files; an enclosure whose file is not found keeps length 0 (RSS's "unknown").
 */
export function withEnclosureLengths(
	xml: string,
	sizeOf: (url: string) => number | undefined,
): string {
	return xml.replace(/<enclosure url="([^"]*)" length="0"/g, (whole, url: string) => {
		const size = sizeOf(url.replace(/&amp;/g, '&'));
		return size === undefined ? whole : `<enclosure url="${url}" length="${size}"`;
	});
}

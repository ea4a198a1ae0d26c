import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteFileOfUrl } from '../../core/post-build/site-files.ts';
import type { PostBuildStep } from '../../core/post-build/types.ts';
import { withEnclosureLengths } from './feed.ts';

/**
 * Writes the byte count of each story picture into the feed's `<enclosure length>`: the
 * pictures exist only once Astro has finished, after the feed was rendered.
 */
export const feedPictureSizes: PostBuildStep = {
	name: 'RSS 图片大小',
	run({ dir, settings }) {
		const feed = path.join(dir, 'rss.xml');
		if (!existsSync(feed)) return [];
		const xml = withEnclosureLengths(readFileSync(feed, 'utf8'), (url) => {
			const file = siteFileOfUrl(url, settings);
			const full = file && path.join(dir, file);
			return full && existsSync(full) ? statSync(full).size : undefined;
		});
		writeFileSync(feed, xml);
		return [];
	},
};

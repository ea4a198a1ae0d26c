/** `/robots.txt`: crawlers welcome on the public edition (with the sitemap), kept out of the intranet one. */
import { profile } from '../core/content.ts';
import { absoluteLink } from '../core/links.ts';
import { robotsTxt } from '../features/publishing/robots.ts';

export function GET() {
	return new Response(robotsTxt(profile, absoluteLink('/sitemap-index.xml')), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
}

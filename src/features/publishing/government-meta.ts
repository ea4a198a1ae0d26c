import { isoDate } from '../../core/format.ts';

/** The page facts the government-site meta tags are made from. */
export interface GovernmentMetaInput {
	siteName: string;
	/** Where the site is served, from SITE_URL. */
	siteUrl: URL;
	siteIdCode?: string | undefined;
	/** The column (栏目) the page belongs to; the home page has none. */
	column?: { name: string; type: string } | undefined;
	/** For an article page (an entry's page): its title and date. */
	article?: { title: string; published?: Date | undefined } | undefined;
	contentSource: string;
}

/**
 * The meta tags the government website guideline (政府网站发展指引) asks of every page:
 * SiteName, SiteDomain, SiteIDCode, ColumnName, ColumnType and, on article pages, ArticleTitle,
 * PubDate (`YYYY-MM-DD HH:MM`) and ContentSource. Empty values are left out.
 */
export function governmentMeta(input: GovernmentMetaInput): { name: string; content: string }[] {
	const tags: [string, string | undefined][] = [
		['SiteName', input.siteName],
		['SiteDomain', input.siteUrl.host],
		['SiteIDCode', input.siteIdCode],
		['ColumnName', input.column?.name ?? '首页'],
		['ColumnType', input.column?.type ?? '首页'],
	];
	if (input.article) {
		tags.push(
			['ArticleTitle', input.article.title],
			['PubDate', input.article.published && `${isoDate(input.article.published)} 00:00`],
			['ContentSource', input.contentSource],
		);
	}
	return tags
		.filter((tag): tag is [string, string] => Boolean(tag[1]))
		.map(([name, content]) => ({ name, content }));
}

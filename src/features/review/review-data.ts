/**
 * What pages read about an entry's review and publication: the policy of this build (the site's
 * review settings and the build's day) and, in the intranet build, the mark an entry that the
 * public build leaves out carries.
 */
import settings from 'virtual:tongxin/settings';
import { profile, siteConfig } from '../../core/content.ts';
import { publicationStatus, statusMark, type PublicationFields, type PublicationPolicy } from './publication.ts';

/** The policy this build decides publication by. */
export async function buildPolicy(): Promise<PublicationPolicy> {
	return { review: (await siteConfig()).review, today: settings.today };
}

/**
 * The 待审 / 草稿 / 未到发布日期 / 已撤下 mark of an entry in the intranet build; none in the public
 * build, which holds only published entries.
 */
export async function reviewMarkOf(entry: { data: PublicationFields }) {
	if (profile !== 'intranet') return undefined;
	return statusMark(publicationStatus(entry.data, await buildPolicy()));
}

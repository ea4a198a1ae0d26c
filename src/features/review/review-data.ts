/**
 * What pages read about an entry's review and publication: the policy of this build (the site's
 * review settings and the build's day) and, in the intranet build, the mark an entry that the
 * public build leaves out carries.
 */
import settings from 'virtual:tongxin/settings';
import { collectionLabels } from '../../core/collections.ts';
import { profile, published, siteConfig } from '../../core/content.ts';
import { entryLink } from '../../core/links.ts';
import { entrySections } from '../../core/sections.ts';
import { entryHistory } from './history-data.ts';
import {
	publicationStatus,
	statusMark,
	type PublicationFields,
	type PublicationPolicy,
} from './publication.ts';
import type { DeskEntry } from './review-desk.ts';

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

/** Every entry of this build as the 审核台 sees it (intranet: every entry, review records included). */
export async function deskEntries(): Promise<DeskEntry[]> {
	const lists = await Promise.all(entrySections.map((collection) => published(collection)));
	const entries = lists.flat();
	return Promise.all(
		entries.map(async (entry) => {
			const data = entry.data as PublicationFields & {
				name?: string;
				title?: string;
				updated?: Date;
				date?: Date;
				effective?: Date;
				established?: Date;
			};
			const own = data.updated ?? data.date ?? data.effective ?? data.established;
			const { lastUpdated } = await entryHistory(
				entry,
				own ? { fallback: { date: own, summary: '' } } : {},
			);
			return {
				title: data.title ?? data.name ?? entry.id,
				href: entryLink(entry.collection, entry.id),
				kind: collectionLabels[entry.collection],
				fields: data,
				lastChanged: lastUpdated,
			};
		}),
	);
}

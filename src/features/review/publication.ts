/**
 * Whether an entry is public on a given day: its review record against the levels the site
 * requires (三审三校), and its publishing window (`publishFrom` … `publishUntil`). Pure: the
 * content scope, the build's report, the intranet marks and the 审核台 all ask this one function.
 */
import type { HoldBack } from '../../core/content-scope.ts';
import { collectionSources } from '../../core/collections.ts';
import type { ReviewRecord } from '../../core/schemas/review.ts';
import { isoDate } from '../../core/format.ts';
import type { ReviewSettings } from './review-settings-schema.ts';

/** What decides publication, for one build: the site's review settings and the build's day. */
export interface PublicationPolicy {
	review: ReviewSettings;
	/** The build's day, `YYYY-MM-DD` (China time). */
	today: string;
}

/** The fields of an entry that decide it (as its schema parsed them). */
export interface PublicationFields {
	sample?: boolean | undefined;
	review?: ReviewRecord | undefined;
	publishFrom?: Date | undefined;
	publishUntil?: Date | undefined;
}

export type PublicationStatus =
	| { state: 'published' }
	/** Waits for `missing`, the first required level not yet signed off. */
	| { state: 'awaiting'; missing: string; signed: string[]; draft: boolean }
	| { state: 'scheduled'; from: string }
	| { state: 'expired'; until: string };

/** The levels signed off in a record, in the order the site requires them, stopping at a gap. */
function signedLevels(record: ReviewRecord | undefined, required: readonly string[]): string[] {
	const signed = new Set((record?.levels ?? []).map((level) => level.level));
	const done: string[] = [];
	for (const level of required) {
		if (!signed.has(level)) break;
		done.push(level);
	}
	return done;
}

/** Where an entry stands on the policy's day. */
export function publicationStatus(
	fields: PublicationFields,
	policy: PublicationPolicy,
): PublicationStatus {
	const required = policy.review.levels;
	const exempt = policy.review.sampleExempt && fields.sample === true;
	if (!exempt && required.length > 0) {
		const signed = signedLevels(fields.review, required);
		if (signed.length < required.length)
			return {
				state: 'awaiting',
				missing: required[signed.length]!,
				signed,
				draft: signed.length === 0,
			};
	}
	const from = fields.publishFrom && isoDate(fields.publishFrom);
	if (from && from > policy.today) return { state: 'scheduled', from };
	const until = fields.publishUntil && isoDate(fields.publishUntil);
	if (until && until < policy.today) return { state: 'expired', until };
	return { state: 'published' };
}

/** The short mark an intranet page shows on an entry that the public build leaves out, and why. */
export function statusMark(
	status: PublicationStatus,
): { label: string; detail: string } | undefined {
	switch (status.state) {
		case 'published':
			return undefined;
		case 'awaiting':
			return status.draft
				? { label: '草稿', detail: `尚未${status.missing}` }
				: { label: '待审', detail: `已${status.signed.join('、')}，待${status.missing}` };
		case 'scheduled':
			return { label: '定时发布', detail: `${status.from} 起公开` };
		case 'expired':
			return { label: '已撤下', detail: `公开到 ${status.until}，已到期` };
	}
}

/** Why an entry is not public, in Chinese (for the build's report and the 审核台). */
export function statusReason(status: PublicationStatus): string | undefined {
	const mark = statusMark(status);
	return mark && `${mark.label}：${mark.detail}`;
}

/** Collections whose entries carry a review record and a window: the Markdown/MDX folders. */
export const reviewedCollection = (collection: keyof typeof collectionSources) =>
	collectionSources[collection].type === 'folder';

/**
 * The holdback of the content scope: in the public build, an entry whose review is incomplete or
 * whose window is closed does not exist. The intranet build holds everything, marked.
 */
export function unpublishedEntries(policy: PublicationPolicy): HoldBack {
	return ({ collection, data }, profile) =>
		profile === 'public' && reviewedCollection(collection)
			? statusReason(publicationStatus(data, policy))
			: undefined;
}

/** The day after a `YYYY-MM-DD` date. */
function dayAfter(date: string): string {
	const next = new Date(`${date}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	return isoDate(next);
}

/**
 * The next day after `today` on which a rebuild would change the public site: an entry's window
 * opens (its `publishFrom`) or closes (the day after its `publishUntil`). Review sign-offs change
 * files, so they are not dates to wait for.
 */
export function nextChange(
	entries: readonly { file: string; fields: PublicationFields }[],
	today: string,
): { date: string; file: string; what: 'publishFrom' | 'publishUntil' } | undefined {
	let next: { date: string; file: string; what: 'publishFrom' | 'publishUntil' } | undefined;
	for (const { file, fields } of entries) {
		const candidates = [
			...(fields.publishFrom
				? [{ date: isoDate(fields.publishFrom), what: 'publishFrom' as const }]
				: []),
			...(fields.publishUntil
				? [{ date: dayAfter(isoDate(fields.publishUntil)), what: 'publishUntil' as const }]
				: []),
		];
		for (const candidate of candidates)
			if (candidate.date > today && (!next || candidate.date < next.date))
				next = { ...candidate, file };
	}
	return next;
}

/**
 * What the build says about publication before Astro starts: which entries the public build
 * leaves out and why, one line each, and the next day on which a rebuild would change the site.
 */
import { z } from 'astro/zod';
import { collectionLabels, type CollectionName } from '../../core/collections.ts';
import type { RawContent } from '../../core/content-check/read-content.ts';
import { dateField } from '../../core/schemas/fields.ts';
import { reviewRecordSchema } from '../../core/schemas/review.ts';
import type { SiteProfile } from '../../core/settings.ts';
import {
	nextChange,
	publicationStatus,
	reviewedCollection,
	statusReason,
	type PublicationFields,
	type PublicationPolicy,
	type PublicationStatus,
} from './publication.ts';

/**
 * Only the fields that decide publication; a field that does not parse counts as absent (the
 * content check reports it, and an absent review record holds the entry back: fail closed).
 */
const publicationFieldsSchema = z.object({
	visibility: z.unknown().optional(),
	sample: z.boolean().optional().catch(undefined),
	review: reviewRecordSchema.optional().catch(undefined),
	publishFrom: dateField.optional().catch(undefined),
	publishUntil: dateField.optional().catch(undefined),
});

/** One entry the public build leaves out because of its review or its window. */
export interface HeldEntry {
	collection: CollectionName;
	/** The file, relative to the content folder. */
	file: string;
	status: Exclude<PublicationStatus, { state: 'published' }>;
	reason: string;
}

export interface PublicationReport {
	held: HeldEntry[];
	next: ReturnType<typeof nextChange>;
}

/** Reads the publication fields of every Markdown/MDX entry and decides each. */
export function publicationReport(
	content: RawContent,
	policy: PublicationPolicy,
): PublicationReport {
	const held: HeldEntry[] = [];
	const dated: { file: string; fields: PublicationFields }[] = [];
	for (const [collection, entries] of content.entries) {
		if (!reviewedCollection(collection)) continue;
		for (const entry of entries) {
			if (entry.unreadable) continue;
			const parsed = publicationFieldsSchema.safeParse(entry.data ?? {});
			if (!parsed.success || parsed.data.visibility === 'internal') continue;
			const fields = parsed.data;
			dated.push({ file: entry.file, fields });
			const status = publicationStatus(fields, policy);
			if (status.state !== 'published')
				held.push({ collection, file: entry.file, status, reason: statusReason(status)! });
		}
	}
	return { held, next: nextChange(dated, policy.today) };
}

/** The report as the build prints it, in Chinese. */
export function formatPublicationReport(
	report: PublicationReport,
	profile: SiteProfile,
	folder: string,
): string[] {
	const lines: string[] = [];
	if (report.held.length > 0) {
		lines.push(
			profile === 'public'
				? `公开版暂不发布 ${report.held.length} 个条目（审核未完成或不在发布期内）：`
				: `内网版含 ${report.held.length} 个公开版暂不发布的条目，页面上标有“待审”“草稿”等标记：`,
		);
		for (const entry of report.held)
			lines.push(
				`  ${folder}/${entry.file}  ${collectionLabels[entry.collection]}  ${entry.reason}`,
			);
	}
	if (report.next) {
		const what = report.next.what === 'publishFrom' ? '开始公开' : '到期撤下';
		lines.push(
			`下次需要重新构建的日期：${report.next.date}（${folder}/${report.next.file} ${what}）。`,
		);
	}
	return lines;
}

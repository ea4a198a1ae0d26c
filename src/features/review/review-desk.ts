/**
 * The 审核台 (`/review/`, intranet only): every entry awaiting a level, grouped by the level it
 * waits for, with the day it last changed; entries whose window has not opened or has closed;
 * and what was published most recently. A pure function of the entries and the policy.
 */
import { compareChinese, isoDate } from '../../core/format.ts';
import {
	publicationStatus,
	statusReason,
	type PublicationFields,
	type PublicationPolicy,
} from './publication.ts';

/** One entry as the desk sees it. */
export interface DeskEntry {
	title: string;
	href: string;
	/** The collection's Chinese name. */
	kind: string;
	fields: PublicationFields;
	/** The day its file last changed (git, else its own date). */
	lastChanged?: Date | undefined;
}

export interface DeskRow {
	title: string;
	href: string;
	kind: string;
	/** `YYYY-MM-DD`, or undefined when nothing says. */
	lastChanged: string | undefined;
	/** Who wrote it (intranet only, like the whole page). */
	author: string | undefined;
	detail: string;
}

/** How many recently published entries the desk lists. */
const RECENT = 10;

const newestFirst = (a: DeskRow, b: DeskRow) =>
	(b.lastChanged ?? '').localeCompare(a.lastChanged ?? '') || compareChinese(a.title, b.title);

/** Builds the desk's groups. */
export function reviewDesk(entries: readonly DeskEntry[], policy: PublicationPolicy) {
	const byLevel = new Map<string, DeskRow[]>(policy.review.levels.map((level) => [level, []]));
	const waiting: DeskRow[] = [];
	const recent: (DeskRow & { signedOff: string })[] = [];
	for (const entry of entries) {
		const status = publicationStatus(entry.fields, policy);
		const row: DeskRow = {
			title: entry.title,
			href: entry.href,
			kind: entry.kind,
			lastChanged: entry.lastChanged && isoDate(entry.lastChanged),
			author: entry.fields.review?.author,
			detail: statusReason(status) ?? '已发布',
		};
		if (status.state === 'awaiting') byLevel.get(status.missing)?.push(row);
		else if (status.state !== 'published') waiting.push(row);
		else {
			// Published: the day its last level was signed off, else the day its window opened.
			const dates = (entry.fields.review?.levels ?? []).map((level) => isoDate(level.date));
			if (entry.fields.publishFrom) dates.push(isoDate(entry.fields.publishFrom));
			const signedOff = dates.sort().at(-1);
			if (signedOff) recent.push({ ...row, signedOff });
		}
	}
	return {
		levels: [...byLevel].map(([level, rows]) => ({ level, entries: rows.sort(newestFirst) })),
		awaitingCount: [...byLevel.values()].reduce((sum, rows) => sum + rows.length, 0),
		outsideWindow: waiting.sort(newestFirst),
		recent: recent.sort((a, b) => b.signedOff.localeCompare(a.signedOff)).slice(0, RECENT),
		sampleExempt: policy.review.sampleExempt,
		today: policy.today,
	};
}
export type ReviewDesk = ReturnType<typeof reviewDesk>;

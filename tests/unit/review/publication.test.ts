/** Publication: the review record against the site's levels, and the publishing window. */
import { describe, expect, it } from 'vitest';
import {
	nextChange,
	publicationStatus,
	statusMark,
	statusReason,
	unpublishedEntries,
	type PublicationPolicy,
} from '../../../src/features/review/publication.ts';
import { reviewSettingsSchema } from '../../../src/features/review/review-settings-schema.ts';

const policy: PublicationPolicy = {
	review: { levels: ['初审', '复审', '终审'], sampleExempt: true },
	today: '2024-06-01',
};
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const signed = (...levels: string[]) => ({
	levels: levels.map((level) => ({ level, reviewer: '李明', date: day('2024-05-01') })),
});

describe('publicationStatus', () => {
	it('publishes an entry with every level signed off', () => {
		expect(publicationStatus({ review: signed('初审', '复审', '终审') }, policy)).toEqual({
			state: 'published',
		});
	});

	it('names the first level missing, and calls an entry without any a draft', () => {
		expect(publicationStatus({}, policy)).toMatchObject({
			state: 'awaiting',
			missing: '初审',
			draft: true,
		});
		const status = publicationStatus({ review: signed('初审') }, policy);
		expect(status).toMatchObject({ state: 'awaiting', missing: '复审', draft: false });
		expect(statusReason(status)).toBe('待审：已初审，待复审');
		expect(statusMark(status)?.label).toBe('待审');
	});

	it('does not count a later level signed before an earlier one', () => {
		expect(statusReason(publicationStatus({ review: signed('初审', '终审') }, policy))).toBe(
			'待审：已初审，待复审',
		);
		expect(publicationStatus({ review: signed('初审', '终审') }, policy)).toMatchObject({
			missing: '复审',
		});
	});

	it('exempts sample entries only when the site says so', () => {
		expect(publicationStatus({ sample: true }, policy).state).toBe('published');
		const strict = { ...policy, review: { ...policy.review, sampleExempt: false } };
		expect(publicationStatus({ sample: true }, strict).state).toBe('awaiting');
	});

	it('needs no review when the site lists no level', () => {
		const none = { ...policy, review: { levels: [], sampleExempt: false } };
		expect(publicationStatus({}, none).state).toBe('published');
	});

	it('publishes only inside the window, both ends included', () => {
		const review = signed('初审', '复审', '终审');
		expect(publicationStatus({ review, publishFrom: day('2024-06-02') }, policy)).toEqual({
			state: 'scheduled',
			from: '2024-06-02',
		});
		expect(publicationStatus({ review, publishFrom: day('2024-06-01') }, policy).state).toBe(
			'published',
		);
		expect(publicationStatus({ review, publishUntil: day('2024-06-01') }, policy).state).toBe(
			'published',
		);
		expect(publicationStatus({ review, publishUntil: day('2024-05-31') }, policy)).toEqual({
			state: 'expired',
			until: '2024-05-31',
		});
	});
});

describe('the holdback', () => {
	const holdBack = unpublishedEntries(policy);
	it('holds unreviewed entries back from the public build only', () => {
		const entry = { collection: 'cases' as const, data: {} };
		expect(holdBack(entry, 'public')).toBe('草稿：尚未初审');
		expect(holdBack(entry, 'intranet')).toBeUndefined();
	});
	it('leaves list collections (figures, regions) alone', () => {
		expect(holdBack({ collection: 'figures', data: {} }, 'public')).toBeUndefined();
	});
});

describe('nextChange', () => {
	it('is the earliest opening or the day after the earliest closing still to come', () => {
		const entries = [
			{ file: 'cases/a.mdx', fields: { publishFrom: day('2024-07-01') } },
			{ file: 'cases/b.mdx', fields: { publishUntil: day('2024-06-20') } },
			{ file: 'cases/c.mdx', fields: { publishFrom: day('2024-01-01') } },
		];
		expect(nextChange(entries, '2024-06-01')).toEqual({
			date: '2024-06-21',
			file: 'cases/b.mdx',
			what: 'publishUntil',
		});
		expect(nextChange(entries, '2024-06-25')?.file).toBe('cases/a.mdx');
		expect(nextChange(entries, '2024-08-01')).toBeUndefined();
	});
});

describe('the review settings', () => {
	it('default to the three levels without sample exemption, and refuse a level twice', () => {
		expect(reviewSettingsSchema.parse({})).toEqual({
			levels: ['初审', '复审', '终审'],
			sampleExempt: false,
		});
		expect(reviewSettingsSchema.safeParse({ levels: ['初审', '初审'] }).success).toBe(false);
	});
});

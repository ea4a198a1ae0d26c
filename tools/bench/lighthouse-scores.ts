/** The four Lighthouse scores the issue asks for, read out of a Lighthouse result. */

/** Lighthouse's category ids and the names the report prints. */
export const LIGHTHOUSE_CATEGORIES = [
	{ id: 'performance', label: 'performance' },
	{ id: 'accessibility', label: 'accessibility' },
	{ id: 'best-practices', label: 'best practices' },
	{ id: 'seo', label: 'SEO' },
] as const;

export type CategoryId = (typeof LIGHTHOUSE_CATEGORIES)[number]['id'];

/** The goal: each score at least 95. */
export const LIGHTHOUSE_GOAL = 95;

/** What the scores need of a Lighthouse result (`LH.Result`). */
export interface LighthouseResultLike {
	categories: Record<
		string,
		{ score: number | null; auditRefs?: { id: string; weight: number }[] } | undefined
	>;
	audits: Record<string, { score: number | null; title: string }>;
}

/** One page's scores, 0–100 (null when Lighthouse could not score the category). */
export interface PageScores {
	page: string;
	scores: Record<CategoryId, number | null>;
	/** Titles of the scored audits that failed (informative ones left out), to say what cost points. */
	failed: string[];
}

export function scoresOf(page: string, result: LighthouseResultLike): PageScores {
	const scores = Object.fromEntries(
		LIGHTHOUSE_CATEGORIES.map(({ id }) => {
			const score = result.categories[id]?.score;
			return [id, score === null || score === undefined ? null : Math.round(score * 100)];
		}),
	) as Record<CategoryId, number | null>;
	const weighted = new Set(
		LIGHTHOUSE_CATEGORIES.flatMap(
			({ id }) =>
				result.categories[id]?.auditRefs?.filter((ref) => ref.weight > 0).map((ref) => ref.id) ??
				[],
		),
	);
	const failed = Object.entries(result.audits)
		.filter(([id, audit]) => weighted.has(id) && audit.score !== null && audit.score < 0.9)
		.map(([, audit]) => audit.title);
	return { page, scores, failed };
}

/** True when every score of every page meets the goal. */
export function meetsGoal(pages: readonly PageScores[]): boolean {
	return pages.every((page) =>
		Object.values(page.scores).every((score) => score !== null && score >= LIGHTHOUSE_GOAL),
	);
}

/** The scores as a Markdown table, one row per page. */
export function formatScoreTable(pages: readonly PageScores[]): string {
	const header = ['page', ...LIGHTHOUSE_CATEGORIES.map(({ label }) => label)];
	return [
		`| ${header.join(' | ')} |`,
		`| --- |${LIGHTHOUSE_CATEGORIES.map(() => ' ---: ').join('|')}|`,
		...pages.map(
			(page) =>
				`| ${page.page} | ${LIGHTHOUSE_CATEGORIES.map(({ id }) => page.scores[id] ?? '–').join(' | ')} |`,
		),
	].join('\n');
}

/**
 * What the result list says of its pages, kept apart from the ranking so that the search page
 * loads it with its own script while the engine (`search-engine.ts`, `ranking.ts`, the head index)
 * loads on the first search.
 */

/** Tiers, best first (see `ranking.ts`). */
export type Tier = 1 | 2 | 3 | 4;

/** Results shown at first and added by each “显示更多结果”. */
export const PAGE_SIZE = 10;

/** The status line's note on the best tier found (tier 1 needs none). */
export function tierNote(tier: Tier | undefined): string {
	switch (tier) {
		case 2:
			return '没有完全一致的结果，以下结果包含全部字词，但不相连。';
		case 3:
			return '没有完全一致的结果，以下结果包含全部单字，但不成词。';
		case 4:
			return '没有同时包含全部字词的结果，以下结果只包含其中一部分。';
		default:
			return '';
	}
}

/** The note shown above the first result of a tier after the first. */
export function tierHeading(tier: Tier): string {
	switch (tier) {
		case 1:
			return '';
		case 2:
			return '以下结果包含全部字词，但不相连';
		case 3:
			return '以下结果包含全部单字，但不成词';
		case 4:
			return '以下结果只包含部分字词';
	}
}

/** What the story list filters by: each story's fields of work, towns and year. */
export interface CaseFacts {
	id: string;
	date: Date;
	/** Domain ids. */
	domains: readonly string[];
	/** Ids of the towns (or zone) of the sites the story concerns; empty for a district-wide story. */
	towns: readonly string[];
}

export const caseFilterKinds = ['domain', 'town', 'year'] as const;
export type CaseFilterKind = (typeof caseFilterKinds)[number];

/** The values of one filter a story has: its domains, its towns (or 全区) or its year. */
export function filterValuesOf(story: CaseFacts, kind: CaseFilterKind): string[] {
	if (kind === 'domain') return [...story.domains];
	if (kind === 'year') return [String(story.date.getUTCFullYear())];
	return story.towns.length > 0 ? [...story.towns] : [DISTRICT_WIDE];
}

/** The town filter value of stories that concern the whole district rather than a town. */
export const DISTRICT_WIDE = 'district';

/** One choice of a filter: its value and how many stories it keeps. */
export interface FilterOption {
	value: string;
	count: number;
}

/**
 * The choices of each filter, with counts: domains and towns in the order given (taxonomy and
 * division-code order), years newest first. A value no story has is not offered.
 */
export function filterOptions(
	stories: readonly CaseFacts[],
	order: { domain: readonly string[]; town: readonly string[] },
): Record<CaseFilterKind, FilterOption[]> {
	const count = (kind: CaseFilterKind) => {
		const counts = new Map<string, number>();
		for (const story of stories)
			for (const value of new Set(filterValuesOf(story, kind)))
				counts.set(value, (counts.get(value) ?? 0) + 1);
		return counts;
	};
	const inOrder = (counts: Map<string, number>, ids: readonly string[]) =>
		ids.flatMap((value) => (counts.has(value) ? [{ value, count: counts.get(value)! }] : []));
	const years = count('year');
	const towns = count('town');
	return {
		domain: inOrder(count('domain'), order.domain),
		town: [
			...inOrder(towns, order.town),
			...(towns.has(DISTRICT_WIDE)
				? [{ value: DISTRICT_WIDE, count: towns.get(DISTRICT_WIDE)! }]
				: []),
		],
		year: [...years.keys()]
			.sort((a, b) => Number(b) - Number(a))
			.map((value) => ({ value, count: years.get(value)! })),
	};
}

/** The stories one filter choice keeps. */
export function filterCases<S extends CaseFacts>(
	stories: readonly S[],
	kind: CaseFilterKind,
	value: string,
): S[] {
	return stories.filter((story) => filterValuesOf(story, kind).includes(value));
}

/** One pre-rendered choice of the filters: the stories it keeps, in the order of the list. */
export interface FilteredList<S> {
	kind: CaseFilterKind;
	value: string;
	stories: S[];
}

/**
 * Every choice of every filter with the stories it keeps, in the list's order (newest first): the
 * filter pages, each of which is then cut into pages like the full list.
 */
export function filteredLists<S extends { id: string }>(
	stories: readonly S[],
	facts: readonly CaseFacts[],
	options: Record<CaseFilterKind, FilterOption[]>,
): FilteredList<S>[] {
	return caseFilterKinds.flatMap((kind) =>
		options[kind].map(({ value }) => {
			const kept = new Set(filterCases(facts, kind, value).map((story) => story.id));
			return { kind, value, stories: stories.filter((story) => kept.has(story.id)) };
		}),
	);
}

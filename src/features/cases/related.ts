/**
 * What makes two things related, most telling first: the same site, the same work system, the
 * same town, the same field of work. Keys are written `kind:id`, e.g. `town:liulin`.
 */
export const relationWeights = { place: 4, system: 3, town: 2, domain: 1 } as const;
export type RelationKind = keyof typeof relationWeights;

/** A relation key such as `place:stations/tiannan-village` or `domain:religion`. */
export function relationKey(kind: RelationKind, id: string): string {
	return `${kind}:${id}`;
}

function weightOf(key: string): number {
	const kind = key.slice(0, key.indexOf(':')) as RelationKind;
	return relationWeights[kind] ?? 1;
}

/**
 * Stories ranked by what they share with a page (a story, a site or a system): the weight of the
 * shared keys, most first; ties go to the newer story. Stories sharing nothing are left out.
 */
export function relatedCases<S extends { id: string; data: { date: Date } }>(
	ownKeys: readonly string[],
	stories: readonly S[],
	keysOf: (story: S) => readonly string[],
	{ exclude, limit = 4 }: { exclude?: string | undefined; limit?: number } = {},
): S[] {
	const own = new Set(ownKeys);
	return stories
		.filter((story) => story.id !== exclude)
		.map((story) => ({
			story,
			score: [...new Set(keysOf(story))]
				.filter((key) => own.has(key))
				.reduce((sum, key) => sum + weightOf(key), 0),
		}))
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score || b.story.data.date.getTime() - a.story.data.date.getTime())
		.slice(0, limit)
		.map(({ story }) => story);
}

import { keyIndex } from '../../core/key-index.ts';

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
 * shared keys, most first; ties go to the newer story, then to the one listed first. Stories
 * sharing nothing are left out. `stories` and `keysOf` are read once and remembered, so they must
 * not change between calls.
 */
export function relatedCases<S extends { id: string; data: { date: Date } }>(
	ownKeys: readonly string[],
	stories: readonly S[],
	keysOf: (story: S) => readonly string[],
	{ exclude, limit = 4 }: { exclude?: string | undefined; limit?: number } = {},
): S[] {
	const index = keyIndex(stories, keysOf);
	const scores = new Map<number, number>();
	for (const key of new Set(ownKeys)) {
		for (const position of index.get(key) ?? []) {
			scores.set(position, (scores.get(position) ?? 0) + weightOf(key));
		}
	}
	return [...scores]
		.map(([position, score]) => ({ position, score, story: stories[position]! }))
		.filter(({ story }) => story.id !== exclude)
		.sort(
			(a, b) =>
				b.score - a.score ||
				b.story.data.date.getTime() - a.story.data.date.getTime() ||
				a.position - b.position,
		)
		.slice(0, limit)
		.map(({ story }) => story);
}

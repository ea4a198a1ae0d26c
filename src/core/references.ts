/** A reference as stored in parsed content: the target collection and id. */
export interface Ref {
	collection: string;
	id: string;
}

/** Entries whose reference list (picked by `refsOf`) points at the given target. */
export function referencing<T>(
	entries: readonly T[],
	refsOf: (entry: T) => readonly Ref[] | undefined,
	target: Ref,
): T[] {
	return entries.filter((entry) =>
		(refsOf(entry) ?? []).some(
			(ref) => ref.collection === target.collection && ref.id === target.id,
		),
	);
}

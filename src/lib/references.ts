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

/**
 * Related items ranked by how much they share with the given one (the same ids in the lists that
 * `keysOf` returns), most shared first, the item itself left out.
 */
export function rankBySharedKeys<T>(
	item: T,
	candidates: readonly T[],
	keysOf: (entry: T) => readonly string[],
	limit = 3,
): T[] {
	const own = new Set(keysOf(item));
	return candidates
		.filter((candidate) => candidate !== item)
		.map((candidate) => ({
			candidate,
			shared: keysOf(candidate).filter((key) => own.has(key)).length,
		}))
		.filter(({ shared }) => shared > 0)
		.sort((a, b) => b.shared - a.shared)
		.slice(0, limit)
		.map(({ candidate }) => candidate);
}

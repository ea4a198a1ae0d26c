import { keyIndex } from './key-index.ts';

/** A reference as stored in parsed content: the target collection and id. */
export interface Ref {
	collection: string;
	id: string;
}

const refKey = (ref: Ref) => `${ref.collection}/${ref.id}`;

/**
 * Entries whose reference list (picked by `refsOf`) points at the given target, in their order.
 * Looked up in an index made once per list and `refsOf` (`keyIndex`): pass the same list and a
 * function defined once, not a new arrow function per call.
 */
export function referencing<T>(
	entries: readonly T[],
	refsOf: (entry: T) => readonly Ref[] | undefined,
	target: Ref,
): T[] {
	return (keyIndex(entries, refsOf, refKey).get(refKey(target)) ?? []).map(
		(position) => entries[position]!,
	);
}

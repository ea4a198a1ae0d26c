/** Pure helpers over entries and references, shared by page models and pages. */
import { compareChinese } from './format.ts';
import type { Ref } from './references.ts';

/** The Chinese label of a taxonomy term (its id when the term is unknown). */
export function labelOf(
	terms: ReadonlyMap<string, { label: string }>,
	ref: { id: string } | string,
): string {
	const id = typeof ref === 'string' ? ref : ref.id;
	return terms.get(id)?.label ?? id;
}

/**
 * The published entries a list of references points to, in the list's order. A reference to an
 * internal entry is dropped in the public build, so no internal title leaks into a public page.
 */
export function pick<E extends { id: string; collection: string }>(
	entries: readonly E[],
	refs: readonly Ref[],
): E[] {
	// Lists are shared by every page of a build, so each is indexed once.
	let byKey = entriesByKey.get(entries) as Map<string, E> | undefined;
	if (!byKey) {
		byKey = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
		entriesByKey.set(entries, byKey);
	}
	return refs.flatMap((ref) => byKey.get(`${ref.collection}/${ref.id}`) ?? []);
}

const entriesByKey = new WeakMap<readonly object[], Map<string, unknown>>();

/** Terms of a taxonomy in their configured order (then by label), by id. */
export function termsById<T extends { id: string; label: string; order: number }>(
	terms: readonly T[],
): Map<string, T> {
	const sorted = [...terms].sort((a, b) => a.order - b.order || compareChinese(a.label, b.label));
	return new Map(sorted.map((term) => [term.id, term]));
}

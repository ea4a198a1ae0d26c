/** For each key, the positions of the items that have it (each item once per key). */
export type KeyIndex = ReadonlyMap<string, readonly number[]>;

const cache = new WeakMap<readonly unknown[], WeakMap<object, WeakMap<object, KeyIndex>>>();

const asKey = (value: unknown) => String(value);

/**
 * The items of each key, made once per list and way of reading keys, and remembered: a build asks
 * every page which stories relate to it and which entries name it, and reading every item's keys
 * for each page made those lookups grow with pages × items. `items`, `valuesOf` and `keyOf`
 * must therefore not change between calls (lists from `oncePerBuild`, functions made once). Each
 * value an item has (`valuesOf`) is indexed by its key (`keyOf`, the value itself by default).
 */
export function keyIndex<T, V = string>(
	items: readonly T[],
	valuesOf: (item: T) => Iterable<V> | undefined,
	keyOf: (value: V) => string = asKey,
): KeyIndex {
	let byValuesOf = cache.get(items);
	if (!byValuesOf) cache.set(items, (byValuesOf = new WeakMap()));
	let byKeyOf = byValuesOf.get(valuesOf);
	if (!byKeyOf) byValuesOf.set(valuesOf, (byKeyOf = new WeakMap()));
	let index = byKeyOf.get(keyOf);
	if (!index) {
		const built = new Map<string, number[]>();
		for (const [position, item] of items.entries()) {
			const keys = new Set<string>();
			for (const value of valuesOf(item) ?? []) keys.add(keyOf(value));
			for (const key of keys) {
				const list = built.get(key);
				if (list) list.push(position);
				else built.set(key, [position]);
			}
		}
		byKeyOf.set(keyOf, (index = built));
	}
	return index;
}

/** For each key, the positions of the items that have it (each item once per key). */
export type KeyIndex = ReadonlyMap<string, readonly number[]>;

const cache = new WeakMap<readonly unknown[], WeakMap<object, KeyIndex>>();

/**
 * The items of each key, made once per list and way of reading keys, and remembered: a build asks
 * every page which stories relate to it and which entries name it, and reading every item's keys
 * for each page made those lookups grow with pages × items. `items` and `keysOf` must therefore
 * not change between calls (lists from `oncePerBuild`, functions made once).
 */
export function keyIndex<T>(items: readonly T[], keysOf: (item: T) => Iterable<string>): KeyIndex {
	let byKeysOf = cache.get(items);
	if (!byKeysOf) cache.set(items, (byKeysOf = new WeakMap()));
	let index = byKeysOf.get(keysOf);
	if (!index) {
		const built = new Map<string, number[]>();
		for (const [position, item] of items.entries()) {
			for (const key of new Set(keysOf(item))) {
				const list = built.get(key);
				if (list) list.push(position);
				else built.set(key, [position]);
			}
		}
		byKeysOf.set(keysOf, (index = built));
	}
	return index;
}

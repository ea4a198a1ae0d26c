/** The fields of a region this module needs. */
export interface RegionNode {
	id: string;
	name: string;
	level: 'district' | 'town' | 'zone' | 'village';
	parent?: { id: string } | undefined;
}

/**
 * The town or zone a region belongs to: the region itself when it is one, its ancestor when it
 * is a village, and undefined for the district as a whole.
 */
export function townOf<R extends RegionNode>(
	regionId: string,
	regionsById: ReadonlyMap<string, R>,
): R | undefined {
	const seen = new Set<string>();
	let current = regionsById.get(regionId);
	while (current && !seen.has(current.id)) {
		if (current.level === 'town' || current.level === 'zone') return current;
		seen.add(current.id);
		current = current.parent ? regionsById.get(current.parent.id) : undefined;
	}
	return undefined;
}

/** Names from the town down to the region, e.g. 柳林镇 · 柳林村委会. */
export function regionTrail<R extends RegionNode>(
	regionId: string,
	regionsById: ReadonlyMap<string, R>,
): R[] {
	const trail: R[] = [];
	let current = regionsById.get(regionId);
	while (current && current.level !== 'district' && !trail.includes(current)) {
		trail.unshift(current);
		current = current.parent ? regionsById.get(current.parent.id) : undefined;
	}
	return trail;
}

/** Groups items by the town of their region; items outside any town go under `undefined`. */
export function groupByTown<T, R extends RegionNode>(
	items: readonly T[],
	regionIdOf: (item: T) => string,
	regionsById: ReadonlyMap<string, R>,
): Map<string | undefined, T[]> {
	const groups = new Map<string | undefined, T[]>();
	for (const item of items) {
		const town = townOf(regionIdOf(item), regionsById)?.id;
		groups.set(town, [...(groups.get(town) ?? []), item]);
	}
	return groups;
}

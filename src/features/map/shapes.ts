/** A point in SVG units. */
export type Vec = readonly [number, number];

function cross(o: Vec, a: Vec, b: Vec): number {
	return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** The convex hull of the points (Andrew's monotone chain), without repeating the first point. */
export function convexHull(points: readonly Vec[]): Vec[] {
	const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	if (sorted.length < 3) return sorted;
	const half = (list: Vec[]) => {
		const chain: Vec[] = [];
		for (const point of list) {
			while (chain.length >= 2 && cross(chain.at(-2)!, chain.at(-1)!, point) <= 0) chain.pop();
			chain.push(point);
		}
		chain.pop();
		return chain;
	};
	return [...half(sorted), ...half([...sorted].reverse())];
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The schematic shape drawn when no reviewed boundary is set: the hull of the points each
 * grown into a circle of `radius`, its corners rounded off with curves through the edge
 * midpoints. It only says "the sites lie about here"; it is not the district's boundary.
 */
export function schematicOutline(points: readonly Vec[], radius: number): string {
	if (points.length === 0) return '';
	const steps = 16;
	const grown = points.flatMap(([x, y]) =>
		Array.from({ length: steps }, (_, index): Vec => {
			const angle = (index / steps) * 2 * Math.PI;
			return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)];
		}),
	);
	const hull = convexHull(grown);
	const midpoint = (a: Vec, b: Vec): Vec => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
	const start = midpoint(hull.at(-1)!, hull[0]!);
	const segments = hull.map((corner, index) => {
		const end = midpoint(corner, hull[(index + 1) % hull.length]!);
		return `Q${round(corner[0])},${round(corner[1])} ${round(end[0])},${round(end[1])}`;
	});
	return `M${round(start[0])},${round(start[1])}${segments.join('')}Z`;
}

/**
 * Moves markers that would cover each other apart, each along a spiral around where it belongs,
 * so that every marker stays visible and clickable. Deterministic: the first keeps its place.
 * Markers are square boxes, so two are apart when their centres are `minDistance` apart along x
 * or along y (a diagonal neighbour closer than that would still overlap a corner).
 */
export function spreadApart(points: readonly Vec[], minDistance: number): Vec[] {
	const placed: Vec[] = [];
	const goldenAngle = Math.PI * (3 - Math.sqrt(5));
	for (const [x, y] of points) {
		let candidate: Vec = [x, y];
		for (let step = 1; step < 200; step += 1) {
			const clear = placed.every(
				(other) =>
					Math.max(Math.abs(other[0] - candidate[0]), Math.abs(other[1] - candidate[1])) >=
					minDistance,
			);
			if (clear) break;
			const distance = minDistance * 0.55 * Math.sqrt(step);
			candidate = [
				round(x + distance * Math.cos(step * goldenAngle)),
				round(y + distance * Math.sin(step * goldenAngle)),
			];
		}
		placed.push(candidate);
	}
	return placed;
}

/** A small dot of a kind's shape as an SVG path, for the decorative site dots. */
export function dotPath(kind: 'centers' | 'stations' | 'bases', x: number, y: number, r: number) {
	const c = (value: number) => Math.round(value * 10) / 10;
	if (kind === 'stations') return `M${c(x - r)},${c(y - r)}h${c(2 * r)}v${c(2 * r)}h${c(-2 * r)}Z`;
	if (kind === 'bases') {
		const d = c(r * 1.35);
		return `M${c(x)},${c(y - d)}L${c(x + d)},${c(y)}L${c(x)},${c(y + d)}L${c(x - d)},${c(y)}Z`;
	}
	return `M${c(x - r)},${c(y)}a${r},${r} 0 1,0 ${c(2 * r)},0a${r},${r} 0 1,0 ${c(-2 * r)},0Z`;
}

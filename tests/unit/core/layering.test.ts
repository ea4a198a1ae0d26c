/**
 * The layering ESLint cannot see: `no-restricted-imports` keeps each layer from importing the
 * layers above it, but features may import one another, and two features that import each other
 * are one feature in two folders. This reads the imports of `src/` as text and checks that the
 * features, and the files, form no circle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE_ROOT = path.resolve(import.meta.dirname, '../../../src');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(ts|astro|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
	});
}

/** Each source file with the source files it imports by relative path. */
function importGraph(): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of sourceFiles(SOURCE_ROOT)) {
		const text = readFileSync(file, 'utf8');
		const targets = [...text.matchAll(IMPORT)].map((match) =>
			path.resolve(path.dirname(file), match[1]!),
		);
		graph.set(file, targets);
	}
	return graph;
}

/** The feature a file belongs to, or undefined outside `src/features/`. */
function featureOf(file: string): string | undefined {
	const relative = path.relative(path.join(SOURCE_ROOT, 'features'), file);
	return relative.startsWith('..') ? undefined : relative.split(path.sep)[0];
}

/** The circles of a directed graph, each as the path that closes it (Tarjan would be overkill). */
function circles(edges: Map<string, Set<string>>): string[][] {
	const found: string[][] = [];
	const done = new Set<string>();
	const visit = (node: string, trail: string[]) => {
		const seen = trail.indexOf(node);
		if (seen >= 0) {
			found.push([...trail.slice(seen), node]);
			return;
		}
		if (done.has(node)) return;
		for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
		done.add(node);
	};
	for (const node of edges.keys()) visit(node, []);
	return found;
}

describe('the import graph of src/', () => {
	const graph = importGraph();

	it('is read from the code (the test would pass on nothing otherwise)', () => {
		expect(graph.size).toBeGreaterThan(100);
		expect([...graph.values()].flat().length).toBeGreaterThan(300);
	});

	it('has no circle between features', () => {
		const features = new Map<string, Set<string>>();
		for (const [file, targets] of graph) {
			const from = featureOf(file);
			if (!from) continue;
			for (const target of targets) {
				const to = featureOf(target);
				if (to && to !== from) features.set(from, (features.get(from) ?? new Set()).add(to));
			}
		}
		expect(features.size).toBeGreaterThan(5);
		expect(circles(features).map((circle) => circle.join(' → '))).toEqual([]);
	});

	it('has no circle between files', () => {
		const files = new Map(
			[...graph].map(([file, targets]) => [
				path.relative(SOURCE_ROOT, file),
				new Set(targets.map((target) => path.relative(SOURCE_ROOT, target))),
			]),
		);
		expect(circles(files).map((circle) => circle.join(' → '))).toEqual([]);
	});
});

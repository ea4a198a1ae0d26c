import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Runs `work` over `items` on up to `threads` worker threads, each given one batch, and waits for
 * all of them. The worker module receives its batch as `workerData` and posts one message when it
 * is done (its result). Batches are balanced by `weight` (the heaviest item first to the lightest
 * batch), since a build's files differ in cost by orders of magnitude.
 */
export async function runInWorkers<Item, Result>({
	module,
	items,
	weight,
	threads = availableParallelism(),
}: {
	module: URL;
	items: readonly Item[];
	weight: (item: Item) => number;
	threads?: number;
}): Promise<Result[]> {
	const batches = balancedBatches(items, weight, Math.max(1, threads)).filter(
		(batch) => batch.length > 0,
	);
	return Promise.all(
		batches.map(
			(batch) =>
				new Promise<Result>((resolve, reject) => {
					const worker = new Worker(module, { workerData: batch });
					worker.once('message', (result: Result) => resolve(result));
					worker.once('error', reject);
					worker.once('exit', (code) => {
						if (code !== 0) reject(new Error(`worker ${module.pathname} exited with ${code}`));
					});
				}),
		),
	);
}

/** `items` cut into `count` batches of about equal summed weight. */
export function balancedBatches<Item>(
	items: readonly Item[],
	weight: (item: Item) => number,
	count: number,
): Item[][] {
	const batches = Array.from({ length: count }, () => ({ items: [] as Item[], weight: 0 }));
	const heaviestFirst = items
		.map((item) => ({ item, weight: weight(item) }))
		.sort((a, b) => b.weight - a.weight);
	for (const { item, weight: itemWeight } of heaviestFirst) {
		const lightest = batches.reduce((a, b) => (b.weight < a.weight ? b : a));
		lightest.items.push(item);
		lightest.weight += itemWeight;
	}
	return batches.map((batch) => batch.items);
}

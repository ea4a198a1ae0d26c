import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Runs a module over `items` in up to `parallel` batches at once, each batch in a worker thread or
 * a child process of its own, and waits for all of them. The module gets its batch as its first
 * message and answers with one message (its result). Batches are balanced by `weight` (the
 * heaviest item first to the lightest batch), since a build's files differ in cost by orders of
 * magnitude.
 *
 * `processes` is for work that allocates and frees large native buffers call after call, such as
 * zlib's: in worker threads the C library hands that memory back to the system and takes it again
 * on every call (a 10,000-entry site's compression spent 105 s in the kernel on two threads
 * against 35 s of work), while each process's main heap keeps it.
 */
export async function runInBatches<Item, Result>({
	module,
	items,
	weight,
	parallel = availableParallelism(),
	isolation = 'threads',
}: {
	module: URL;
	items: readonly Item[];
	weight: (item: Item) => number;
	parallel?: number;
	isolation?: 'threads' | 'processes';
}): Promise<Result[]> {
	const batches = balancedBatches(items, weight, Math.max(1, parallel)).filter(
		(batch) => batch.length > 0,
	);
	return Promise.all(batches.map((batch) => runBatch<Result>(module, batch, isolation)));
}

/**
 * Runs a module once on a worker thread of its own with one task (sent as a batch of one), for
 * work whose memory should be gone when it is done.
 */
export async function runInThread<Task, Result>(module: URL, task: Task): Promise<Result> {
	const [result] = await runInBatches<Task, Result>({
		module,
		items: [task],
		weight: () => 1,
		parallel: 1,
	});
	if (result === undefined) throw new Error(`${module.pathname} gave no answer`);
	return result;
}

function runBatch<Result>(
	module: URL,
	batch: unknown[],
	isolation: 'threads' | 'processes',
): Promise<Result> {
	return new Promise<Result>((resolve, reject) => {
		const runner =
			isolation === 'processes'
				? fork(fileURLToPath(module), [], { serialization: 'advanced' })
				: new Worker(module);
		let answered = false;
		runner.once('message', (result: unknown) => {
			answered = true;
			resolve(result as Result);
		});
		runner.once('error', reject);
		runner.once('exit', (code: number | null) => {
			if (!answered || code !== 0)
				reject(new Error(`${module.pathname} exited with ${code} before answering`));
		});
		if (runner instanceof Worker) runner.postMessage(batch);
		else runner.send(batch);
	});
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

/** A worker module's answer to one task: its result, or the message of what went wrong. */
export type WorkerAnswer<Result> = { id: number } & ({ result: Result } | { error: string });

/**
 * Worker threads that stay up for many tasks, each task sent to the thread with the fewest in
 * hand. The module answers each `{ id, task }` message with a `WorkerAnswer`. An idle thread does
 * not keep the process alive (a build ends when its work does); one with tasks in hand does. A
 * thread that fails (its module would not load, say) fails its tasks and every later one, so
 * that the caller can do the work itself.
 */
export function workerPool<Task, Result>({
	module,
	threads = availableParallelism(),
}: {
	module: URL;
	threads?: number;
}): { run: (task: Task) => Promise<Result> } {
	type Waiting = { resolve: (result: Result) => void; reject: (error: Error) => void };
	const workers: { worker: Worker; pending: Map<number, Waiting> }[] = [];
	let failure: Error | undefined;
	let nextId = 0;
	const fail = (error: Error) => {
		failure ??= error;
		for (const { worker, pending } of workers.splice(0)) {
			for (const waiting of pending.values()) waiting.reject(error);
			void worker.terminate();
		}
	};
	const start = () => {
		const entry = { worker: new Worker(module), pending: new Map<number, Waiting>() };
		entry.worker.unref();
		entry.worker.on('message', (answer: WorkerAnswer<Result>) => {
			const waiting = entry.pending.get(answer.id);
			entry.pending.delete(answer.id);
			if (entry.pending.size === 0) entry.worker.unref();
			if ('error' in answer) waiting?.reject(new Error(answer.error));
			else waiting?.resolve(answer.result);
		});
		entry.worker.on('error', fail);
		entry.worker.on('exit', (code) => {
			if (code !== 0) fail(new Error(`worker ${module.pathname} exited with ${code}`));
		});
		workers.push(entry);
		return entry;
	};
	return {
		run: (task) =>
			new Promise<Result>((resolve, reject) => {
				if (failure) return reject(failure);
				const idle = workers.find((entry) => entry.pending.size === 0);
				const entry =
					idle ??
					(workers.length < Math.max(1, threads)
						? start()
						: workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a)));
				const id = nextId++;
				entry.pending.set(id, { resolve, reject });
				entry.worker.ref();
				entry.worker.postMessage({ id, task });
			}),
	};
}

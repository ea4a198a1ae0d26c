import { describe, expect, it } from 'vitest';
import {
	balancedBatches,
	runInBatches,
	runInThread,
	workerPool,
} from '../../../src/core/worker-pool.ts';

const square = new URL('../../fixtures/workers/square-worker.ts', import.meta.url);

describe('worker pool', () => {
	it('answers every task from its threads, in the caller’s order', async () => {
		const pool = workerPool<number, number>({ module: square, threads: 2 });
		const inputs = Array.from({ length: 20 }, (_, index) => index);
		expect(await Promise.all(inputs.map((n) => pool.run(n)))).toEqual(inputs.map((n) => n * n));
	});

	it('rejects a task the worker refuses, and goes on with the others', async () => {
		const pool = workerPool<number, number>({ module: square, threads: 1 });
		await expect(pool.run(-2)).rejects.toThrow('negative: -2');
		expect(await pool.run(3)).toBe(9);
	});

	it('fails this and every later task when the thread cannot start', async () => {
		const pool = workerPool<number, number>({
			module: new URL('../../fixtures/workers/missing-worker.ts', import.meta.url),
		});
		await expect(pool.run(1)).rejects.toThrow();
		await expect(pool.run(2)).rejects.toThrow();
	});
});

describe('runInBatches', () => {
	const sum = new URL('../../fixtures/workers/sum-process.ts', import.meta.url);

	for (const isolation of ['threads', 'processes'] as const) {
		it(`hands each of its ${isolation} one batch and collects the answers`, async () => {
			const answers = await runInBatches<number, number>({
				module: sum,
				items: [1, 2, 3, 4, 5, 6],
				weight: (n) => n,
				parallel: 2,
				isolation,
			});
			expect(answers).toHaveLength(2);
			expect(answers.reduce((a, b) => a + b, 0)).toBe(21);
		});

		it(`fails when one of its ${isolation} stops without answering`, async () => {
			await expect(
				runInBatches<number, number>({
					module: sum,
					items: [1, -1],
					weight: () => 1,
					parallel: 1,
					isolation,
				}),
			).rejects.toThrow('before answering');
		});
	}
});

describe('runInThread', () => {
	const sum = new URL('../../fixtures/workers/sum-process.ts', import.meta.url);

	it('runs the module once on a thread with the task as a batch of one', async () => {
		expect(await runInThread<number, number>(sum, 7)).toBe(7);
		await expect(runInThread<number, number>(sum, -1)).rejects.toThrow('before answering');
	});
});

describe('worker batches', () => {
	it('cuts items into batches of about equal weight, the heaviest first', () => {
		const batches = balancedBatches([5, 1, 4, 2, 3, 3], (n) => n, 2);
		expect(batches.map((batch) => batch.reduce((a, b) => a + b, 0))).toEqual([9, 9]);
		expect(batches[0]![0]).toBe(5);
		expect(balancedBatches([1], (n) => n, 3)).toEqual([[1], [], []]);
	});
});

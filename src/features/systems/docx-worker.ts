/** A thread that packs template documents (`docx-pool.ts`): one `.docx` per message. */
import { parentPort } from 'node:worker_threads';
import type { WorkerAnswer } from '../../core/worker-pool.ts';
import { systemDocxBytes } from './docx-builder.ts';
import type { DocxTask } from './docx-pool.ts';

parentPort?.on('message', ({ id, task }: { id: number; task: DocxTask }) => {
	systemDocxBytes(task.meta, task.document, task.values).then(
		(bytes) => {
			const answer: WorkerAnswer<Uint8Array> = { id, result: bytes };
			parentPort?.postMessage(answer, [bytes.buffer]);
		},
		(error: unknown) => {
			const answer: WorkerAnswer<Uint8Array> = { id, error: String(error) };
			parentPort?.postMessage(answer);
		},
	);
});

/** One thread of the precompression step: compresses the files it is given, then says so. */
import { parentPort, workerData } from 'node:worker_threads';
import { compressFiles } from './precompress.ts';

compressFiles((workerData as { file: string }[]).map(({ file }) => file));
parentPort?.postMessage(true);

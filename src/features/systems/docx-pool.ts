import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { workerPool } from '../../core/worker-pool.ts';
import { systemDocxBytes } from './docx-builder.ts';
import type { BlankValues } from './blanks.ts';
import type { SystemDocument } from './system-document.ts';
import type { SystemMeta } from './system-meta.ts';

/** What a thread needs to pack one template. */
export interface DocxTask {
	meta: SystemMeta;
	document: SystemDocument;
	values?: BlankValues;
}

let pool: ReturnType<typeof workerPool<DocxTask, Uint8Array>> | undefined;

/**
 * Packs a template's `.docx` on a worker thread, so that a build packs templates on the second
 * core while it renders pages on the first (Astro renders several pages at once,
 * `build.concurrency`). Packing took a third of the page-rendering time of a 1,000-entry site.
 * `sourceFolder` is the project's `src/` (the bundled build has no source paths to start a thread
 * from). Where no thread can start, the template is packed here.
 */
export async function packSystemDocx(
	sourceFolder: string,
	task: DocxTask,
): Promise<Uint8Array<ArrayBuffer>> {
	pool ??= workerPool<DocxTask, Uint8Array>({
		module: pathToFileURL(path.join(sourceFolder, 'features/systems/docx-worker.ts')),
	});
	try {
		return new Uint8Array(await pool.run(task));
	} catch {
		return systemDocxBytes(task.meta, task.document, task.values);
	}
}

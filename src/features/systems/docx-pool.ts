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
let fellBack = false;

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
	} catch (error) {
		// Said once: the build is right either way, only slower.
		if (!fellBack)
			console.warn(
				`模板的 Word 文件改在主线程逐个打包（后台线程不可用：${(error as Error).message}），构建会慢一些。`,
			);
		fellBack = true;
		return systemDocxBytes(task.meta, task.document, task.values);
	}
}

/**
 * What a portal reads of a district build: files it published, either in its `dist/` folder on
 * this machine or on the web server that serves it. Never its content sources.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The files of one published district build. */
export interface PublishedFiles {
	/** Where they are, as the operator wrote it (a folder or an address), for messages. */
	source: string;
	/** The text of a file by its path under the build, or undefined when there is none. */
	read: (file: string) => Promise<string | undefined>;
}

/** Whether a source names a web address rather than a folder. */
export function isWebSource(source: string): boolean {
	return /^https?:\/\//i.test(source);
}

/** The files of a build folder (a district's `dist/`), relative to `baseDir`. */
export function folderFiles(source: string, baseDir = process.cwd()): PublishedFiles {
	const root = path.resolve(baseDir, source);
	return {
		source,
		async read(file) {
			try {
				return await readFile(path.join(root, file), 'utf8');
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
				throw error;
			}
		},
	};
}

/** The files a web server publishes under an address ending with the district's base path. */
export function webFiles(source: string, fetchFile: typeof fetch = fetch): PublishedFiles {
	const base = source.endsWith('/') ? source : `${source}/`;
	return {
		source,
		async read(file) {
			const response = await fetchFile(new URL(file, base), { redirect: 'follow' });
			if (response.status === 404) return undefined;
			if (!response.ok) throw new Error(`服务器返回 ${response.status}`);
			return response.text();
		},
	};
}

/** The reader for a source as written in the portal settings or on the command line. */
export function publishedFiles(source: string, baseDir?: string): PublishedFiles {
	return isWebSource(source) ? webFiles(source) : folderFiles(source, baseDir);
}

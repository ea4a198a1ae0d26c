import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { IndexedPage } from './benchmark.ts';
import { unspaceHan } from './han-text.ts';
import type { PagefindFragment } from './pagefind-api.ts';

/** Pagefind's files start with this mark once unzipped. */
const SIGNATURE = 'pagefind_dcd';

/** Unzips one of Pagefind's files (fragments, index chunks), dropping its signature. */
export function readPagefindFile(bytes: Uint8Array): Buffer {
	const raw = Buffer.from(bytes);
	const data = raw.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? raw : gunzipSync(raw);
	if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) {
		throw new Error('not a Pagefind file');
	}
	return data.subarray(SIGNATURE.length);
}

/** Every page of a built search index, with its text as readers see it. */
export function readIndexedPages(searchFolder: string): IndexedPage[] {
	const folder = path.join(searchFolder, 'fragment');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.pf_fragment'))
		.sort()
		.map((name) => {
			const fragment = JSON.parse(
				readPagefindFile(readFileSync(path.join(folder, name))).toString('utf8'),
			) as PagefindFragment;
			return {
				id: name.replace(/\.pf_fragment$/, ''),
				url: fragment.url,
				title: unspaceHan(fragment.meta['title'] ?? ''),
				text: unspaceHan(fragment.content.replace(/\u200B/g, '')),
			};
		});
}

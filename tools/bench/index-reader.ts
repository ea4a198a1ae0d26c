import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IndexedPage } from './search-benchmark.ts';
import { unspaceHan } from '../../src/features/search/han-text.ts';
import { pagefindData } from '../../src/features/search/index-chunks.ts';
import type { PagefindFragment } from '../../src/features/search/pagefind-api.ts';

/** Every page of a built search index, with its text as readers see it. */
export function readIndexedPages(searchFolder: string): IndexedPage[] {
	const folder = path.join(searchFolder, 'fragment');
	return readdirSync(folder)
		.filter((name) => name.endsWith('.pf_fragment'))
		.sort()
		.map((name) => {
			const fragment = JSON.parse(
				Buffer.from(pagefindData(readFileSync(path.join(folder, name)))).toString('utf8'),
			) as PagefindFragment;
			return {
				id: name.replace(/\.pf_fragment$/, ''),
				url: fragment.url,
				title: unspaceHan(fragment.meta['title'] ?? ''),
				text: unspaceHan(fragment.content.replace(/\u200B/g, '')),
			};
		});
}

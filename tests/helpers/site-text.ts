import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { listSiteFiles } from '../../src/core/post-build/site-files.ts';

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * Every file of a build as text, with compressed files (`.gz`, `.br`, and Pagefind's gzipped
 * index files) decompressed, so a search for a string sees what a reader could ever receive.
 */
export function readBuiltFiles(dir: string): Map<string, string> {
	const texts = new Map<string, string>();
	for (const file of listSiteFiles(dir)) {
		let bytes: Buffer = readFileSync(path.join(dir, file));
		if (file.endsWith('.br')) bytes = brotliDecompressSync(bytes);
		else if (bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1]) bytes = gunzipSync(bytes);
		texts.set(file, bytes.toString('utf8'));
	}
	return texts;
}

/** The files whose text contains the needle. */
export function filesContaining(texts: Map<string, string>, needle: string): string[] {
	return [...texts].filter(([, text]) => text.includes(needle)).map(([file]) => file);
}

/** Every page of a list in a built site (`systems/`, `systems/page/2/` …), in order. */
export function listPages(dist: string, ...parts: string[]): string[] {
	const pageOf = (...segments: string[]) => path.join(dist, ...parts, ...segments, 'index.html');
	const pages = [readFileSync(pageOf(), 'utf8')];
	while (existsSync(pageOf('page', String(pages.length + 1))))
		pages.push(readFileSync(pageOf('page', String(pages.length + 1)), 'utf8'));
	return pages;
}

import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The minimal but complete content folder every content test starts from. */
export const FIXTURE_CONTENT = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

/** The sample site's own content folder. */
export const SAMPLE_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

export interface FixtureCopy {
	root: string;
	/** Replaces text in a file of the copy (the first occurrence, which must exist). */
	edit: (file: string, from: string, to: string) => void;
	write: (file: string, text: string) => void;
	read: (file: string) => string;
	remove: (file: string) => void;
	dispose: () => void;
}

/** Copies a content folder to a temporary place so a test can break it without harm. */
export function copyContent(source = FIXTURE_CONTENT): FixtureCopy {
	const root = mkdtempSync(path.join(tmpdir(), 'tongxin-content-'));
	cpSync(source, root, { recursive: true });
	return {
		root,
		edit(file, from, to) {
			const target = path.join(root, file);
			const text = readFileSync(target, 'utf8');
			if (!text.includes(from)) throw new Error(`fixture ${file} does not contain ${from}`);
			writeFileSync(target, text.replace(from, to));
		},
		read(file) {
			return readFileSync(path.join(root, file), 'utf8');
		},
		write(file, text) {
			writeFileSync(path.join(root, file), text);
		},
		remove(file) {
			rmSync(path.join(root, file), { recursive: true });
		},
		dispose() {
			rmSync(root, { recursive: true, force: true });
		},
	};
}

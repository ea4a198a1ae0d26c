import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * The temporary folder a build writes into, beside the real one so that moving it into place is
 * a rename on the same disk.
 */
export function partialFolderOf(outDir: string, id: string | number = process.pid): string {
	return `${outDir}.partial-${id}`;
}

/**
 * Puts a finished build in place of the previous one. Until this runs the previous `dist/` is
 * untouched, so a failed build never leaves a half-written site behind.
 */
export function replaceFolder(
	finished: string,
	outDir: string,
	id: string | number = process.pid,
): void {
	const previous = `${outDir}.previous-${id}`;
	if (existsSync(outDir)) renameSync(outDir, previous);
	renameSync(finished, outDir);
	rmSync(previous, { recursive: true, force: true });
}

/** Removes a build that failed. */
export function discardFolder(folder: string): void {
	rmSync(folder, { recursive: true, force: true });
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildResult {
	status: number | null;
	output: string;
	outDir: string;
}

/**
 * Runs `npm run build` the way an operator does, with the given environment (CONTENT_DIR,
 * SITE_PROFILE, BASE_PATH…), into a folder of its own under `.tmp/`.
 */
/** Where `buildSite(name)` writes its site. */
export function buildOutDir(name: string): string {
	return path.join(PROJECT_ROOT, '.tmp', 'builds', name);
}

export function buildSite(name: string, env: Record<string, string> = {}): BuildResult {
	const outDir = buildOutDir(name);
	mkdirSync(path.dirname(outDir), { recursive: true });
	const cacheDir = path.join(PROJECT_ROOT, '.tmp', 'cache', name);
	// Astro's content cache remembers entries by id, with paths into the folder they came from;
	// a build of another (temporary) content folder must start cold.
	if (env['CONTENT_DIR']) rmSync(cacheDir, { recursive: true, force: true });
	const result = spawnSync('npm', ['run', 'build', '--silent'], {
		cwd: PROJECT_ROOT,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			OUT_DIR: outDir,
			ASTRO_CACHE_DIR: cacheDir,
			...env,
		},
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

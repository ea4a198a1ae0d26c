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

/** Where `buildSite(name)` writes its site. */
export function buildOutDir(name: string): string {
	return path.join(PROJECT_ROOT, '.tmp', 'builds', name);
}

/**
 * Runs `npm run build` the way an operator does, with the given environment (CONTENT_DIR,
 * SITE_PROFILE, BASE_PATH…), into a folder of its own under `.tmp/`.
 */
export function buildSite(name: string, env: Record<string, string> = {}): BuildResult {
	return buildSiteInto(buildOutDir(name), env, path.join(PROJECT_ROOT, '.tmp', 'cache', name));
}

/** Runs `npm run build` into `outDir`, with Astro's cache in `cacheDir` (see `buildSite`). */
export function buildSiteInto(
	outDir: string,
	env: Record<string, string> = {},
	cacheDir = `${outDir}.cache`,
): BuildResult {
	mkdirSync(path.dirname(outDir), { recursive: true });
	// Astro's content cache remembers entries by id, with paths into the folder they came from;
	// a build of another (temporary) content folder must start cold.
	if (env['CONTENT_DIR']) rmSync(cacheDir, { recursive: true, force: true });
	return run(
		['run', 'build', '--silent'],
		{
			OUT_DIR: outDir,
			ASTRO_CACHE_DIR: cacheDir,
			...env,
		},
		outDir,
	);
}

/** Runs `npm run portal` with the given arguments, as an operator does. */
export function buildPortal(outDir: string, args: readonly string[]): BuildResult {
	mkdirSync(path.dirname(outDir), { recursive: true });
	return run(['run', 'portal', '--silent', '--', '--out', outDir, ...args], {}, outDir);
}

/**
 * What Vitest (through Vite) puts into the environment of the test process. Passed on to a
 * build, they change it: Vite reads MODE, DEV, PROD, SSR and BASE_URL from the environment, so a
 * build run from a test would not be the build an operator runs.
 */
const TEST_RUNNER_VARIABLES = new Set([
	'NODE_ENV',
	'TEST',
	'MODE',
	'DEV',
	'PROD',
	'SSR',
	'BASE_URL',
]);

/**
 * The environment of an operator's terminal: a test runner's own variables left out. Vitest sets
 * NODE_ENV=test, under which Astro builds without `import.meta.env.PROD` — and so without the
 * Content-Security-Policy meta tag — so a build started from a test would not be the real one.
 */
export function operatorEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
	const own = Object.entries(process.env).filter(
		([key]) => !key.startsWith('VITEST') && !TEST_RUNNER_VARIABLES.has(key),
	);
	return { ...Object.fromEntries(own), ASTRO_TELEMETRY_DISABLED: '1', ...env };
}

function run(args: string[], env: Record<string, string>, outDir: string): BuildResult {
	const result = spawnSync('npm', args, {
		cwd: PROJECT_ROOT,
		env: operatorEnvironment(env),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

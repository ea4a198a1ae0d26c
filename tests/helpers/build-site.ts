import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
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
// Vitest puts Vite's own variables in the environment; BASE_URL would override BASE_PATH in the
// child build (import.meta.env.BASE_URL), so they are not passed on.
const VITE_VARIABLES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export function buildSite(name: string, env: Record<string, string> = {}): BuildResult {
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !VITE_VARIABLES.includes(key)),
	);
	const outDir = path.join(PROJECT_ROOT, '.tmp', 'builds', name);
	mkdirSync(path.dirname(outDir), { recursive: true });
	const result = spawnSync('npm', ['run', 'build', '--silent'], {
		cwd: PROJECT_ROOT,
		env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, ...env },
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

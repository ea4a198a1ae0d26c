/** Vitest global setup of the `site` tests: builds the sample site once for all of them. */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../tools/harness/build-site.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		sampleSite: string;
	}
}

export default function setup(project: TestProject) {
	const build = buildSite('sample');
	if (build.status !== 0) {
		throw new Error(`The sample site did not build:\n${build.output.slice(-4000)}`);
	}
	project.provide('sampleSite', build.outDir);
}

import type { Settings } from '../settings.ts';

/** A finished build waiting in its temporary folder for the post-build steps. */
export interface BuiltSite {
	/** Absolute path of the folder Astro wrote. */
	dir: string;
	/** The settings it was built with: base path, profile, the reports to write. */
	settings: Settings;
}

/** Something a post-build step found wrong in a built file. */
export interface BuildProblem {
	/** Path relative to the build folder, e.g. `centers/liulin/index.html`. */
	file: string;
	message: string;
}

/**
 * One step after `astro build` and before the build replaces `dist/`: an index to write, a check
 * to pass, files to compress. A step that returns problems stops the build.
 */
export interface PostBuildStep {
	/** Short name shown while the build runs. */
	name: string;
	run: (site: BuiltSite) => Promise<BuildProblem[]> | BuildProblem[];
	/**
	 * The step only reads the build folder and writes nothing in it, so it may run in a process of
	 * its own at the same time as the `concurrent` steps next to it in the list.
	 */
	concurrent?: boolean;
	/**
	 * What a run costs against the other concurrent steps (their seconds measured at 10,000
	 * entries), so that steps run together are shared out evenly among the cores.
	 */
	cost?: number;
}

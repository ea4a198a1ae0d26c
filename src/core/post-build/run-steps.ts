/**
 * Runs the post-build steps in their order, except that steps marked `concurrent` (checks that
 * only read the build folder) which stand next to each other in the list run at the same time,
 * in a process per core: each parses every page again, and one after another they left the
 * second core idle. This module knows no step; the list and the worker module that can load
 * it come from the caller (`src/site/`).
 */
import { availableParallelism } from 'node:os';
import { cpuSecondsSoFar } from '../cpu-time.ts';
import { runInBatches } from '../worker-pool.ts';
import type { BuildProblem, BuiltSite, PostBuildStep } from './types.ts';

/** What one step did, and how long it took (wall and CPU seconds of its own process). */
export interface StepOutcome {
	step: string;
	problems: BuildProblem[];
	seconds: number;
	cpuSeconds: number;
}

/** Wall and CPU seconds of one stage of a build; a stage of steps run at the same time has parts. */
export interface StageTiming {
	stage: string;
	seconds: number;
	/** CPU seconds of the build's process and the children it waited for, during the stage. */
	cpuSeconds?: number | undefined;
	/** The steps of a stage that ran at the same time, each with its own process's figures. */
	parts?: StageTiming[] | undefined;
}

/** The name a stage of steps run at the same time is reported by. */
export function togetherStageName(steps: readonly string[]): string {
	return steps.join(' + ');
}

/** Consecutive steps that run one after another (`together: false`) or at the same time. */
export interface StepGroup {
	steps: PostBuildStep[];
	together: boolean;
}

/** The steps cut into groups: each run of two or more `concurrent` steps is one group. */
export function groupSteps(steps: readonly PostBuildStep[]): StepGroup[] {
	const groups: StepGroup[] = [];
	for (const step of steps) {
		const last = groups.at(-1);
		if (step.concurrent && last?.together) last.steps.push(step);
		else groups.push({ steps: [step], together: step.concurrent === true });
	}
	// A lone concurrent step gains nothing from a process of its own.
	return groups.map((group) => (group.steps.length > 1 ? group : { ...group, together: false }));
}

/** Runs one step here, timing it. */
export async function runStep(step: PostBuildStep, site: BuiltSite): Promise<StepOutcome> {
	const started = performance.now();
	const cpuStarted = cpuSecondsSoFar();
	const problems = await step.run(site);
	return {
		step: step.name,
		problems,
		seconds: (performance.now() - started) / 1000,
		cpuSeconds: cpuSecondsSoFar() - cpuStarted,
	};
}

/** What a step process is sent: the step, by name, and the site to run it on. */
export interface StepTask {
	step: string;
	site: BuiltSite;
}

/**
 * Runs a group's steps at the same time, in one process per core (started from `worker`, a
 * module that calls `serveSteps` with the same list), the steps shared out by their `cost`, and
 * returns their outcomes in the group's order. One process per step was measured slower at
 * 10,000 entries: five processes reading every page at once on two cores.
 */
export async function runTogether(
	steps: readonly PostBuildStep[],
	site: BuiltSite,
	worker: URL,
	parallel = availableParallelism(),
): Promise<StepOutcome[]> {
	const answers = await runInBatches<StepTask, StepAnswer[]>({
		module: worker,
		items: steps.map((step) => ({ step: step.name, site })),
		weight: (task) => steps.find((step) => step.name === task.step)?.cost ?? 1,
		parallel: Math.min(steps.length, parallel),
		isolation: 'processes',
	});
	const byName = new Map(answers.flat().map((answer) => [answer.step, answer]));
	return steps.map((step) => {
		const answer = byName.get(step.name);
		if (!answer) throw new Error(`the process of “${step.name}” gave no answer`);
		// As if the step had thrown here: the build names the stage and the error.
		if ('error' in answer) throw new Error(`${step.name}：${answer.error}`);
		return answer;
	});
}

/** A step process's answer for one step: its outcome, or the message of the error it threw. */
type StepAnswer = StepOutcome | { step: string; error: string };

/** The body of a step process: runs the steps it is sent, by name, from `steps`, and answers. */
export function serveSteps(steps: readonly PostBuildStep[]): void {
	process.once('message', (tasks: StepTask[]) => {
		void (async () => {
			const answers: StepAnswer[] = [];
			for (const task of tasks) {
				try {
					const step = steps.find((candidate) => candidate.name === task.step);
					if (!step) throw new Error(`no post-build step is named “${task.step}”`);
					answers.push(await runStep(step, task.site));
				} catch (error) {
					answers.push({ step: task.step, error: (error as Error).message ?? String(error) });
				}
			}
			process.send?.(answers, () => process.disconnect());
		})();
	});
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupSteps, runTogether } from '../../../src/core/post-build/run-steps.ts';
import type { BuiltSite, PostBuildStep } from '../../../src/core/post-build/types.ts';
import { readSettings } from '../../../src/core/settings.ts';
import { fixtureSteps } from '../../fixtures/workers/fixture-steps.ts';

const worker = new URL('../../fixtures/workers/steps-worker.ts', import.meta.url);
const step = (name: string, concurrent?: boolean): PostBuildStep => ({
	name,
	run: () => [],
	...(concurrent === undefined ? {} : { concurrent }),
});

describe('post-build step groups', () => {
	it('puts each run of two or more concurrent steps together, and keeps the order', () => {
		const groups = groupSteps([
			step('index'),
			step('a', true),
			step('b', true),
			step('c', true),
			step('compress'),
			step('lone', true),
			step('last'),
		]);
		expect(groups.map((group) => [group.together, group.steps.map((s) => s.name)])).toEqual([
			[false, ['index']],
			[true, ['a', 'b', 'c']],
			[false, ['compress']],
			[false, ['lone']],
			[false, ['last']],
		]);
	});
});

describe('steps run together', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'tongxin-steps-'));
	writeFileSync(path.join(dir, 'index.html'), '<p>');
	const site: BuiltSite = { dir, settings: readSettings({}, dir) };

	it('runs the steps in other processes, one per core, answering in list order', async () => {
		const outcomes = await runTogether(fixtureSteps.slice(0, 2), site, worker, 2);
		expect(outcomes.map((outcome) => outcome.step)).toEqual(['first check', 'second check']);
		const pids = outcomes.map((outcome) => outcome.problems[0]?.message);
		expect(new Set(pids).size).toBe(2);
		expect(pids).not.toContain(String(process.pid));
		for (const outcome of outcomes) {
			expect(outcome.problems[0]?.file).toBe('index.html');
			expect(outcome.seconds).toBeGreaterThanOrEqual(0);
		}
	});

	it('shares the steps out among fewer processes than steps', async () => {
		const outcomes = await runTogether(fixtureSteps.slice(0, 2), site, worker, 1);
		const pids = outcomes.map((outcome) => outcome.problems[0]?.message);
		expect(new Set(pids).size).toBe(1);
		expect(pids[0]).not.toBe(String(process.pid));
	});

	it('fails naming the step and its error when a step throws', async () => {
		await expect(runTogether(fixtureSteps, site, worker)).rejects.toThrow(
			'throws：the check broke',
		);
	});
});

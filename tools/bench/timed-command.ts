/**
 * Runs a command the way the benchmarks time it: wall-clock seconds, CPU seconds of its whole
 * process tree (GNU time, when installed) and the peak resident memory of that tree (sampled
 * from /proc every 200 ms), with its output kept in a log file.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseProcStatus, treeMemory, type ProcessStatus } from './build-bench.ts';

/** Every process of the machine as /proc shows it (Linux); empty elsewhere. */
export function processes(): ProcessStatus[] {
	let pids: string[];
	try {
		pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return [];
	}
	return pids.flatMap((pid) => {
		try {
			return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8')) ?? [];
		} catch {
			return []; // the process ended while we looked
		}
	});
}

/** GNU time, when installed, adds the CPU seconds of the whole process tree (load-independent). */
const GNU_TIME = '/usr/bin/time';

export interface TimedRun {
	status: number | null;
	seconds: number;
	cpuSeconds: number | undefined;
	peakMemoryBytes: number;
}

/** The machine's load average (1, 5 and 15 minutes), as /proc/loadavg gives it. */
export function loadAverage(): string {
	return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

/** Runs `command` with the given environment added, writing its output to `log`. */
export function timedCommand(
	command: string[],
	env: Record<string, string>,
	log: string,
): Promise<TimedRun> {
	return new Promise((resolve) => {
		const started = performance.now();
		const timeFile = `${log}.time`;
		const withTime = existsSync(GNU_TIME);
		const [program = 'npm', ...rest] = command;
		const child = spawn(
			withTime ? GNU_TIME : program,
			withTime ? ['-f', '%U %S', '-o', timeFile, ...command] : rest,
			{
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
				stdio: ['ignore', 'pipe', 'pipe'],
			},
		);
		const output: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
		let peakMemoryBytes = 0;
		const sample = () => {
			if (child.pid)
				peakMemoryBytes = Math.max(peakMemoryBytes, treeMemory(processes(), child.pid));
		};
		const sampler = setInterval(sample, 200);
		child.on('close', (status) => {
			clearInterval(sampler);
			writeFileSync(log, Buffer.concat(output));
			const cpu = withTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
			const [user, system] = (/([\d.]+) ([\d.]+)\s*$/.exec(cpu) ?? []).slice(1).map(Number);
			resolve({
				status,
				seconds: (performance.now() - started) / 1000,
				cpuSeconds: user !== undefined && system !== undefined ? user + system : undefined,
				peakMemoryBytes,
			});
		});
	});
}

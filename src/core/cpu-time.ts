/**
 * CPU seconds of this process and of the children it has waited for (Astro, Pagefind), from
 * `/proc/self/stat` on Linux: what the build's stages cost whatever else the machine runs, where
 * their wall-clock seconds grow with the load. Elsewhere, this process's own CPU time only.
 */
import { readFileSync } from 'node:fs';

/** Clock ticks per second of `/proc/<pid>/stat` (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * User and system time of a process and of its waited-for children, in seconds, from the text of
 * its `/proc/<pid>/stat` (fields 14–17, counted after the parenthesised command name, which may
 * hold spaces).
 */
export function parseProcStat(text: string): number | undefined {
	const end = text.lastIndexOf(')');
	if (end < 0) return undefined;
	// After “pid (comm)” come state (field 3) … utime (14), stime (15), cutime (16), cstime (17).
	const fields = text
		.slice(end + 2)
		.trim()
		.split(/\s+/);
	const ticks = fields.slice(11, 15).map(Number);
	if (ticks.length < 4 || ticks.some((tick) => !Number.isFinite(tick))) return undefined;
	return ticks.reduce((sum, tick) => sum + tick, 0) / TICKS_PER_SECOND;
}

/** CPU seconds so far of this process and the children it waited for. */
export function cpuSecondsSoFar(): number {
	try {
		const seconds = parseProcStat(readFileSync('/proc/self/stat', 'utf8'));
		if (seconds !== undefined) return seconds;
	} catch {
		// Not Linux: fall through.
	}
	const { user, system } = process.cpuUsage();
	return (user + system) / 1e6;
}

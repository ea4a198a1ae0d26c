/** Writes generated district content folders to disk (see `sample-district.ts`). */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	COPIED_SYSTEMS,
	parseDivisions,
	SAMPLE_DISTRICTS,
	sampleDistrictFiles,
	type Division,
	type SharedSources,
} from './sample-district.ts';

/** The committed division rows of 宝鸡市 (see README.md beside it). */
export const DIVISIONS_FILE = fileURLToPath(new URL('./baoji-divisions.csv', import.meta.url));

export function readDivisions(file = DIVISIONS_FILE): Division[] {
	return parseDivisions(readFileSync(file, 'utf8'));
}

/** The taxonomies and regulation templates of a content folder (the 凤翔 sample). */
export function readSharedSources(contentDir: string): SharedSources {
	const taxonomies = Object.fromEntries(
		readdirSync(path.join(contentDir, 'taxonomies'))
			.filter((name) => name.endsWith('.yaml'))
			.map((name) => [name, readFileSync(path.join(contentDir, 'taxonomies', name), 'utf8')]),
	);
	const systems = Object.fromEntries(
		COPIED_SYSTEMS.map((slug) => [
			`${slug}.md`,
			readFileSync(path.join(contentDir, 'systems', `${slug}.md`), 'utf8'),
		]),
	);
	return { taxonomies, systems };
}

/**
 * Writes the content folder of each district (by division code) to `<out>/<id>/`, replacing what
 * was there, and returns the folders by district id.
 */
export function writeSampleDistricts({
	out,
	codes,
	contentDir,
	entries,
	sentences,
}: {
	out: string;
	codes: readonly string[];
	contentDir: string;
	entries?: number | undefined;
	sentences?: readonly string[] | undefined;
}): Map<string, string> {
	const divisions = readDivisions();
	const shared = readSharedSources(contentDir);
	const folders = new Map<string, string>();
	for (const code of codes) {
		const id = SAMPLE_DISTRICTS[code]?.id;
		if (!id) throw new Error(`没有区划代码为 ${code} 的示例区县`);
		const folder = path.join(out, id);
		rmSync(folder, { recursive: true, force: true });
		for (const file of sampleDistrictFiles({ code, divisions, shared, entries, sentences })) {
			mkdirSync(path.dirname(path.join(folder, file.path)), { recursive: true });
			writeFileSync(path.join(folder, file.path), file.text);
		}
		folders.set(id, folder);
	}
	return folders;
}

import { slugFromName } from '../editor/slug.ts';
import type { EntryKind } from '../editor/kinds.ts';

/**
 * The slug of a new entry made in the workbench: its name in pinyin by the scaffolder's rule
 * (`npm run new`), with `-2`, `-3`… added when another entry of the kind has it already, since a
 * form cannot stop and ask for another one the way the command line does.
 */
export function newEntrySlug(name: string, kind: EntryKind, taken: ReadonlySet<string>): string {
	const base = slugFromName(name, kind) || kind.replace(/s$/, '');
	if (!taken.has(base)) return base;
	for (let number = 2; ; number += 1) {
		const candidate = `${base}-${number}`;
		if (!taken.has(candidate)) return candidate;
	}
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './problem.ts';
import type { ContentRule } from './rules.ts';

/**
 * Text that `npm run new` leaves where the editor has to write; an entry that still holds it is
 * not ready to publish.
 */
export const PLACEHOLDER = '【请填写】';

/** Every line of a Markdown/MDX entry (front matter or body) that still holds the placeholder. */
export const findPlaceholders: ContentRule = (entries, { root, exists }) => {
	const problems: ContentProblem[] = [];
	const files = new Set(
		entries.map((entry) => entry.raw.file).filter((file) => /\.mdx?$/.test(file)),
	);
	for (const file of files) {
		// An entry not yet on disk (a ledger row being imported) has no text to look through.
		if (!exists(file)) continue;
		const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
		lines.forEach((line, index) => {
			if (!line.includes(PLACEHOLDER)) return;
			problems.push({
				file,
				line: index + 1,
				message: `这里还是待填写的提示“${PLACEHOLDER}”：请换成真实内容，或删去这一行。`,
			});
		});
	}
	return problems;
};

/** One thing wrong with the content, located as precisely as the checker can. */
export interface ContentProblem {
	/** File path relative to the content folder, e.g. `stations/tiannan-village.md`. */
	file: string;
	/** 1-based line in that file, when known. */
	line?: number;
	/** Field path, e.g. `cover.alt` or `domains[1]`, when the problem is in one field. */
	field?: string;
	/** What is wrong and what was expected, in Chinese for editors. */
	message: string;
	/**
	 * `warning` for something an editor should look at that does not stop the build (a figure
	 * the entries do not bear out); a problem without it stops the build.
	 */
	severity?: 'warning';
}

/** Whether a problem stops the build (it is not a warning). */
export function isError(problem: ContentProblem): boolean {
	return problem.severity !== 'warning';
}

/** `domains[1].id`-style text for a field path. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const key of path) {
		if (typeof key === 'number') text += `[${key}]`;
		else text += text ? `.${String(key)}` : String(key);
	}
	return text;
}

/** One line per problem: `content/x.md:12  field  message`, the format editors see. */
export function formatProblem(problem: ContentProblem, contentFolderName = 'content'): string {
	const where = `${contentFolderName}/${problem.file}${problem.line ? `:${problem.line}` : ''}`;
	const line = [where, problem.field ?? '-', problem.message].join('  ');
	return problem.severity === 'warning' ? `⚠ ${line}` : line;
}

/** Orders problems by file, then line, so the report reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
	);
}

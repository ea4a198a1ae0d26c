/** One thing wrong with the content, located as precisely as the checker can. */
export interface ContentProblem {
	/** File path relative to the content folder, e.g. `stations/tiannan-village.md`. */
	file: string;
	/** 1-based line in that file, when known. */
	line?: number;
	/** 1-based column in that line, when the problem is one piece of text. */
	column?: number;
	/** Field path, e.g. `cover.alt` or `domains[1]`, when the problem is in one field. */
	field?: string;
	/** What is wrong and what was expected, in Chinese for editors. */
	message: string;
	/**
	 * `error` (the default) stops the build; a `warning` is shown and the build goes on (a file
	 * that no collection reads, a figure that disagrees with the entries' own count).
	 */
	severity?: 'error' | 'warning';
}

/** Whether a problem stops the build. */
export const isError = (problem: ContentProblem): boolean => problem.severity !== 'warning';

/** `domains[1].id`-style text for a field path. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	let text = '';
	for (const key of path) {
		if (typeof key === 'number') text += `[${key}]`;
		else text += text ? `.${String(key)}` : String(key);
	}
	return text;
}

/**
 * One line per problem: `content/x.md:12  field  message` (`x.md:12:5` when the column is known),
 * the format editors see; a warning starts with ⚠.
 */
export function formatProblem(problem: ContentProblem, contentFolderName = 'content'): string {
	const line = problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : '';
	const where = `${contentFolderName}/${problem.file}${line}`;
	const text = [where, problem.field ?? '-', problem.message].join('  ');
	return problem.severity === 'warning' ? `⚠ ${text}` : text;
}

/** Orders problems by file, then line, so the report reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
	);
}

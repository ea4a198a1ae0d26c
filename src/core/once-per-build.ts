const answers = new Map<string, Promise<unknown>>();

/**
 * One answer per build for what every page asks: each `getCollection()` call resolves every entry
 * of the collection again, so a site of 10,000 entries whose pages each read the collections did
 * 10,000 × 10,000 entries' work. `astro build` renders all pages in one process over content that
 * no longer changes; `astro dev`, where content changes, always loads afresh. The answers are
 * shared: callers copy before sorting or changing them.
 */
export function oncePerBuild<T>(key: string, load: () => Promise<T>): Promise<T> {
	if (!import.meta.env.PROD) return load();
	let answer = answers.get(key) as Promise<T> | undefined;
	if (!answer) {
		answer = load();
		answers.set(key, answer);
	}
	return answer;
}

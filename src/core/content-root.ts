import path from 'node:path';

/**
 * The folder holding the site's content. A district that forks the project replaces `content/`;
 * `CONTENT_DIR` points a build (or a test) at another folder without touching the code.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
	return path.resolve(env['CONTENT_DIR'] ?? 'content');
}

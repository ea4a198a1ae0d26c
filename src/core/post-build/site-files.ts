import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under a build folder, as paths relative to it with forward slashes. */
export function listSiteFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((dirent) => dirent.isFile())
		.map((dirent) =>
			path.relative(dir, path.join(dirent.parentPath, dirent.name)).split(path.sep).join('/'),
		)
		.sort();
}

/**
 * The built file (relative to the build folder) that an absolute URL of the site names — a
 * folder's URL names its `index.html` — or undefined for a URL outside the site's origin and
 * base path.
 */
export function siteFileOfUrl(
	url: string,
	site: { siteUrl: string; basePath: string },
): string | undefined {
	if (!URL.canParse(url)) return undefined;
	const target = new URL(url);
	if (target.origin !== new URL(site.siteUrl).origin) return undefined;
	if (!target.pathname.startsWith(site.basePath)) return undefined;
	const file = decodeURIComponent(target.pathname.slice(site.basePath.length));
	return file === '' || file.endsWith('/') ? `${file}index.html` : file;
}

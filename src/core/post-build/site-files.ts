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

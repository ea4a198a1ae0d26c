import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.webp': 'image/webp',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.xml': 'application/xml',
};

export interface RunningServer {
	/** Origin plus base path, ending with a slash, e.g. `http://127.0.0.1:4000/sub/`. */
	url: string;
	close: () => Promise<void>;
}

/** Extra response headers, e.g. a Content-Security-Policy, chosen per requested path. */
export type HeadersFor = (pathname: string) => Record<string, string>;

/** A compression the server sends from the build's precompressed files, like nginx `*_static`. */
export type StaticEncoding = 'br' | 'gzip';

export interface ServeOptions {
	/**
	 * Send `name.br` / `name.gz` beside a file, in this order of preference, when the browser
	 * accepts it (nginx `brotli_static`, `gzip_static`). None by default: files are sent as built.
	 */
	encodings?: StaticEncoding[];
	/** Told of every answer: the path asked for and the bytes of the body sent. */
	onSent?: (pathname: string, bytes: number) => void;
	/**
	 * Other builds served beside the first on the same host, each under its own path (a portal's
	 * district sites: `{ path: '/fengxiang/', root: … }`); their 404 page is their own.
	 */
	mounts?: { path: string; root: string }[];
}

const SUFFIX: Record<StaticEncoding, string> = { br: '.br', gzip: '.gz' };

/**
 * Serves a built `dist/` on localhost under a base path, the way a static host does: folders get
 * their index.html, anything else outside the files gets 404.html with status 404.
 */
export async function serveStatic(
	root: string,
	basePath = '/',
	headers: HeadersFor = () => ({}),
	{ encodings = [], onSent, mounts = [] }: ServeOptions = {},
): Promise<RunningServer> {
	const clean = (folder: string) => `/${folder.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
	const base = clean(basePath);
	// The longest path first, so that a mount inside the main build's path wins.
	const builds = [
		...mounts.map((mount) => ({ base: clean(mount.path), root: mount.root })),
		{ base, root },
	].sort((a, b) => b.base.length - a.base.length);
	const server: Server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const build = builds.find((candidate) => pathname.startsWith(candidate.base)) ?? { base, root };
		let file: string | undefined;
		if (pathname.startsWith(build.base)) {
			const candidate = path.join(build.root, pathname.slice(build.base.length));
			if (candidate.startsWith(build.root) && existsSync(candidate)) {
				file = statSync(candidate).isDirectory() ? path.join(candidate, 'index.html') : candidate;
				if (!existsSync(file)) file = undefined;
			}
		}
		const status = file ? 200 : 404;
		const served = file ?? path.join(build.root, '404.html');
		const accepted = String(request.headers['accept-encoding'] ?? '');
		const encoding = encodings.find(
			(name) => new RegExp(`\\b${name}\\b`).test(accepted) && existsSync(served + SUFFIX[name]),
		);
		const body = encoding ? served + SUFFIX[encoding] : served;
		response.writeHead(status, {
			'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
			...(encoding ? { 'content-encoding': encoding, vary: 'Accept-Encoding' } : {}),
			...headers(pathname),
		});
		onSent?.(pathname, statSync(body).size);
		createReadStream(body).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

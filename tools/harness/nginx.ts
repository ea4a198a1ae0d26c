import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	chmodSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from './build-site.ts';

/** The sub-path the sample nginx configuration serves the site under. */
export const NGINX_BASE_PATH = '/tongzhan/';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

async function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export interface RunningNginx {
	/** The site's URL, ending with the base path. */
	url: string;
	stop: () => Promise<void>;
}

/**
 * Runs real nginx with a site configuration (one of deploy/*.conf with its port and root folders
 * already changed) from `work`, and waits until it answers at `basePath`.
 */
async function runNginx(work: string, site: string, port: number, basePath: string) {
	writeFileSync(path.join(work, 'site.conf'), site);
	writeFileSync(
		path.join(work, 'nginx.conf'),
		`${existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};\n` : ''}daemon off;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path ${work}/body;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  include ${work}/site.conf;
}
`,
	);
	const config = path.join(work, 'nginx.conf');
	const test = spawnSync('nginx', ['-t', '-c', config, '-e', `${work}/error.log`], {
		encoding: 'utf8',
	});
	if (test.status !== 0) throw new Error(`nginx refused the sample configuration:\n${test.stderr}`);
	const nginx: ChildProcess = spawn('nginx', ['-c', config, '-e', `${work}/error.log`], {
		stdio: 'ignore',
	});
	const url = `http://127.0.0.1:${port}${basePath}`;
	for (let attempt = 0; attempt < 50; attempt += 1) {
		try {
			await fetch(url);
			break;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	return {
		url,
		stop: async () => {
			nginx.kill('SIGQUIT');
			await new Promise((resolve) => nginx.once('exit', resolve));
			rmSync(work, { recursive: true, force: true });
		},
	};
}

function workFolder(): string {
	const work = mkdtempSync(path.join(tmpdir(), 'tongxin-nginx-'));
	// nginx's workers run as an unprivileged user, who must be able to read the site.
	chmodSync(work, 0o755);
	return work;
}

/**
 * Serves a build made with BASE_PATH=/tongzhan/ through real nginx, using the project's sample
 * configuration (deploy/nginx.conf) with only the port and the root folder changed — so the tests
 * prove the configuration operators copy.
 */
export async function startNginx(dist: string): Promise<RunningNginx> {
	const work = workFolder();
	symlinkSync(dist, path.join(work, NGINX_BASE_PATH.replaceAll('/', '')));
	const port = await freePort();
	const site = readFileSync(path.join(PROJECT_ROOT, 'deploy/nginx.conf'), 'utf8')
		.replace(/listen 80;/, `listen 127.0.0.1:${port};`)
		.replace(/root \/srv\/tongxin;/, `root ${work};`);
	return runNginx(work, site, port, NGINX_BASE_PATH);
}

/**
 * Serves a portal and its district sites through real nginx with the portal's sample
 * configuration (deploy/nginx-portal.conf), only the port and the two root folders changed:
 * the portal's build and each district's build (by its path name, e.g. `fengxiang`). The
 * returned URL is the portal's.
 */
export async function startPortalNginx(
	portal: string,
	districts: Record<string, string>,
): Promise<RunningNginx> {
	const work = workFolder();
	symlinkSync(portal, path.join(work, 'portal'));
	mkdirSync(path.join(work, 'districts'));
	for (const [name, dist] of Object.entries(districts)) {
		symlinkSync(dist, path.join(work, 'districts', name));
	}
	const port = await freePort();
	const site = readFileSync(path.join(PROJECT_ROOT, 'deploy/nginx-portal.conf'), 'utf8')
		.replace(/listen 80;/, `listen 127.0.0.1:${port};`)
		.replace(/root \/srv\/tongxin\/portal;/, `root ${work}/portal;`)
		.replace(/root \/srv\/tongxin\/districts;/, `root ${work}/districts;`);
	return runNginx(work, site, port, '/');
}

/**
 * `npm run edit`: the editors' workbench. Starts Astro's dev server (the live preview of the site)
 * with the CMS at `/admin/` and its local backend in the same server, prints the one address to
 * open, and stops all of it on Ctrl-C. Nothing is fetched from another host, and the build is not
 * changed: the workbench exists only inside this command.
 */
import { fileURLToPath } from 'node:url';
import { dev } from 'astro';
import { adminPaths } from '../src/features/workbench/admin-page.ts';
import { workbench } from '../src/features/workbench/integration.ts';
import { workbenchHelpers } from '../src/features/workbench/workbench-helpers.ts';
import { collectionSchemas } from '../src/site/collections.ts';
import { contentModel } from '../src/site/content-rules.ts';
import { commandSettings } from './lib/settings.ts';

// The preview is the staff's view (the intranet profile) unless the operator asks for another:
// an editor has to see the entry they are writing, and a new entry has not been reviewed yet, so
// the public profile would hold it back.
process.env['SITE_PROFILE'] ??= 'intranet';
const settings = commandSettings();
// The intranet has no internet: no telemetry and no update check from the dev server.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
process.env['ASTRO_DISABLE_UPDATE_CHECK'] = 'true';
// A development server, whatever the shell says (a test runner sets NODE_ENV=test, which turns off
// the dev server's reading of changed content files).
process.env['NODE_ENV'] = 'development';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await dev({
	root,
	logLevel: 'warn',
	server: { host: '127.0.0.1', port: settings.workbenchPort },
	integrations: [
		workbench({
			root: settings.contentDir,
			basePath: settings.basePath,
			schemas: collectionSchemas(workbenchHelpers),
			model: contentModel,
		}),
	],
});

const port = server.address.port;
const address = `http://127.0.0.1:${port}${adminPaths(settings.basePath).page}`;
console.log(`编辑工作台已启动：${address}`);
console.log('用浏览器打开上面的地址。保存的内容直接写进 content/ 里的文件；按 Ctrl-C 关闭工作台。');
if (port !== settings.workbenchPort) {
	console.log(`（端口 ${settings.workbenchPort} 已被占用，改用 ${port}。）`);
}

let stopping = false;
async function stop() {
	if (stopping) return;
	stopping = true;
	await server.stop();
	console.log('编辑工作台已关闭。');
	process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

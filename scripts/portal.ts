/**
 * `npm run portal -- [--config portal/portal.yaml] [--out dist-portal] [--site origin] [--base /]
 * [--strict] [district build …]`: builds a city's portal over the published builds of its
 * district sites. It reads only what each district build published (its `dist/` folder or its
 * files on a web server: `build-info.json`, `data/summary.json`, `data/sites.json`, the search
 * index's entry), never a district's content. A district build it cannot merge is reported and
 * left out; the portal is built with the others (unless `--strict`). Like `npm run build`, it
 * writes to a temporary folder, runs the checks, and only then replaces the output folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as astroBuild } from 'astro';
import { formatProblem } from '../src/core/content-check/problem.ts';
import { siteIdentitySchema } from '../src/core/schemas/site-identity.ts';
import {
	discardFolder,
	partialFolderOf,
	replaceFolder,
} from '../src/core/post-build/output-folder.ts';
import { portalIntegration } from '../src/features/portal/integration.ts';
import { PORTAL_FOLDERS } from '../src/features/portal/portal-paths.ts';
import { parsePortalArgs, type PortalArgs } from '../src/features/portal/portal-args.ts';
import { assemblePortal, cleanBase } from '../src/features/portal/portal-model.ts';
import { publishedFiles } from '../src/features/portal/published-files.ts';
import { readDistrict } from '../src/features/portal/read-district.ts';
import { readPortalSettings } from '../src/features/portal/read-settings.ts';
import { formatNotice } from '../src/features/portal/report.ts';
import { buildInfo } from '../src/features/publishing/build-info.ts';
import { readSettings } from '../src/core/settings.ts';
import { portalPostBuildSteps } from '../src/site/portal-post-build-steps.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../', import.meta.url));

function stop(message: string): never {
	console.error(`\n门户构建已停止：${message}`);
	process.exit(1);
}

let args: PortalArgs;
try {
	args = parsePortalArgs(process.argv.slice(2));
} catch (error) {
	stop((error as Error).message);
}

const configFile = path.resolve(args.config);
let configText: string;
try {
	configText = readFileSync(configFile, 'utf8');
} catch {
	stop(
		`找不到门户设置文件 ${args.config}。用 --config 指定它，或参照 portal/portal.yaml 新建一个。`,
	);
}
const settingsName = path.relative(process.cwd(), configFile);
const { settings, problems } = readPortalSettings(path.basename(configFile), configText);
if (!settings) {
	for (const problem of problems) {
		console.error(formatProblem(problem, path.dirname(settingsName) || '.'));
	}
	stop(`门户设置中有 ${problems.length} 个问题（见上）。`);
}

// Sources on the command line are relative to where the command runs; in the settings, to the file.
const sources = args.sources.length > 0 ? args.sources : settings.districts.map((d) => d.source);
const sourceBase = args.sources.length > 0 ? process.cwd() : path.dirname(configFile);
const readings = await Promise.all(
	sources.map((source) => readDistrict(publishedFiles(source, sourceBase))),
);

const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
	name: string;
	version: string;
};
// The Pagefind that indexes the portal; its search code loads every merged index.
const searchVersion = (
	JSON.parse(
		readFileSync(path.join(PROJECT_ROOT, 'node_modules/pagefind/package.json'), 'utf8'),
	) as {
		version: string;
	}
).version;
const model = assemblePortal({
	site: siteIdentitySchema.parse(settings),
	region: settings.region,
	readings,
	expected: {
		version: pkg.version,
		searchVersion,
		base: args.base,
		origin: new URL(args.site).origin,
		reservedFolders: PORTAL_FOLDERS,
	},
});

for (const district of model.districts) {
	console.log(
		`✓ 收录 ${district.name}（${district.base}，${district.sites.length} 个站点，构建于 ${district.builtAt.slice(0, 10)}）`,
	);
}
for (const notice of model.notices) console.warn(formatNotice(notice));
if (args.strict && model.notices.length > 0) {
	stop(`有 ${model.notices.length} 个区县网站的问题（见上），按 --strict 的要求不生成门户。`);
}
if (model.districts.length === 0) {
	stop('没有一个区县网站可以汇集（见上）。请先构建各区县的公开版网站，再生成门户。');
}

const outDir = path.resolve(args.out);
const partial = partialFolderOf(outDir);
discardFolder(partial);
let stageStarted = performance.now();
const stageDone = () => {
	const seconds = ((performance.now() - stageStarted) / 1000).toFixed(1);
	stageStarted = performance.now();
	return seconds;
};
try {
	// The portal is a second Astro site in this project. Its root is a folder of its own, so that
	// Astro's generated types and content modules (`<root>/.astro/`) never replace the district
	// site's; everything else is the project's: the district site's Astro settings (CSP-safe
	// scripts, trailing slashes, no prefetch…), `public/`, with the portal's own pages and model.
	const root = path.join(PROJECT_ROOT, '.tmp', 'portal-root');
	mkdirSync(root, { recursive: true });
	await astroBuild({
		root,
		configFile: path.relative(root, path.join(PROJECT_ROOT, 'astro.config.mjs')),
		srcDir: path.join(PROJECT_ROOT, 'src/portal'),
		publicDir: path.join(PROJECT_ROOT, 'public'),
		outDir: partial,
		cacheDir: path.join(PROJECT_ROOT, 'node_modules/.astro/portal'),
		site: args.site,
		base: cleanBase(args.base),
		integrations: [portalIntegration(model)],
		logLevel: 'warn',
	});
} catch (error) {
	discardFolder(partial);
	console.error(error);
	stop('Astro 构建失败（见上）。原来的门户文件没有改动。');
}
console.log(`✓ Astro 构建（${stageDone()} 秒）`);

// The portal's own settings, checked like a district build's (its origin and path come from the
// command line or portal.yaml, not the environment).
const portalSettings = readSettings({
	SITE_PROFILE: 'public',
	SITE_URL: new URL(args.site).origin,
	BASE_PATH: cleanBase(args.base),
	OUT_DIR: args.out,
});
const info = buildInfo(pkg, portalSettings, new Date(), 'portal');
writeFileSync(path.join(partial, 'build-info.json'), `${JSON.stringify(info, null, 2)}\n`);

for (const step of portalPostBuildSteps(model.districts.map((district) => district.base))) {
	const stepProblems = await step.run({ dir: partial, settings: portalSettings });
	const seconds = stageDone();
	if (stepProblems.length > 0) {
		for (const problem of stepProblems) {
			console.error(`${path.basename(outDir)}/${problem.file}  ${problem.message}`);
		}
		discardFolder(partial);
		stop(`${step.name}发现 ${stepProblems.length} 个问题（见上）。原来的门户文件没有改动。`);
	}
	console.log(`✓ ${step.name}（${seconds} 秒）`);
}

replaceFolder(partial, outDir);
console.log(
	`✓ 门户已写入 ${path.relative(process.cwd(), outDir) || '.'}/：${model.districts.length} 个区县${
		model.notices.some((notice) => notice.skipped)
			? `，${model.notices.filter((notice) => notice.skipped).length} 个未收录（见上）`
			: ''
	}`,
);

/**
 * `npm run lighthouse`: Lighthouse (mobile preset) on the home page, a site page, a template page
 * and a story page of the sample site, built for a sub-path and served by nginx with the project's
 * sample configuration (the CSP header, precompressed files), in Debian's Chromium with no network
 * but localhost. Prints the four scores per page and writes the full reports to .tmp/lighthouse/.
 * Exits with 1 when a score is under 95. Not part of `npm test`: scores move with machine load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {
	formatScoreTable,
	meetsGoal,
	scoresOf,
	type PageScores,
} from './bench/lighthouse-scores.ts';
import { CHROMIUM_PATH, OFFLINE_CHROMIUM_FLAGS } from './harness/browser.ts';
import { buildSite } from './harness/build-site.ts';
import { NGINX_BASE_PATH, startNginx } from './harness/nginx.ts';

const PAGES = [
	{ label: 'home', path: '' },
	{ label: 'site (center)', path: 'centers/liulin/' },
	{ label: 'template (system)', path: 'systems/responsibility-345/' },
	{ label: 'story', path: 'cases/five-steps-tiannan/' },
];
const REPORTS = path.resolve('.tmp', 'lighthouse');

console.log('构建示例站点（子路径 /tongzhan/）……');
const build = buildSite('lighthouse', {
	BASE_PATH: NGINX_BASE_PATH,
	SITE_URL: 'https://tongzhan.example.gov.cn',
});
if (build.status !== 0) {
	console.error(build.output.slice(-3000));
	process.exit(1);
}
const nginx = await startNginx(build.outDir);
const chrome = await launch({
	chromePath: CHROMIUM_PATH,
	chromeFlags: ['--headless=new', '--disable-dev-shm-usage', ...OFFLINE_CHROMIUM_FLAGS],
});
const results: PageScores[] = [];
try {
	mkdirSync(REPORTS, { recursive: true });
	for (const page of PAGES) {
		const run = await lighthouse(`${nginx.url}${page.path}`, {
			port: chrome.port,
			output: 'html',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		});
		if (!run) throw new Error(`Lighthouse 没有返回 ${page.path} 的结果`);
		if (run.lhr.runtimeError) throw new Error(`${page.path}：${run.lhr.runtimeError.message}`);
		const name = page.path.replaceAll('/', '-').replace(/-$/, '') || 'home';
		writeFileSync(path.join(REPORTS, `${name}.html`), String(run.report));
		writeFileSync(path.join(REPORTS, `${name}.json`), JSON.stringify(run.lhr, null, 2));
		results.push(scoresOf(`${page.label}: /${page.path}`, run.lhr));
	}
} finally {
	chrome.kill();
	await nginx.stop();
}
console.log(`\nLighthouse ${'(mobile)'}\n\n${formatScoreTable(results)}\n`);
for (const result of results) {
	if (result.failed.length > 0) console.log(`${result.page} 失分项：${result.failed.join('；')}`);
}
console.log(`\n完整报告：${path.relative(process.cwd(), REPORTS)}/`);
process.exit(meetsGoal(results) ? 0 : 1);

/**
 * The editors' workbench (`npm run edit`) in Chromium, used as an editor would: on a copy of the
 * sample content, the admin page loads with no request to another host, a new 同心实践站 made
 * through the form lands in content/stations/ with a pinyin slug and passes `npm run check`, an
 * edit of one field changes that field's line only, and a resident ID number in a summary is
 * reported in the workbench with the personal-data guard's Chinese message.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { idCheckCharacter } from '../../src/features/publishing/personal-data.ts';
import { siteInBrowser } from '../helpers/site-browser.ts';
import { operatorEnvironment, PROJECT_ROOT } from '../../tools/harness/build-site.ts';
import { copyContent, SAMPLE_CONTENT, type FixtureCopy } from '../helpers/fixture-content.ts';

const EDITOR_TIMEOUT = 240_000;
const SAMPLE_PICTURE = path.join(SAMPLE_CONTENT, 'images', 'stations', 'tiannan-village.webp');

let content: FixtureCopy;
let workbench: ChildProcess;
let address: string;
let output = '';
/** A picture as an editor has it on the desktop, under a name no entry uses yet. */
let upload: string;

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/** Starts `npm run edit` and waits for the one address it prints. */
async function startWorkbench(env: Record<string, string>): Promise<string> {
	workbench = spawn('npm', ['run', 'edit', '--silent'], {
		cwd: PROJECT_ROOT,
		// Astro's dev server serves no page when it sees VITEST, as it expects to run inside Vitest then.
		env: operatorEnvironment(env),
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`no address printed:\n${output}`)), 240_000);
		const read = (chunk: Buffer) => {
			output += chunk.toString();
			const match = /编辑工作台已启动：(http:\/\/\S+)/.exec(output);
			if (match?.[1]) {
				clearTimeout(timer);
				resolve(match[1]);
			}
		};
		workbench.stdout?.on('data', read);
		workbench.stderr?.on('data', read);
		workbench.on('exit', (code) => reject(new Error(`npm run edit exited ${code}:\n${output}`)));
	});
}

/** `npm run edit` on a copy of the sample content, as an editor starts it. */
const served = siteInBrowser(async () => {
	content = copyContent(SAMPLE_CONTENT);
	upload = path.join(mkdtempSync(path.join(tmpdir(), 'tongxin-upload-')), 'tianbei-cover.webp');
	copyFileSync(SAMPLE_PICTURE, upload);
	address = await startWorkbench({
		CONTENT_DIR: content.root,
		WORKBENCH_PORT: String(await freePort()),
	});
	return {
		url: address,
		close: () => {
			// Ctrl-C: the interrupt goes to the whole process group, as a terminal sends it.
			if (workbench?.pid) process.kill(-workbench.pid, 'SIGINT');
			content?.dispose();
			return Promise.resolve();
		},
	};
});

/** A fresh page on the workbench, and every request the page and its frames make. */
async function openWorkbench(
	hash = '',
): Promise<{ page: Page; context: BrowserContext; requests: string[] }> {
	const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	const page = await context.newPage();
	await page.goto(`${address}${hash}`);
	return { page, context, requests };
}

/** Picks an option in one of the CMS's select or relation boxes by typing part of it. */
async function pick(page: Page, label: string, typed: string, option: string | RegExp = typed) {
	const box = page.getByRole('combobox', { name: label, exact: true });
	await box.click();
	await box.pressSequentially(typed);
	await page.getByRole('option', { name: option }).first().click();
}

/** Publishes the entry open in the editor and waits for the workbench's check of it. */
async function publish(page: Page) {
	await page.getByRole('button', { name: '发布', exact: true }).click();
	await page.getByRole('menuitem', { name: '立即发布' }).click();
	return page.getByRole('region', { name: /^内容检查/ });
}

describe('npm run edit', () => {
	it(
		'prints one address and serves the CMS in Chinese with no request to another host',
		async () => {
			expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/admin\/$/);
			expect(output.match(/https?:\/\//g)).toHaveLength(1);
			const { page, context, requests } = await openWorkbench();
			await expect
				.poll(() => page.getByRole('link', { name: '同心实践站' }).count(), { timeout: 120_000 })
				.toBeGreaterThan(0);
			await page.getByRole('link', { name: '同心实践站' }).first().click();
			await page
				.getByRole('link', { name: /田家庄镇田南村同心实践站/ })
				.first()
				.waitFor();
			// The CMS's own words are Chinese too (its zh_Hans locale).
			await expect.poll(() => page.getByRole('button', { name: '排序' }).count()).toBe(1);
			const origin = new URL(address).origin;
			expect(requests.length).toBeGreaterThan(3);
			expect(
				requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:')),
			).toEqual([]);
			expect(requests).toContain(`${origin}/admin/decap/decap-cms.js`);
			await context.close();
		},
		EDITOR_TIMEOUT,
	);

	it(
		'creates a 同心实践站 through the form: a pinyin file that passes npm run check and renders',
		async () => {
			const { page, context } = await openWorkbench('#/collections/stations/new');
			const name = page.getByRole('textbox', { name: '名称', exact: true });
			await name.waitFor({ timeout: 120_000 });
			await name.fill('田北村同心实践站');
			await pick(page, '所属区域', '田北村');
			await pick(page, '领域', '镇村');
			await pick(page, '级别', '村级');
			await pick(page, '承建单位类型', '村（社区）');
			await pick(page, '指导中心 (可选)', '田家庄', /田家庄镇同心实践中心/);
			await page.getByRole('textbox', { name: '建立日期', exact: true }).fill('2023-05-01');
			await page
				.getByRole('textbox', { name: '简介', exact: true })
				.fill('田北村的同心实践站，请乡贤回村议事。');
			await page.getByRole('button', { name: '选择图片' }).first().click();
			await page.getByRole('dialog').locator('input[type="file"]').setInputFiles(upload);
			await page.getByRole('button', { name: '选用已选中项目' }).click();
			await page.getByRole('textbox', { name: '封面图说明 (可选)' }).fill('田北村实践站外景');
			const check = await publish(page);
			await expect.poll(() => check.textContent(), { timeout: 60_000 }).toContain('内容检查通过');

			const file = path.join(content.root, 'stations', 'tian-bei-cun.md');
			expect(existsSync(file)).toBe(true);
			const text = readFileSync(file, 'utf8');
			expect(text).toMatch(/^slug: tian-bei-cun$/m);
			expect(text).toMatch(/^region: "610305104201"$/m);
			expect(text).toMatch(/^center: tianjiazhuang$/m);
			expect(text).toMatch(/^established: 2023-05-01$/m);
			expect(text).toContain('src: ../images/stations/tianbei-cover.webp');
			expect(existsSync(path.join(content.root, 'images', 'stations', 'tianbei-cover.webp'))).toBe(
				true,
			);
			const checked = spawnSync('npm', ['run', 'check', '--silent'], {
				cwd: PROJECT_ROOT,
				env: operatorEnvironment({ CONTENT_DIR: content.root }),
				encoding: 'utf8',
			});
			expect(checked.stdout + checked.stderr).toContain('内容检查通过');
			expect(checked.status).toBe(0);

			// The preview pane shows the entry's page on the dev server, as a reader sees it.
			const pagePath = `${new URL(address).origin}/stations/tian-bei-cun/`;
			const previewFrame = () => page.frames().find((frame) => frame.url() === pagePath);
			await expect.poll(() => previewFrame() !== undefined, { timeout: 60_000 }).toBe(true);
			await expect
				.poll(
					() =>
						previewFrame()?.getByRole('heading', { level: 1, name: '田北村同心实践站' }).count(),
					{ timeout: 60_000 },
				)
				.toBe(1);
			await context.close();
		},
		EDITOR_TIMEOUT,
	);

	it(
		'changes only the line of the field an editor edits',
		async () => {
			const before = content.read('stations/tiannan-village.md');
			const { page, context } = await openWorkbench(
				'#/collections/stations/entries/tiannan-village',
			);
			const hours = page.getByRole('textbox', { name: '开放时间 (可选)' });
			await expect
				.poll(() => hours.inputValue(), { timeout: 120_000 })
				.toBe('周一至周五 9:00—17:00');
			await hours.fill('周一至周六 9:00—17:00');
			const check = await publish(page);
			await expect.poll(() => check.textContent(), { timeout: 60_000 }).toContain('内容检查通过');
			const after = content.read('stations/tiannan-village.md');
			const changed = after
				.split('\n')
				.map((line, index) => [before.split('\n')[index], line] as const)
				.filter(([old, line]) => old !== line);
			expect(after.split('\n')).toHaveLength(before.split('\n').length);
			expect(changed).toEqual([
				['openingHours: 周一至周五 9:00—17:00', 'openingHours: 周一至周六 9:00—17:00'],
			]);
			await context.close();
		},
		EDITOR_TIMEOUT,
	);

	it(
		'saves an entry with a resident ID number and shows the personal-data message for its field',
		async () => {
			const first17 = '61030519900101123';
			const id = `${first17}${idCheckCharacter(first17)}`;
			const { page, context } = await openWorkbench(
				'#/collections/stations/entries/zijing-village',
			);
			const summary = page.getByRole('textbox', { name: '简介', exact: true });
			await expect.poll(() => summary.inputValue(), { timeout: 120_000 }).toContain('紫荆');
			await summary.fill(`紫荆村实践站联系人的身份证号是 ${id}。`);
			const check = await publish(page);
			await expect.poll(() => check.textContent(), { timeout: 60_000 }).toContain('个问题');
			const panel = await check.innerText();
			expect(panel).toContain('内容检查：');
			expect(panel).toContain('简介（summary）');
			expect(panel).toMatch(/身份证号/);
			expect(panel).toContain('content/stations/zijing-village.md');
			// Saved as written: the build, not the workbench, refuses it.
			expect(content.read('stations/zijing-village.md')).toContain(id);
			await context.close();
		},
		EDITOR_TIMEOUT,
	);

	it('is not part of any build: the sample site has no /admin/ and no CMS code', () => {
		const site = inject('sampleSite');
		expect(existsSync(path.join(site, 'admin'))).toBe(false);
		const scripts = readdirSync(path.join(site, '_astro')).filter((file) => file.endsWith('.js'));
		for (const file of scripts) {
			expect(readFileSync(path.join(site, '_astro', file), 'utf8')).not.toContain('decap');
		}
	});
});

import { writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderFiles, webFiles } from '../../../src/features/portal/published-files.ts';
import { readDistrict } from '../../../src/features/portal/read-district.ts';
import { serveStatic } from '../../../tools/harness/static-server.ts';
import {
	buildsFolder,
	CHENCANG,
	FENGXIANG,
	writeDistrictBuild,
} from '../../helpers/district-builds.ts';

const folder = buildsFolder();
afterAll(folder.dispose);

describe('reading a published district build', () => {
	it('takes its build info, summary, sites and search version from a dist/ folder', async () => {
		const dir = writeDistrictBuild(folder.root, FENGXIANG);
		const reading = await readDistrict(folderFiles(dir));
		expect(reading.problem).toBeUndefined();
		expect(reading.build?.info).toMatchObject({
			version: '0.1.0',
			base: '/fengxiang/',
			kind: 'district',
		});
		expect(reading.build?.summary.district).toMatchObject({
			id: 'fengxiang',
			code: '610305',
			name: '凤翔区',
		});
		expect(reading.build?.sites).toHaveLength(1);
		expect(reading.build?.searchVersion).toBe('1.6.0');
	});

	it('reads the same files from the web server that publishes them', async () => {
		const dir = writeDistrictBuild(folder.root, { ...CHENCANG, id: 'chencang-web' });
		const server = await serveStatic(dir, '/chencang/');
		try {
			const reading = await readDistrict(webFiles(server.url));
			expect(reading.problem).toBeUndefined();
			expect(reading.build?.summary.district.name).toBe('陈仓区');
		} finally {
			await server.close();
		}
	});

	it('says, in Chinese, that a folder holds no build', async () => {
		const reading = await readDistrict(folderFiles(path.join(folder.root, 'nowhere')));
		expect(reading.build).toBeUndefined();
		expect(reading.problem).toMatch(/^找不到 build-info\.json：这里没有同心网站的构建结果/);
	});

	it('names the file and the field of a summary it cannot read', async () => {
		const dir = writeDistrictBuild(folder.root, { ...FENGXIANG, id: 'broken' });
		writeFileSync(
			path.join(dir, 'data/summary.json'),
			JSON.stringify({ format: 1, district: { id: 'x', name: '某区', shortName: '某' } }),
		);
		const reading = await readDistrict(folderFiles(dir));
		expect(reading.problem).toMatch(/^data\/summary\.json 的格式不符：字段 site：应为 object/);
	});

	it('tells a build of an older version, which has no summary, what to do', async () => {
		const dir = writeDistrictBuild(folder.root, { ...FENGXIANG, id: 'older' });
		rmSync(path.join(dir, 'data/summary.json'));
		const reading = await readDistrict(folderFiles(dir));
		expect(reading.problem).toContain('找不到 data/summary.json：该区县网站是用较早的版本构建的');
	});

	it('reads a build without a search index, saying it has none', async () => {
		const dir = writeDistrictBuild(folder.root, {
			...FENGXIANG,
			id: 'no-index',
			searchVersion: null,
		});
		const reading = await readDistrict(folderFiles(dir));
		expect(reading.problem).toBeUndefined();
		expect(reading.build?.searchVersion).toBeUndefined();
	});

	it('refuses JSON that is cut short', async () => {
		const dir = writeDistrictBuild(folder.root, { ...FENGXIANG, id: 'cut' });
		writeFileSync(path.join(dir, 'build-info.json'), '{"name": "tongxin", "vers');
		const reading = await readDistrict(folderFiles(dir));
		expect(reading.problem).toBe(
			'build-info.json 不是有效的 JSON，文件可能不完整。请重新构建该区县网站。',
		);
	});
});

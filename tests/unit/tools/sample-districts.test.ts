import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../../src/core/content-check/index.ts';
import {
	parseDivisions,
	SAMPLE_DISTRICT_CODES,
	SAMPLE_DISTRICTS,
} from '../../../tools/sample-districts/sample-district.ts';
import {
	readDivisions,
	writeSampleDistricts,
} from '../../../tools/sample-districts/write-districts.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';
import { contentModel } from '../../../src/site/content-rules.ts';

const out = mkdtempSync(path.join(tmpdir(), 'tongxin-sample-districts-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const folders = writeSampleDistricts({
	out,
	codes: SAMPLE_DISTRICT_CODES,
	contentDir: SAMPLE_CONTENT,
});

describe('the sample districts of 宝鸡市', () => {
	it('are the committed divisions of the city: 12 districts and counties, real codes', () => {
		const divisions = readDivisions();
		expect(divisions.filter((row) => row.level === 'district')).toHaveLength(12);
		expect(divisions.find((row) => row.code === '610304')?.name).toBe('陈仓区');
		expect(Object.keys(SAMPLE_DISTRICTS)).not.toContain('610305');
		expect(() => parseDivisions('id,name\n1,a')).toThrow(/header/);
	});

	it.each([...folders])('%s passes the content check with no problem', (_id, folder) => {
		const { problems } = checkContent(folder, contentModel);
		expect(problems).toEqual([]);
	});

	it('carry the district’s real towns and codes, and mark everything else as sample', () => {
		const folder = folders.get('chencang')!;
		const regions = parseYaml(readFileSync(path.join(folder, 'regions/regions.yaml'), 'utf8')) as {
			code: string;
			name: string;
			level: string;
			seat?: { approximate: boolean };
		}[];
		expect(regions[0]).toMatchObject({ code: '610304', name: '陈仓区', level: 'district' });
		expect(regions.filter((region) => region.level === 'town')).toHaveLength(18);
		expect(regions.slice(1).every((region) => region.seat?.approximate)).toBe(true);
		const site = parseYaml(readFileSync(path.join(folder, 'site.yaml'), 'utf8')) as {
			sampleNotice: string;
		};
		expect(site.sampleNotice).toMatch(/全部是为演示生成的示例数据/);
		const center = readFileSync(path.join(folder, 'centers/guo-zhen.md'), 'utf8');
		expect(center).toContain('name: 虢镇街道同心实践中心');
		expect(center).toContain('sample: true');
	});

	it('grow to the size asked for, in the sample’s mix', () => {
		const big = writeSampleDistricts({
			out: path.join(out, 'big'),
			codes: ['610323'],
			contentDir: SAMPLE_CONTENT,
			entries: 400,
		});
		const { problems, counts } = checkContent(big.get('qishan')!, contentModel);
		expect(problems).toEqual([]);
		// 13 % centers, 16 % stations, 20 % bases, 8 % platforms, 35 % systems, 8 % stories.
		expect(counts).toMatchObject({
			centers: 52,
			stations: 64,
			bases: 80,
			platforms: 32,
			systems: 140,
			cases: 32,
		});
	});
});

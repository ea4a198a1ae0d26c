import { describe, expect, it } from 'vitest';
import { parsePortalArgs } from '../../../src/features/portal/portal-args.ts';
import { readPortalSettings } from '../../../src/features/portal/read-settings.ts';
import { formatNotice } from '../../../src/features/portal/report.ts';

describe('npm run portal’s command line', () => {
	it('has defaults for everything', () => {
		expect(parsePortalArgs([])).toEqual({
			config: 'portal/portal.yaml',
			out: 'dist-portal',
			site: 'http://localhost:4321',
			base: '/',
			strict: false,
			sources: [],
		});
	});

	it('takes options and district builds in any order', () => {
		expect(
			parsePortalArgs([
				'../fx/dist',
				'--strict',
				'--site',
				'https://a.example',
				'https://a.example/cc/',
			]),
		).toMatchObject({
			strict: true,
			site: 'https://a.example',
			sources: ['../fx/dist', 'https://a.example/cc/'],
		});
	});

	it('explains an unknown option, a missing value and a bad address in Chinese', () => {
		expect(() => parsePortalArgs(['--outdir', 'x'])).toThrow(/^不认识的选项 --outdir。可用的选项/);
		expect(() => parsePortalArgs(['--out'])).toThrow('选项 --out 后面要写一个值。');
		expect(() => parsePortalArgs(['--site', 'tongzhan.gov.cn'])).toThrow(/^--site 应为完整网址/);
	});
});

describe('the portal’s settings file', () => {
	const good = [
		'title: 同心宝鸡',
		'description: 宝鸡市统战工作门户。',
		'organisation: 中共宝鸡市委统战部',
		'region: { name: 宝鸡市, code: "6103" }',
		'districts:',
		'  - source: ../builds/fengxiang',
	].join('\n');

	it('reads the identity, the region and the district builds', () => {
		const { settings, problems } = readPortalSettings('portal.yaml', good);
		expect(problems).toEqual([]);
		expect(settings).toMatchObject({
			title: '同心宝鸡',
			sampleNotice: true,
			region: { code: '6103' },
		});
		expect(settings?.districts).toEqual([{ source: '../builds/fengxiang' }]);
	});

	it('names the line and field of each mistake', () => {
		const { settings, problems } = readPortalSettings(
			'portal.yaml',
			good
				.replace('code: "6103"', 'code: "61030"')
				.replace('  - source: ../builds/fengxiang', '  - source: ""'),
		);
		expect(settings).toBeUndefined();
		expect(problems).toEqual([
			{
				file: 'portal.yaml',
				line: 4,
				field: 'region.code',
				message: '区划代码应为 2 位（省）或 4 位（市）数字',
			},
			{ file: 'portal.yaml', line: 6, field: 'districts[0].source', message: '不能为空' },
		]);
	});
});

describe('the report of a district build', () => {
	it('says whether it was left out or only warned about', () => {
		expect(
			formatNotice({ source: 'a/dist', district: '凤翔区', skipped: true, message: '原因。' }),
		).toBe('✗ 未收录 凤翔区（a/dist）：原因。');
		expect(formatNotice({ source: 'a/dist', skipped: false, message: '提醒。' })).toBe(
			'⚠ a/dist：提醒。',
		);
	});
});

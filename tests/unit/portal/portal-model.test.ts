import { describe, expect, it } from 'vitest';
import {
	assemblePortal,
	cleanBase,
	pathConflict,
	pathOf,
	sharedFigures,
	type PortalExpectations,
} from '../../../src/features/portal/portal-model.ts';
import { PORTAL_FOLDERS } from '../../../src/features/portal/portal-paths.ts';
import type { DistrictReading } from '../../../src/features/portal/read-district.ts';
import { buildInfo } from '../../../src/features/publishing/build-info.ts';
import {
	CHENCANG,
	fakeSummary,
	FENGXIANG,
	type FakeDistrict,
} from '../../helpers/district-builds.ts';
import { siteIdentitySchema } from '../../../src/core/schemas/site-identity.ts';

const expected: PortalExpectations = {
	version: '0.1.0',
	searchVersion: '1.6.0',
	base: '/',
	origin: 'https://tongzhan.example.gov.cn',
	reservedFolders: PORTAL_FOLDERS,
};
const site = siteIdentitySchema.parse({
	title: '同心宝鸡',
	description: '宝鸡市统战工作门户。',
	organisation: '中共宝鸡市委统战部',
});

function reading(
	district: FakeDistrict,
	changes: Partial<ReturnType<typeof buildInfo>> = {},
	searchVersion: string | null = '1.6.0',
): DistrictReading {
	const source = `builds/${district.id}`;
	return {
		source,
		build: {
			source,
			info: {
				...buildInfo(
					{ name: 'tongxin', version: '0.1.0' },
					{
						profile: 'public',
						siteUrl: 'https://tongzhan.example.gov.cn',
						basePath: district.base,
					},
					new Date('2026-11-30T00:00:00Z'),
				),
				...changes,
			},
			summary: fakeSummary(district),
			sites: [
				{
					id: 'east-street',
					name: `${district.name}东街同心实践站`,
					type: 'stations',
					kind: '同心实践站',
					town: '城关镇',
					townCode: null,
					village: null,
					address: null,
					domains: ['enterprise'],
					domainLabels: ['企业'],
					lng: 107.4,
					lat: 34.5,
					approximate: true,
					url: `https://tongzhan.example.gov.cn${district.base}stations/east-street/`,
				},
			],
			searchVersion: searchVersion ?? undefined,
		},
	};
}

const figure = (id: string, value: number, extra = {}) => ({
	id,
	label: id === 'people' ? '统战成员数据台账人数' : '台账类别',
	value,
	unit: id === 'people' ? '名' : '类',
	asOf: new Date('2024-04-23T00:00:00Z'),
	group: '队伍建设',
	additive: id === 'people',
	sample: false,
	...extra,
});

describe('the portal model', () => {
	const model = assemblePortal({
		site,
		region: { name: '宝鸡市', code: '6103' },
		readings: [
			reading({ ...FENGXIANG, figures: [figure('people', 22176), figure('categories', 11)] }),
			reading({ ...CHENCANG, figures: [figure('people', 7000), figure('categories', 9)] }),
			{ source: 'builds/missing', problem: '找不到 build-info.json：这里没有同心网站的构建结果。' },
		],
		expected,
	});

	it('admits the districts it can read, ordered by division code', () => {
		expect(model.districts.map((district) => district.id)).toEqual(['chencang', 'fengxiang']);
		expect(model.totals).toMatchObject({ districts: 2, centers: 4, stations: 6, sites: 2 });
	});

	it('turns the districts’ links into paths on the portal’s host, and merges their indexes', () => {
		const [chencang] = model.districts;
		expect(chencang?.sites[0]).toMatchObject({
			path: '/chencang/stations/east-street/',
			district: '陈仓区',
			districtCode: '610304',
		});
		expect(chencang?.figures[0]?.path).toBe('/chencang/figures/#people');
		expect(chencang?.searchIndex).toBe('/chencang/pagefind/');
	});

	it('adds up a figure the districts share, but not one that does not add up', () => {
		const [people, categories] = model.sharedFigures;
		expect(people).toMatchObject({ id: 'people', total: 29176, unit: '名' });
		expect(people?.values.map((value) => value.district)).toEqual(['陈仓区', '凤翔区']);
		expect(categories).toMatchObject({ id: 'categories', total: undefined });
	});

	it('reports a missing build and still builds with the others', () => {
		expect(model.notices).toEqual([
			{
				source: 'builds/missing',
				skipped: true,
				message: '找不到 build-info.json：这里没有同心网站的构建结果。',
			},
		]);
	});
});

describe('what the portal leaves out, and why', () => {
	const noticesFor = (...readings: DistrictReading[]) =>
		assemblePortal({ site, region: { name: '宝鸡市' }, readings, expected });

	it('a build of another version, naming both versions', () => {
		const result = noticesFor(reading(FENGXIANG, { version: '0.0.9' }));
		expect(result.districts).toEqual([]);
		expect(result.notices[0]).toMatchObject({ district: '凤翔区', skipped: true });
		expect(result.notices[0]?.message).toContain('该区县网站是用同心 0.0.9 构建的，门户是 0.1.0');
	});

	it('an intranet build, whose internal content must not reach a public portal', () => {
		const result = noticesFor(reading(FENGXIANG, { profile: 'intranet' }));
		expect(result.districts).toEqual([]);
		expect(result.notices[0]?.message).toMatch(/^这是内网版/);
	});

	it('a build at the root of the host, or under one of the portal’s own folders', () => {
		expect(noticesFor(reading(FENGXIANG, { base: '/' })).notices[0]?.message).toContain(
			'BASE_PATH 是“/”',
		);
		expect(noticesFor(reading(FENGXIANG, { base: '/search/' })).notices[0]?.message).toContain(
			'与门户自己的栏目 /search/ 重名',
		);
	});

	it('the second of two builds under one path', () => {
		const result = noticesFor(
			reading(FENGXIANG),
			reading({ ...CHENCANG }, { base: '/fengxiang/' }),
		);
		expect(result.districts.map((district) => district.id)).toEqual(['fengxiang']);
		expect(result.notices[0]?.message).toContain('另一个区县网站已经部署在 /fengxiang/');
	});

	it('keeps a district whose index is missing or of another Pagefind, out of the search only', () => {
		const result = noticesFor(reading(FENGXIANG, {}, null), reading(CHENCANG, {}, '1.5.0'));
		expect(result.districts.map((district) => district.searchIndex)).toEqual([
			undefined,
			undefined,
		]);
		expect(result.notices.map((notice) => notice.skipped)).toEqual([false, false]);
		expect(result.notices[1]?.message).toContain('Pagefind 1.5.0');
	});

	it('warns about a district built for another host', () => {
		const result = noticesFor(reading(FENGXIANG, { site: 'https://fx.example.gov.cn' }));
		expect(result.districts).toHaveLength(1);
		expect(result.notices[0]?.message).toContain('是按 https://fx.example.gov.cn 构建的');
	});
});

describe('paths', () => {
	it('cleans base paths and reads paths out of absolute URLs', () => {
		expect(cleanBase('fengxiang')).toBe('/fengxiang/');
		expect(cleanBase('/')).toBe('/');
		expect(pathOf('https://a.example/fengxiang/figures/#people')).toBe(
			'/fengxiang/figures/#people',
		);
	});

	it('finds a district path that contains the portal’s', () => {
		expect(pathConflict('/city/', { base: '/city/portal/', reservedFolders: [] })).toContain(
			'包含了门户的路径',
		);
		expect(
			pathConflict('/city/fengxiang/', { base: '/city/', reservedFolders: ['map'] }),
		).toBeUndefined();
	});

	it('shares no figure reported by one district only, or in two units', () => {
		const [district] = assemblePortal({
			site,
			region: { name: '宝鸡市' },
			readings: [reading({ ...FENGXIANG, figures: [figure('people', 1)] })],
			expected,
		}).districts;
		expect(sharedFigures(district ? [district] : [])).toEqual([]);
		const other = district && {
			...district,
			id: 'b',
			figures: district.figures.map((f) => ({ ...f, unit: '人' })),
		};
		expect(district && other ? sharedFigures([district, other]) : ['?']).toEqual([]);
	});
});

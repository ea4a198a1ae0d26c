import { describe, expect, it } from 'vitest';
import { siteIdentitySchema } from '../../../src/core/schemas/site-identity.ts';
import { parsePage } from '../../../src/core/post-build/html.ts';
import { isDistrictLink } from '../../../src/features/portal/link-step.ts';
import { findBrokenLinks } from '../../../src/features/publishing/link-check.ts';
import { cityAsDistrict, dotsPath, sitesSvg } from '../../../src/features/portal/portal-map.ts';
import { assemblePortal } from '../../../src/features/portal/portal-model.ts';
import {
	cityCsvColumns,
	cityFeatureId,
	citySites,
} from '../../../src/features/portal/portal-open-data.ts';
import {
	caseCard,
	figuresPage,
	portalFeedItems,
	portalHome,
} from '../../../src/features/portal/portal-page.ts';
import { PORTAL_FOLDERS } from '../../../src/features/portal/portal-paths.ts';
import {
	districtOfUrl,
	indexesFor,
	mergedIndexes,
	orderedValues,
} from '../../../src/features/portal/portal-search.ts';
import { readDistrict } from '../../../src/features/portal/read-district.ts';
import { folderFiles } from '../../../src/features/portal/published-files.ts';
import { sitesCsv, sitesGeoJson } from '../../../src/features/map/open-data.ts';
import { afterAll } from 'vitest';
import {
	buildsFolder,
	CHENCANG,
	FENGXIANG,
	writeDistrictBuild,
} from '../../helpers/district-builds.ts';

const folder = buildsFolder();
afterAll(folder.dispose);
const story = (title: string, date: Date) => ({
	id: title,
	title,
	date,
	summary: `${title}的摘要。`,
	domains: ['民营经济'],
	towns: ['城关镇'],
	sample: true,
});
const readings = await Promise.all(
	[
		{
			...FENGXIANG,
			cases: [story('凤翔的故事', new Date('2024-03-01T00:00:00Z'))],
			sites: [{ id: 'same' }],
		},
		{
			...CHENCANG,
			cases: [story('陈仓的故事', new Date('2024-05-01T00:00:00Z'))],
			sites: [{ id: 'same', type: 'centers' as const, kind: '同心实践中心' }],
		},
	].map((district) => readDistrict(folderFiles(writeDistrictBuild(folder.root, district)))),
);
const model = assemblePortal({
	site: siteIdentitySchema.parse({
		title: '同心宝鸡',
		description: '门户。',
		organisation: '中共宝鸡市委统战部',
	}),
	region: { name: '宝鸡市' },
	readings,
	expected: {
		version: '0.1.0',
		searchVersion: '1.6.0',
		base: '/',
		origin: 'https://tongzhan.example.gov.cn',
		reservedFolders: PORTAL_FOLDERS,
	},
});

describe('the portal’s pages', () => {
	it('list the newest stories of every district first, with their district', () => {
		expect(model.latestCases.map((item) => item.title)).toEqual(['陈仓的故事', '凤翔的故事']);
		expect(caseCard(model.latestCases[0]!)).toEqual({
			href: '/chencang/cases/%E9%99%88%E4%BB%93%E7%9A%84%E6%95%85%E4%BA%8B/',
			title: '陈仓的故事',
			summary: '陈仓的故事的摘要。',
			meta: ['陈仓区', '2024年5月1日', '城关镇'],
		});
	});

	it('sum the districts’ counts on the home page and link each to the figures page', () => {
		const home = portalHome(model);
		expect(home.keyFigures.map((figure) => [figure.label, figure.value])).toEqual([
			['区县网站', 2],
			['同心实践中心', 4],
			['同心实践站', 6],
			['示范基地', 2],
			['案例故事', 2],
		]);
		expect(home.keyFigures[1]?.href).toBe('/figures/#count-centers');
		expect(home.districts.map((card) => card.href)).toEqual([
			'/districts/chencang/',
			'/districts/fengxiang/',
		]);
		const counts = figuresPage(model).countRows;
		expect(counts.at(-1)).toEqual({ label: '合计', values: [4, 6, 2, 2, 8, 2] });
	});

	it('give the feed absolute links into the district sites', () => {
		expect(portalFeedItems(model)[0]).toMatchObject({
			title: '陈仓的故事（陈仓区）',
			link: 'https://tongzhan.example.gov.cn/chencang/cases/%E9%99%88%E4%BB%93%E7%9A%84%E6%95%85%E4%BA%8B/',
			categories: ['陈仓区', '民营经济'],
		});
	});
});

describe('the portal’s open data', () => {
	const sites = citySites(model);

	it('names each site’s district in the first columns of the CSV', () => {
		const csv = sitesCsv(sites, cityCsvColumns).split('\r\n');
		expect(csv[0]).toBe(
			'\uFEFF区县,区县代码,编号,名称,类别,镇（园区）,村（社区）,地址,领域,经度,纬度,近似位置,网址',
		);
		expect(csv[1]).toMatch(/^陈仓区,610304,same,陈仓区站点1,同心实践中心,/);
		expect(csv[1]).toMatch(/,https:\/\/tongzhan\.example\.gov\.cn\/chencang\/stations\/same\/$/);
	});

	it('keeps the GeoJSON ids of two districts’ sites with one slug apart', () => {
		const features = (
			JSON.parse(sitesGeoJson(sites, cityFeatureId)) as {
				features: { id: string; properties: { district: string } }[];
			}
		).features;
		expect(features.map((feature) => feature.id)).toEqual([
			'chencang/centers/same',
			'fengxiang/stations/same',
		]);
		expect(features[0]?.properties.district).toBe('陈仓区');
	});
});

describe('the portal’s map', () => {
	it('draws the districts where a district map draws its towns', () => {
		const city = cityAsDistrict(model);
		expect(city.towns.map((town) => [town.name, town.href])).toEqual([
			['陈仓区', '/districts/chencang/'],
			['凤翔区', '/districts/fengxiang/'],
		]);
		expect(city.sites.map((site) => site.town?.id)).toEqual(['chencang', 'fengxiang']);
	});

	it('draws the sites as one short move per dot, bases in a turned frame', () => {
		expect(
			dotsPath([
				{ x: 10, y: 20 },
				{ x: 12.04, y: 19 },
			]),
		).toBe('m10 20h0m2 -1h0');
		expect(dotsPath([{ x: 1, y: 1 }], true)).toBe('m1.4 0h0');
		const svg = sitesSvg({ width: 100, height: 80 } as never, []);
		expect(svg).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 80" width="100" height="80" fill="none"></svg>\n',
		);
	});
});

describe('the portal’s search', () => {
	it('merges every district index that it can, filtered by the district’s name', () => {
		expect(mergedIndexes(model)).toEqual([
			{ path: '/chencang/pagefind/', filters: { district: '陈仓区' } },
			{ path: '/fengxiang/pagefind/', filters: { district: '凤翔区' } },
		]);
	});

	it('tells a result’s district by its address', () => {
		const districts = [
			{ name: '凤翔区', base: '/fengxiang/' },
			{ name: '凤翔区高新区', base: '/fengxiang/gaoxin/' },
		];
		expect(districtOfUrl('/fengxiang/centers/liulin/', districts)).toBe('凤翔区');
		expect(districtOfUrl('http://h/fengxiang/gaoxin/x/', districts)).toBe('凤翔区高新区');
		expect(districtOfUrl('/districts/fengxiang/', districts)).toBeUndefined();
	});

	it('offers filter values with the most results first', () => {
		expect(orderedValues({ 企业: 2, 学校: 5, 医院: 2 })).toEqual(['学校', '企业', '医院']);
	});
});

describe('the portal’s link check', () => {
	it('leaves the links into the district sites to them, and checks the rest', () => {
		const page = parsePage(
			'<a href="/fengxiang/centers/liulin/">x</a><a href="/map/">地图</a><a href="../nowhere/">y</a>',
		);
		const problems = findBrokenLinks(
			new Map([['districts/a/index.html', page]]),
			'/',
			{ files: new Set(['districts/a/index.html', 'map/index.html']), ids: new Map() },
			(url, file, base) => isDistrictLink(url, file, base, ['/fengxiang/']),
		);
		expect(problems).toEqual([
			{ file: 'districts/a/index.html', message: '链接 ../nowhere/ 指向的页面或文件不存在' },
		]);
		expect(isDistrictLink('../../chencang/', 'districts/a/index.html', '/', ['/chencang/'])).toBe(
			true,
		);
	});
});

describe('which district indexes a search needs', () => {
	const indexes = mergedIndexes(model);

	it('is every one without a district filter, and only the chosen one’s with it', () => {
		expect(indexesFor(indexes, {})).toEqual(indexes);
		expect(indexesFor(indexes, { district: [] })).toEqual(indexes);
		expect(indexesFor(indexes, { district: ['凤翔区'] })).toEqual([
			{ path: '/fengxiang/pagefind/', filters: { district: '凤翔区' } },
		]);
		expect(indexesFor(indexes, { kind: ['工作制度'] })).toEqual(indexes);
	});
});

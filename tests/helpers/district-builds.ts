/**
 * Published district builds for the portal's unit tests: the files a district build writes for a
 * portal (`build-info.json`, `data/summary.json`, `data/sites.json`, Pagefind's entry file), made
 * with the same functions the build uses, in a temporary folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sitesJson, type OpenSite } from '../../src/features/map/open-data.ts';
import { districtSummary, type SummaryInput } from '../../src/features/portal/district-summary.ts';
import { buildInfo, type BuildInfo } from '../../src/features/publishing/build-info.ts';

export interface FakeDistrict {
	id: string;
	code: string;
	name: string;
	base: string;
	site?: string;
	info?: Partial<BuildInfo>;
	/** Pagefind version of the index; `null` for a build without one. */
	searchVersion?: string | null;
	figures?: SummaryInput['figures'];
	cases?: SummaryInput['cases'];
	sites?: Partial<OpenSite>[];
}

export const PORTAL_VERSION = '0.1.0';
export const SEARCH_VERSION = '1.6.0';

/** The summary a district with these facts publishes. */
export function fakeSummary(district: FakeDistrict) {
	const origin = district.site ?? 'https://tongzhan.example.gov.cn';
	return districtSummary({
		site: {
			title: `同心${district.name.slice(0, 2)}`,
			description: `${district.name}的统战工作网站。`,
			organisation: `中共${district.name}委统战部`,
			sample: true,
		},
		district: { id: district.id, code: district.code, name: district.name },
		seats: [{ lng: 107.4, lat: 34.5 }],
		counts: { centers: 2, stations: 3, bases: 1, platforms: 1, systems: 4, cases: 1, towns: 2 },
		figures: district.figures ?? [],
		cases: district.cases ?? [],
		absolute: (sitePath) => new URL(`${district.base}${sitePath.replace(/^\//, '')}`, origin).href,
	});
}

function fakeSite(district: FakeDistrict, site: Partial<OpenSite>, index: number): OpenSite {
	const origin = district.site ?? 'https://tongzhan.example.gov.cn';
	const id = site.id ?? `site-${index + 1}`;
	return {
		id,
		name: `${district.name}站点${index + 1}`,
		type: 'stations',
		kind: '同心实践站',
		town: '城关镇',
		townCode: `${district.code}100`,
		village: null,
		address: null,
		domains: ['enterprise'],
		domainLabels: ['企业'],
		lng: 107.4,
		lat: 34.5,
		approximate: true,
		url: new URL(`${district.base}stations/${id}/`, origin).href,
		...site,
	};
}

/** Writes the published files of a fake district build; returns its folder. */
export function writeDistrictBuild(root: string, district: FakeDistrict): string {
	const dir = path.join(root, district.id);
	const write = (file: string, text: string) => {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), text);
	};
	const info = {
		...buildInfo(
			{ name: 'tongxin', version: PORTAL_VERSION },
			{
				profile: 'public',
				siteUrl: district.site ?? 'https://tongzhan.example.gov.cn',
				basePath: district.base,
			},
			new Date('2026-11-30T08:00:00Z'),
		),
		...district.info,
	};
	write('build-info.json', JSON.stringify(info));
	write('data/summary.json', JSON.stringify(fakeSummary(district)));
	const sites = (district.sites ?? [{}]).map((site, index) => fakeSite(district, site, index));
	write('data/sites.json', sitesJson(sites, `${district.name}站点`));
	if (district.searchVersion !== null) {
		write(
			'pagefind/pagefind-entry.json',
			JSON.stringify({
				version: district.searchVersion ?? SEARCH_VERSION,
				languages: { und: { hash: 'und_1234567', wasm: null, page_count: 10 } },
			}),
		);
	}
	return dir;
}

/** A temporary folder for fake builds, removed by `dispose`. */
export function buildsFolder() {
	const root = mkdtempSync(path.join(tmpdir(), 'tongxin-district-builds-'));
	return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

export const FENGXIANG: FakeDistrict = {
	id: 'fengxiang',
	code: '610305',
	name: '凤翔区',
	base: '/fengxiang/',
};
export const CHENCANG: FakeDistrict = {
	id: 'chencang',
	code: '610304',
	name: '陈仓区',
	base: '/chencang/',
};

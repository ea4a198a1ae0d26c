/** Builds that the map decides: a misplaced point stops them; internal sites stay out of open data. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../../tools/harness/build-site.ts';
import { copyContent, SAMPLE_CONTENT, type FixtureCopy } from '../helpers/fixture-content.ts';

let copy: FixtureCopy | undefined;
afterEach(() => copy?.dispose());

describe('npm run build and the map', () => {
	it('fails on swapped coordinates, naming the file, the line and the field', () => {
		copy = copyContent(SAMPLE_CONTENT);
		copy.edit(
			'centers/liulin.md',
			'coordinates: { lng: 107.2716, lat: 34.5412',
			'coordinates: { lng: 34.5412, lat: 107.2716',
		);
		const build = buildSite('swapped-coordinates', { CONTENT_DIR: copy.root });
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/centers\/liulin\.md:\d+\s+coordinates\s+经度和纬度写反了/);
		expect(build.output).toContain('构建已停止');
	});

	it('fails on a point outside the district', () => {
		copy = copyContent(SAMPLE_CONTENT);
		copy.edit('centers/liulin.md', 'coordinates: { lng: 107.2716', 'coordinates: { lng: 108.9716');
		const build = buildSite('outside-district', { CONTENT_DIR: copy.root });
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/centers\/liulin\.md:\d+\s+coordinates\s+.*不在本区范围内/);
	});

	it('keeps an internal site out of the public open data, and puts it in the intranet’s', () => {
		copy = copyContent();
		copy.edit(
			'stations/east-street.md',
			'level: village\n',
			'level: village\nvisibility: internal\ncoordinates: { lng: 107.395, lat: 34.523 }\n',
		);
		copy.edit(
			'centers/easttown.md',
			'level: town\n',
			'level: town\ncoordinates: { lng: 107.39, lat: 34.52 }\n',
		);
		const publicBuild = buildSite('map-public', { CONTENT_DIR: copy.root });
		expect(publicBuild.status, publicBuild.output.slice(-2000)).toBe(0);
		for (const file of ['sites.json', 'sites.geojson', 'sites.csv']) {
			const text = readFileSync(path.join(publicBuild.outDir, 'data', file), 'utf8');
			expect(text).toContain('easttown');
			expect(text).not.toContain('east-street');
			expect(text).not.toContain('东街社区');
		}
		expect(readFileSync(path.join(publicBuild.outDir, 'map', 'index.html'), 'utf8')).not.toContain(
			'东街社区同心实践站',
		);
		const intranet = buildSite('map-intranet', {
			CONTENT_DIR: copy.root,
			SITE_PROFILE: 'intranet',
		});
		expect(intranet.status, intranet.output.slice(-2000)).toBe(0);
		expect(readFileSync(path.join(intranet.outDir, 'data', 'sites.json'), 'utf8')).toContain(
			'east-street',
		);
		expect(existsSync(path.join(intranet.outDir, 'stations', 'east-street', 'index.html'))).toBe(
			true,
		);
	});
});

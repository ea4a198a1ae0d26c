import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { cmsTextOf, fileTextOf } from '../../../src/features/workbench/entry-files.ts';
import { localBackend } from '../../../src/features/workbench/local-backend.ts';
import { newEntrySlug } from '../../../src/features/workbench/new-slug.ts';
import { workbenchHelpers } from '../../../src/features/workbench/workbench-helpers.ts';
import { collectionSchemas } from '../../../src/site/collections.ts';
import { copyContent, SAMPLE_CONTENT, type FixtureCopy } from '../../helpers/fixture-content.ts';

const schemas = collectionSchemas(workbenchHelpers);
const sample = (file: string) => readFileSync(path.join(SAMPLE_CONTENT, file), 'utf8');

/**
 * What Decap CMS writes for an entry: its own YAML (keys in the form's order, dates as quoted
 * text, empty optional fields as ''), comments gone, then the body.
 */
function asTheCmsWrites(cmsText: string, change: (data: Record<string, unknown>) => void): string {
	const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(cmsText) ?? [];
	const data = parse(front) as Record<string, unknown>;
	change(data);
	const ordered = Object.fromEntries(
		Object.entries({ sample: false, address: '', ...data }).sort(([a], [b]) => a.localeCompare(b)),
	);
	return `---\n${stringify(ordered, { defaultStringType: 'QUOTE_SINGLE' })}---\n${body}`;
}

describe('saving through the CMS keeps what it did not change', () => {
	const station = sample('stations/tiannan-village.md');
	const cmsStation = cmsTextOf('stations', station, schemas.stations);

	it('gives back the file byte for byte when nothing changed, whatever order and quoting the CMS used', () => {
		const saved = asTheCmsWrites(cmsStation, () => {});
		expect(saved).not.toBe(station);
		expect(fileTextOf('stations', saved, station, schemas.stations)).toBe(station);
	});

	it('rewrites the line of the one field that changed, keeping comments, order and body', () => {
		const saved = asTheCmsWrites(cmsStation, (data) => {
			data['openingHours'] = '周一至周六 9:00—17:00';
		});
		const written = fileTextOf('stations', saved, station, schemas.stations);
		expect(written).toBe(
			station.replace('openingHours: 周一至周五 9:00—17:00', 'openingHours: 周一至周六 9:00—17:00'),
		);
	});

	it('replaces the body when the CMS changed it, and leaves the front matter alone', () => {
		const saved = `${asTheCmsWrites(cmsStation, () => {})
			.split('---\n')
			.slice(0, 2)
			.join('---\n')}---\n\n新的正文。\n`;
		const written = fileTextOf('stations', saved, station, schemas.stations);
		expect(written.startsWith(station.slice(0, station.indexOf('---\n', 4) + 4))).toBe(true);
		expect(written.endsWith('---\n\n新的正文。\n')).toBe(true);
	});

	it('drops a field the editor emptied, and nothing else', () => {
		const saved = asTheCmsWrites(cmsStation, (data) => {
			data['openingHours'] = '';
		});
		const written = fileTextOf('stations', saved, station, schemas.stations);
		expect(written).toBe(station.replace('openingHours: 周一至周五 9:00—17:00\n', ''));
	});

	it('writes a new entry in the schema order under a comment, dates as dates and codes as text', () => {
		const saved = `---\n${stringify({
			summary: '新站。',
			name: '田北村同心实践站',
			slug: 'tian-bei-cun',
			region: 610305104201,
			established: '2023-05-01',
			address: '',
			domains: ['town-village'],
			level: 'village',
			host: 'village',
		})}---\n`;
		const written = fileTextOf('stations', saved, undefined, schemas.stations);
		expect(written).toMatch(/^---\n# 同心实践站：在编辑工作台新建。/);
		expect(written).toContain('region: "610305104201"\n');
		expect(written).toContain('established: 2023-05-01\n');
		expect(written).not.toContain('address');
		const keys = [...written.matchAll(/^(\w+):/gm)].map((match) => match[1]);
		expect(keys).toEqual([
			'slug',
			'name',
			'region',
			'domains',
			'level',
			'established',
			'summary',
			'host',
		]);
	});

	it('shows a story’s pictures to the CMS as a list of named items, and writes them back as they were', () => {
		const story = sample('cases/five-steps-tiannan.mdx');
		const cmsStory = cmsTextOf('cases', story, schemas.cases);
		const pictures = (parse(cmsStory.split('---\n')[1] ?? '') as { pictures?: unknown }).pictures;
		expect(Array.isArray(pictures)).toBe(true);
		expect((pictures as { name: string }[])[0]).toHaveProperty('name');
		expect(fileTextOf('cases', cmsStory, story, schemas.cases)).toBe(story);
	});

	it('edits one item of a YAML list, keeping the other items, the comments and the style', () => {
		const domains = sample('taxonomies/domains.yaml');
		const cms = parse(cmsTextOf('domains', domains, schemas.domains)) as {
			items: Record<string, unknown>[];
		};
		const first = cms.items[0];
		if (!first) throw new Error('no domain');
		first['label'] = '镇和村';
		cms.items.push({ id: 'new-term', label: '新领域', order: 99 });
		const written = fileTextOf('domains', stringify(cms), domains, schemas.domains);
		const before = domains.split('\n');
		const after = written.split('\n');
		expect(after[0]).toBe(before[0]);
		expect(after.filter((line, index) => line !== before[index])).toEqual([
			'- { id: town-village, label: 镇和村, order: 1, description: 镇和村（社区）的基层统战工作 }',
			'- { id: new-term, label: 新领域, order: 99 }',
			'',
		]);
	});

	it('keeps the site settings’ comments when one setting changes', () => {
		const site = sample('site.yaml');
		const cms = parse(cmsTextOf('site', site, schemas.site)) as Record<string, unknown>;
		cms['sampleNotice'] = false;
		expect(fileTextOf('site', stringify(cms), site, schemas.site)).toBe(
			site.replace('sampleNotice: true', 'sampleNotice: false'),
		);
	});
});

describe('the local backend', () => {
	let copy: FixtureCopy | undefined;
	afterEach(() => copy?.dispose());

	it('reads entries for the CMS and writes saves through the merge, inside content/ only', () => {
		copy = copyContent(SAMPLE_CONTENT);
		const backend = localBackend({ root: copy.root, schemas });
		const listed = backend({
			action: 'entriesByFolder',
			params: { folder: 'stations', extension: 'md', depth: 1 },
		});
		expect(listed.status).toBe(200);
		expect((listed.body as { file: { path: string } }[]).map((entry) => entry.file.path)).toContain(
			'stations/tiannan-village.md',
		);
		const outside = backend({ action: 'getEntry', params: { path: '../package.json' } });
		expect(outside.status).toBe(422);
		const script = backend({
			action: 'persistMedia',
			params: { asset: { path: 'images/stations/x.js', content: 'YQ==' } },
		});
		expect(script).toMatchObject({
			status: 422,
			body: { error: expect.stringContaining('content/images/') },
		});
		expect(existsSync(path.join(copy.root, 'images/stations/x.js'))).toBe(false);
		const original = copy.read('stations/tiannan-village.md');
		const saved = backend({
			action: 'persistEntry',
			params: {
				dataFiles: [
					{
						path: 'stations/tiannan-village.md',
						raw: asTheCmsWrites(cmsTextOf('stations', original, schemas.stations), () => {}),
					},
				],
				assets: [],
			},
		});
		expect(saved.status).toBe(200);
		expect(copy.read('stations/tiannan-village.md')).toBe(original);
	});

	it('gives a new entry the scaffolder’s pinyin slug, numbered when it is taken', () => {
		expect(newEntrySlug('田北村同心实践站', 'stations', new Set())).toBe('tian-bei-cun');
		expect(newEntrySlug('田北村同心实践站', 'stations', new Set(['tian-bei-cun']))).toBe(
			'tian-bei-cun-2',
		);
	});
});

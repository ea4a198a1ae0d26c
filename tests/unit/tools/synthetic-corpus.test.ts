import { describe, expect, it } from 'vitest';
import {
	kindAt,
	seededRandom,
	setBody,
	setFrontMatter,
	syntheticCorpus,
} from '../../../tools/synthetic/synthetic-corpus.ts';

const template = (kind: string) =>
	`---\nslug: x\nname: 名\ntitle: 题\nregion: r\ncenter: c\nsummary: s\nrelated: [a]\nkind: ${kind}\n---\n\n正文\n`;

const vocabulary = {
	villages: [
		{ id: '610305104200', name: '田南村委会', townId: 'tianjiazhuang', townName: '田家庄镇' },
		{ id: '610305100001', name: '南大街社区居委会', townId: 'chengguan', townName: '城关镇' },
	],
	sentences: ['村里用协商五步法商量修路。', '统战成员出主意。', '服务民营企业。'],
	topics: ['新乡贤', '同心荟', '民营企业'],
	systemTitles: ['同心实践站学习教育制度'],
	caseTitles: ['一条生产路怎么修：田南村用五步法把事商量好'],
};

describe('syntheticCorpus', () => {
	const files = syntheticCorpus(
		vocabulary,
		{ station: template('s'), caseStory: template('c'), system: template('y') },
		100,
	);

	it('makes the asked number of entries with unique slugs and names, in three collections', () => {
		expect(files).toHaveLength(100);
		expect(new Set(files.map((file) => file.path)).size).toBe(100);
		const names = files.map((file) => {
			const field = file.path.startsWith('stations/') ? 'name' : 'title';
			return new RegExp(`^${field}: (.*)$`, 'm').exec(file.text)?.[1];
		});
		expect(new Set(names).size).toBe(100);
		const folders = new Set(files.map((file) => file.path.split('/')[0]));
		expect([...folders].sort()).toEqual(['cases', 'stations', 'systems']);
	});

	it('uses only the vocabulary’s words, and the village’s own town for a station', () => {
		const station = files.find((file) => file.path.startsWith('stations/'));
		expect(station?.text).toMatch(/^center: (tianjiazhuang|chengguan)$/m);
		expect(station?.text).not.toContain('正文');
		expect(station?.text).toMatch(/村里用协商五步法商量修路。|统战成员出主意。|服务民营企业。/);
	});

	it('is the same on every run', () => {
		const again = syntheticCorpus(
			vocabulary,
			{ station: template('s'), caseStory: template('c'), system: template('y') },
			100,
		);
		expect(again).toEqual(files);
		expect(seededRandom(1)()).toBe(seededRandom(1)());
	});
});

describe('front matter edits', () => {
	it('replaces a field and the body, and says when the template lacks the field', () => {
		const text = setBody(setFrontMatter(template('s'), 'slug', 'y'), '新正文');
		expect(text).toContain('slug: y\n');
		expect(text.endsWith('---\n\n新正文\n')).toBe(true);
		expect(() => setFrontMatter(template('s'), 'missing', 'v')).toThrow('template has no missing');
	});
});

describe('the mix of collections', () => {
	it('follows the weights exactly in every run of their sum', () => {
		const mix = { centers: 1, stations: 2, cases: 1 };
		expect(Array.from({ length: 8 }, (_, index) => kindAt(mix, index))).toEqual([
			'centers',
			'stations',
			'stations',
			'cases',
			'centers',
			'stations',
			'stations',
			'cases',
		]);
		expect(() => kindAt({ stations: 0 }, 0)).toThrow('empty');
	});

	it('writes all six collections from their templates when the mix asks for them', () => {
		const templates = {
			station: template('s'),
			caseStory: template('c'),
			system: template('y'),
			center: template('center'),
			base: template('base'),
			platform: template('platform'),
		};
		const mix = { centers: 13, stations: 16, bases: 20, platforms: 8, systems: 35, cases: 8 };
		const six = syntheticCorpus(vocabulary, templates, 200, undefined, mix);
		const count = (folder: string) =>
			six.filter((file) => file.path.startsWith(`${folder}/`)).length;
		expect([count('centers'), count('stations'), count('bases'), count('platforms')]).toEqual([
			26, 32, 40, 16,
		]);
		expect([count('systems'), count('cases')]).toEqual([70, 16]);
		const base = six.find((file) => file.path.startsWith('bases/'));
		expect(base?.path).toMatch(/^bases\/synthetic-base-\d{4}\.md$/);
		expect(base?.text).toContain('kind: base');
		expect(base?.text).toMatch(/^region: "610305\d+"$/m);
		const center = six.find((file) => file.path.startsWith('centers/'));
		expect(center?.text).toMatch(/^region: "(tianjiazhuang|chengguan)"$/m);
		const names = six.map((file) => {
			const field = /^(?:systems|cases)\//.test(file.path) ? 'title' : 'name';
			return new RegExp(`^${field}: (.*)$`, 'm').exec(file.text)?.[1];
		});
		expect(new Set(names).size).toBe(200);
	});

	it('says which template is missing for a kind the mix asks for', () => {
		expect(() =>
			syntheticCorpus(
				vocabulary,
				{ station: template('s'), caseStory: template('c'), system: template('y') },
				1,
				undefined,
				{ platforms: 1 },
			),
		).toThrow('needs a platform template');
	});
});

import { describe, expect, it } from 'vitest';
import { parseLooseDate } from '../../../src/features/cases/dates.ts';
import { absoluteUrl } from '../../../src/core/urls.ts';
import { feedItems } from '../../../src/features/cases/feed.ts';
import {
	DISTRICT_WIDE,
	filterOptions,
	filterCases,
	filteredLists,
	type CaseFacts,
} from '../../../src/features/cases/filters.ts';
import { pictureNames, picturesNamed } from '../../../src/features/cases/picture-names.ts';
import { relatedCases, relationKey } from '../../../src/features/cases/related.ts';

const story = (id: string, date: string, keys: string[]) => ({
	id,
	data: { date: new Date(date) },
	keys,
});

describe('relatedCases', () => {
	const stories = [
		story('same-domain', '2024-01-01', [relationKey('domain', 'religion')]),
		story('same-town', '2023-01-01', [relationKey('town', 'liulin')]),
		story('same-place', '2022-01-01', [relationKey('place', 'stations/a')]),
		story('newer-same-domain', '2024-05-01', [relationKey('domain', 'religion')]),
		story('unrelated', '2024-06-01', [relationKey('domain', 'park')]),
	];
	const own = [
		relationKey('place', 'stations/a'),
		relationKey('town', 'liulin'),
		relationKey('domain', 'religion'),
	];

	it('puts a shared site before a shared town before a shared field, newest first on ties', () => {
		const ranked = relatedCases(own, stories, (s) => s.keys, { limit: 10 });
		expect(ranked.map((s) => s.id)).toEqual([
			'same-place',
			'same-town',
			'newer-same-domain',
			'same-domain',
		]);
	});
	it('leaves out the story itself and keeps to the limit', () => {
		const ranked = relatedCases(own, stories, (s) => s.keys, { exclude: 'same-place', limit: 2 });
		expect(ranked.map((s) => s.id)).toEqual(['same-town', 'newer-same-domain']);
	});
});

describe('story filters', () => {
	const facts: CaseFacts[] = [
		{ id: 'a', date: new Date('2024-02-01'), domains: ['religion'], towns: ['liulin'] },
		{ id: 'b', date: new Date('2023-02-01'), domains: ['religion', 'park'], towns: [] },
		{ id: 'c', date: new Date('2024-09-01'), domains: ['park'], towns: ['liulin', 'gaoxin'] },
	];
	const options = filterOptions(facts, {
		domain: ['park', 'religion', 'school'],
		town: ['gaoxin', 'liulin', 'chengguan'],
	});

	it('offers only values some story has, in the given order, with counts', () => {
		expect(options.domain).toEqual([
			{ value: 'park', count: 2 },
			{ value: 'religion', count: 2 },
		]);
		expect(options.town).toEqual([
			{ value: 'gaoxin', count: 1 },
			{ value: 'liulin', count: 2 },
			{ value: DISTRICT_WIDE, count: 1 },
		]);
	});
	it('offers years newest first', () => {
		expect(options.year.map((option) => option.value)).toEqual(['2024', '2023']);
	});
	it('keeps the stories of one choice', () => {
		expect(filterCases(facts, 'town', 'liulin').map((s) => s.id)).toEqual(['a', 'c']);
		expect(filterCases(facts, 'town', DISTRICT_WIDE).map((s) => s.id)).toEqual(['b']);
		expect(filterCases(facts, 'year', '2023').map((s) => s.id)).toEqual(['b']);
	});
	it('makes one list per choice, keeping the order of the full list', () => {
		const newestFirst = [facts[2]!, facts[0]!, facts[1]!];
		const lists = filteredLists(newestFirst, facts, options);
		expect(lists).toHaveLength(options.domain.length + options.town.length + options.year.length);
		const liulin = lists.find((list) => list.kind === 'town' && list.value === 'liulin');
		expect(liulin?.stories.map((story) => story.id)).toEqual(['c', 'a']);
		for (const list of lists) {
			const option = options[list.kind].find((candidate) => candidate.value === list.value);
			expect(list.stories).toHaveLength(option!.count);
		}
	});
});

describe('feedItems', () => {
	it('lists stories newest first with absolute links', () => {
		const items = feedItems(
			[
				{
					id: 'old',
					title: '旧',
					summary: 's',
					date: new Date('2023-01-01'),
					categories: ['镇村'],
				},
				{ id: 'new', title: '新', summary: 's', date: new Date('2024-01-01'), categories: [] },
			],
			(id) => absoluteUrl(`/sub/cases/${id}/`, 'https://example.gov.cn'),
		);
		expect(items.map((item) => item.link)).toEqual([
			'https://example.gov.cn/sub/cases/new/',
			'https://example.gov.cn/sub/cases/old/',
		]);
		expect(items[1]!.categories).toEqual(['镇村']);
	});
});

describe('parseLooseDate', () => {
	it('reads a day, a month or a year', () => {
		expect(parseLooseDate('2023-07-12')).toEqual({
			datetime: '2023-07-12',
			label: '2023年7月12日',
		});
		expect(parseLooseDate('2023-07')).toEqual({ datetime: '2023-07', label: '2023年7月' });
		expect(parseLooseDate('2023')).toEqual({ datetime: '2023', label: '2023年' });
	});
	it('refuses dates that do not exist or are written otherwise', () => {
		expect(parseLooseDate('2023-02-30')).toBeUndefined();
		expect(parseLooseDate('2023-13')).toBeUndefined();
		expect(parseLooseDate('2023年7月')).toBeUndefined();
	});
});

describe('picture names', () => {
	it('splits on spaces and commas, Chinese ones too, each name once', () => {
		expect(pictureNames('a b，c、a,d')).toEqual(['a', 'b', 'c', 'd']);
		expect(pictureNames(undefined)).toEqual([]);
	});
	it('picks the named pictures in order, or all of them', () => {
		const pictures = { one: 1, two: 2, three: 3 };
		expect(picturesNamed(pictures, 'three one').map((p) => p.picture)).toEqual([3, 1]);
		expect(picturesNamed(pictures, undefined).map((p) => p.name)).toEqual(['one', 'two', 'three']);
	});
	it('names the missing picture and the ones there are', () => {
		expect(() => picturesNamed({ one: 1 }, 'oen')).toThrow(/“oen”.*one/);
	});
});

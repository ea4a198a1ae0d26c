import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	checklistOf,
	checklistPath,
	MOST_SITE_SUGGESTIONS,
	siteSuggestions,
} from '../../../src/features/systems/checklist.ts';
import { parseSystemBody } from '../../../src/features/systems/system-document.ts';
import { bodyOf } from '../../../src/features/systems/content-rule.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';

const standard = parseSystemBody(
	bodyOf(readFileSync(`${SAMPLE_CONTENT}systems/six-haves-four-goods.md`, 'utf8')).body,
);

describe('the 六有四好 checklist', () => {
	const { groups, unusable } = checklistOf(standard, [2, 3]);

	it('has six 有 and four 好, each with its label and criterion', () => {
		expect(groups.map((group) => group.items.length)).toEqual([6, 4]);
		expect(groups[0]?.items[0]).toEqual({
			number: '1.',
			label: '有固定场所',
			criterion: '有相对固定、满足活动需要的场所。',
		});
		expect(groups[1]?.items.map((item) => item.label)).toEqual([
			'政治引领好',
			'团结凝聚好',
			'作用发挥好',
			'群众评价好',
		]);
		expect(groups[1]?.items[0]?.number).toBe('（一）');
		expect(unusable).toEqual([]);
	});

	it('names the groups by their section heading and anchor', () => {
		expect(groups.map((group) => [group.id, group.heading])).toEqual([
			['section-2', '二、“六有”建设标准'],
			['section-3', '三、“四好”运行标准'],
		]);
	});

	it('reports sections that do not exist or hold no items', () => {
		expect(checklistOf(standard, [1, 9]).unusable).toEqual([1, 9]);
	});

	it('lives under the standard’s page', () => {
		expect(checklistPath('six-haves-four-goods')).toBe('/systems/six-haves-four-goods/checklist/');
	});
});

describe('siteSuggestions', () => {
	const compare = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

	it('suggests a district’s sites in Chinese order', () => {
		expect(siteSuggestions(['柳林镇同心实践中心', '陈村镇同心实践中心'], compare)).toEqual([
			'陈村镇同心实践中心',
			'柳林镇同心实践中心',
		]);
	});

	it('suggests none when there are more sites than a sheet should carry', () => {
		const names = Array.from({ length: MOST_SITE_SUGGESTIONS + 1 }, (_, index) => `站点${index}`);
		expect(siteSuggestions(names, compare)).toEqual([]);
		expect(siteSuggestions(names.slice(1), compare)).toHaveLength(MOST_SITE_SUGGESTIONS);
	});
});

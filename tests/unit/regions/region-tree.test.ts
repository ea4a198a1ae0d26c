import { describe, expect, it } from 'vitest';
import {
	groupByTown,
	regionTrail,
	townOf,
	type RegionNode,
} from '../../../src/features/regions/region-tree.ts';

const regions: RegionNode[] = [
	{ id: 'fengxiang', name: '凤翔区', level: 'district' },
	{ id: 'liulin', name: '柳林镇', level: 'town', parent: { id: 'fengxiang' } },
	{ id: '610305110200', name: '柳林村委会', level: 'village', parent: { id: 'liulin' } },
	{ id: 'gaoxin', name: '高新区', level: 'zone', parent: { id: 'fengxiang' } },
];
const byId = new Map(regions.map((region) => [region.id, region]));

describe('townOf', () => {
	it('finds the town of a village', () => {
		expect(townOf('610305110200', byId)?.id).toBe('liulin');
	});
	it('takes a town or zone as its own town', () => {
		expect(townOf('liulin', byId)?.id).toBe('liulin');
		expect(townOf('gaoxin', byId)?.id).toBe('gaoxin');
	});
	it('gives no town for the district or an unknown id', () => {
		expect(townOf('fengxiang', byId)).toBeUndefined();
		expect(townOf('nowhere', byId)).toBeUndefined();
	});
	it('stops on a cycle instead of looping', () => {
		const cyclic = new Map<string, RegionNode>([
			['a', { id: 'a', name: 'A', level: 'village', parent: { id: 'b' } }],
			['b', { id: 'b', name: 'B', level: 'village', parent: { id: 'a' } }],
		]);
		expect(townOf('a', cyclic)).toBeUndefined();
	});
});

describe('regionTrail', () => {
	it('names the regions from the town down', () => {
		expect(regionTrail('610305110200', byId).map((region) => region.name)).toEqual([
			'柳林镇',
			'柳林村委会',
		]);
		expect(regionTrail('fengxiang', byId)).toEqual([]);
	});
});

describe('groupByTown', () => {
	it('groups items by the town of their region', () => {
		const items = [
			{ name: 'a', region: '610305110200' },
			{ name: 'b', region: 'liulin' },
			{ name: 'c', region: 'fengxiang' },
		];
		const groups = groupByTown(items, (item) => item.region, byId);
		expect(groups.get('liulin')?.map((item) => item.name)).toEqual(['a', 'b']);
		expect(groups.get(undefined)?.map((item) => item.name)).toEqual(['c']);
	});
});

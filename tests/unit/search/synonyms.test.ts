import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSynonyms } from '../../../src/features/search/synonyms.ts';
import {
	pinyinAliases,
	synonymAliases,
	titleAliases,
} from '../../../src/features/search/aliases.ts';
import { toSimplified } from '../../../src/features/search/query-data.ts';
import { traditionalTable } from '../../../src/features/search/traditional-table.ts';

function contentWith(synonyms: string): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'synonyms-'));
	mkdirSync(path.join(dir, 'taxonomies'));
	writeFileSync(path.join(dir, 'taxonomies', 'synonyms.yaml'), synonyms);
	return dir;
}

describe('readSynonyms', () => {
	it('reads the sample file', () => {
		const groups = readSynonyms('content');
		expect(groups.length).toBeGreaterThanOrEqual(40);
		expect(groups).toContainEqual(['职教', '职业教育']);
	});

	it('reads nothing when there is no file', () => {
		expect(readSynonyms(mkdtempSync(path.join(tmpdir(), 'none-')))).toEqual([]);
	});

	it('names the line of a group with one word', () => {
		const dir = contentWith('# 说明\n- [职教, 职业教育]\n- [民企]\n');
		expect(() => readSynonyms(dir)).toThrow(
			/^content\/taxonomies\/synonyms\.yaml 第 3 行：每组至少要有两个词。应为每行一组/,
		);
	});

	it('refuses marks in a word and a word in two groups', () => {
		expect(() => readSynonyms(contentWith('- [“职教”, 职业教育]\n'))).toThrow(
			/只能写汉字、字母或数字/,
		);
		expect(() => readSynonyms(contentWith('- [职教, 职业教育]\n- [职教, 职校]\n'))).toThrow(
			/“职教”出现在第 1 组和第 2 组/,
		);
	});

	it('says where the YAML is broken', () => {
		expect(() => readSynonyms(contentWith('- [职教, 职业教育\n'))).toThrow(/YAML 写法有误/);
	});
});

describe('title aliases', () => {
	it('gives full pinyin and initials from each word of the title', () => {
		const aliases = pinyinAliases('陈村镇同心实践中心');
		expect(aliases[0]).toBe('chencunzhentongxinshijianzhongxin');
		expect(aliases).toContain('ccztxsjzx');
		expect(aliases).toContain('shijianzhongxin');
	});

	it('adds the other words of a synonym group the title holds', () => {
		expect(synonymAliases('区职业教育中心同心实践站', [['职教', '职业教育']])).toEqual(['职教']);
		const aliases = titleAliases('区职业教育中心', [['职教', '职业教育']]);
		expect(aliases.pinyin).toBe('quzhiyejiaoyuzhongxin qzyjyzx');
		expect(aliases.aliases).toMatch(/^zhiyejiaoyuzhongxin zyjyzx .* 职教$/);
	});
});

describe('traditional characters', () => {
	it('keeps only conversions to characters the site holds', () => {
		const table = traditionalTable(new Set([...'实践中心']));
		expect(toSimplified('實踐中心', table)).toBe('实践中心');
		expect(table['陳']).toBeUndefined();
	});
});

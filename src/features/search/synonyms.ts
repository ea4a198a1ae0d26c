/**
 * The search's synonyms and abbreviations, from `content/taxonomies/synonyms.yaml`: groups of words
 * that mean the same (职教 = 职业教育). Editors extend the file; the build checks it here, and the
 * search expands both the index (page titles) and the reader's query with it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isSeq } from 'yaml';
import { z } from 'astro/zod';
import { otherContentFiles } from '../../core/collections.ts';

/** Where the groups live, relative to the content folder. */
export const SYNONYMS_FILE = otherContentFiles[0];

/** One word of a group: Chinese characters, letters or digits, no marks or spaces. */
const synonymWord = z
	.string()
	.trim()
	.regex(/^[\p{Script=Han}\p{L}\p{N}]+$/u, '只能写汉字、字母或数字，不要加引号、书名号或空格');

/** A group of words readers use for the same thing, at least two, none twice. */
export const synonymGroupSchema = z
	.array(synonymWord)
	.min(2, '每组至少要有两个词')
	.refine((words) => new Set(words).size === words.length, '同一组里有重复的词');

/** The whole file: a list of groups. */
export const synonymsSchema = z.array(synonymGroupSchema);

/** Groups of equivalent words, each word lower-cased as queries are. */
export type SynonymGroups = string[][];

/**
 * Reads and checks the synonyms file. A missing file means no synonyms (a district that has none
 * yet); a wrong one throws an error naming the file, the line and what is expected.
 */
export function readSynonyms(contentDir: string): SynonymGroups {
	const file = path.join(contentDir, SYNONYMS_FILE);
	if (!existsSync(file)) return [];
	const shown = `content/${SYNONYMS_FILE}`;
	const lineCounter = new LineCounter();
	const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
	if (document.errors.length > 0) {
		const [error] = document.errors;
		const line = error?.linePos?.[0].line;
		throw new Error(
			`${shown}${line ? ` 第 ${line} 行` : ''}：YAML 写法有误（${error?.message ?? ''}）。`,
		);
	}
	const data: unknown = document.toJS() ?? [];
	const parsed = synonymsSchema.safeParse(data);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const index = typeof issue?.path[0] === 'number' ? issue.path[0] : undefined;
		const node =
			index !== undefined && isSeq(document.contents) ? document.contents.items[index] : undefined;
		const offset =
			node && typeof node === 'object' && 'range' in node ? node.range?.[0] : undefined;
		const line = offset !== undefined ? lineCounter.linePos(offset).line : undefined;
		const where = line ? ` 第 ${line} 行` : index !== undefined ? ` 第 ${index + 1} 组` : '';
		throw new Error(
			`${shown}${where}：${issue?.message ?? '写法有误'}。应为每行一组，如 - [职教, 职业教育]。`,
		);
	}
	const groups = parsed.data.map((group) => group.map((word) => normalizeWord(word)));
	const seen = new Map<string, number>();
	groups.forEach((group, index) => {
		for (const word of group) {
			const before = seen.get(word);
			if (before !== undefined && before !== index) {
				throw new Error(
					`${shown}：“${word}”出现在第 ${before + 1} 组和第 ${index + 1} 组。一个词只能放在一组里，请把两组合并。`,
				);
			}
			seen.set(word, index);
		}
	});
	return groups;
}

/** A word as queries compare it (full-width letters made half-width, lower case). */
export function normalizeWord(word: string): string {
	return word.normalize('NFKC').toLocaleLowerCase('zh-CN');
}

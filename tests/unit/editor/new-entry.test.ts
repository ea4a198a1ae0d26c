/** `npm run new`: a pinyin slug, every field under a Chinese comment, no overwriting. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { entryKinds, parseKind } from '../../../src/features/editor/kinds.ts';
import { createEntry } from '../../../src/features/editor/new-entry.ts';
import { slugFromName } from '../../../src/features/editor/slug.ts';
import { checkContent } from '../../../src/core/content-check/index.ts';
import { copyContent, type FixtureCopy } from '../../helpers/fixture-content.ts';
import { contentModel } from '../../../src/site/content-rules.ts';

let copy: FixtureCopy | undefined;
afterEach(() => {
	copy?.dispose();
	copy = undefined;
});

describe('slugFromName', () => {
	it('spells the name in pinyin without tones, leaving out the kind’s own words', () => {
		expect(slugFromName('城关镇同心实践中心', 'centers')).toBe('cheng-guan-zhen');
		expect(slugFromName('田北村同心实践站', 'stations')).toBe('tian-bei-cun');
		expect(slugFromName('长青镇工业企业同心实践站', 'stations')).toBe(
			'chang-qing-zhen-gong-ye-qi-ye',
		);
		expect(slugFromName('同心讲堂', 'platforms')).toBe('tong-xin-jiang-tang');
	});

	it('writes ü as v and keeps Latin letters and digits', () => {
		expect(slugFromName('绿色 ABC 3号')).toBe('lv-se-abc-3-hao');
	});

	it('keeps a long name under 60 characters, cutting between syllables', () => {
		const slug = slugFromName('凤翔区城关镇东大街社区新的社会阶层人士统战工作实践创新基地');
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
	});
});

describe('parseKind', () => {
	it('takes the folder name or a Chinese word', () => {
		expect(parseKind('stations')).toBe('stations');
		expect(parseKind('实践站')).toBe('stations');
		expect(parseKind('案例')).toBe('cases');
		expect(parseKind('people')).toBeUndefined();
	});
});

describe('createEntry', () => {
	it.each(entryKinds)('scaffolds a %s entry that check asks to fill in, field by field', (kind) => {
		copy = copyContent();
		const result = createEntry(contentModel.schemas, copy.root, kind, '测试新条目');
		expect(result).toMatchObject({ ok: true, slug: 'ce-shi-xin-tiao-mu' });
		if (!result.ok) return;
		const text = readFileSync(path.join(copy.root, result.file), 'utf8');
		expect(text).toMatch(/^---\n# /);
		expect(text).toContain('slug: ce-shi-xin-tiao-mu');
		expect(text).toMatch(/(name|title): 测试新条目/);
		const problems = checkContent(copy.root, contentModel).problems.filter(
			(problem) => problem.file === result.file,
		);
		// Every required field is there but empty, and each says so on its own line.
		const lines = text.split('\n');
		for (const problem of problems.filter((found) => found.field)) {
			expect(lines[problem.line! - 1], problem.field).toMatch(
				new RegExp(`^${problem.field!.split('.')[0]}:`),
			);
			expect(lines[problem.line! - 2], problem.field).toMatch(/^# .+（必填）/);
		}
		expect(problems.filter((problem) => problem.field).length).toBeGreaterThan(1);
		expect(problems.some((problem) => problem.message.includes('【请填写】'))).toBe(true);
	});

	it('gives an entry that passes the check once the editor fills it in', () => {
		copy = copyContent();
		const result = createEntry(contentModel.schemas, copy.root, 'stations', '西街社区同心实践站');
		if (!result.ok) throw new Error(result.message);
		const file = path.join(copy.root, result.file);
		let text = readFileSync(file, 'utf8');
		text = text
			.replace('region:\n', 'region: easttown\n')
			.replace('domains: []', 'domains: [town-village]')
			.replace('level:\n', 'level: village\n')
			.replace('established:\n', 'established: 2024-01-02\n')
			.replace('summary:\n', 'summary: 新的实践站。\n')
			.replace('host:\n', 'host: village\n')
			.replace(/【请填写】/g, '');
		copy.write(result.file, text);
		expect(checkContent(copy.root, contentModel).problems).toEqual([]);
	});

	it('refuses to overwrite a file or to reuse a slug', () => {
		copy = copyContent();
		const first = createEntry(contentModel.schemas, copy.root, 'centers', '东镇', 'easttown');
		expect(first).toMatchObject({ ok: false });
		expect(!first.ok && first.message).toContain('已经存在');
		copy.write(
			'centers/other-file.md',
			readFileSync(path.join(copy.root, 'centers/easttown.md'), 'utf8'),
		);
		copy.remove('centers/easttown.md');
		const second = createEntry(contentModel.schemas, copy.root, 'centers', '东镇', 'easttown');
		expect(!second.ok && second.message).toContain('centers/other-file.md');
		expect(
			createEntry(contentModel.schemas, copy.root, 'centers', '东镇', 'East Town'),
		).toMatchObject({ ok: false });
	});
});

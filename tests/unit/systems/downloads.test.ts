import { describe, expect, it } from 'vitest';
import { downloadFileName, downloadPath } from '../../../src/features/systems/downloads.ts';
import { systemMarkdown } from '../../../src/features/systems/markdown-download.ts';

const meta = {
	slug: 'station-study',
	title: '同心实践站学习制度',
	issuer: '中共凤翔区委统战部',
	documentNumber: '凤统发〔2023〕2号',
	version: '1.0',
	effective: new Date('2023-03-01T00:00:00Z'),
};

describe('template downloads', () => {
	it('sit next to the page folder, named by slug', () => {
		expect(downloadPath('station-study', 'docx')).toBe('/systems/station-study.docx');
		expect(downloadPath('station-study', 'md')).toBe('/systems/station-study.md');
	});

	it('are saved under the Chinese title, without characters file systems refuse', () => {
		expect(downloadFileName(meta, 'docx')).toBe('同心实践站学习制度.docx');
		expect(downloadFileName({ title: '“五突出/五建立” 机制' }, 'md')).toBe('“五突出五建立”机制.md');
	});
});

describe('the Markdown download', () => {
	const text = systemMarkdown(meta, '\n## 一、目的\n\n由【单位名称】负责。\n');

	it('starts with the title and the issuing details, then the body as written', () => {
		expect(text.split('\n\n').slice(0, 2)).toEqual([
			'# 同心实践站学习制度',
			'发布单位：中共凤翔区委统战部；文号：凤统发〔2023〕2号；版本：1.0；施行日期：2023年3月1日',
		]);
		expect(text).toContain('## 一、目的\n\n由【单位名称】负责。');
		expect(text.endsWith('中共凤翔区委统战部  \n2023年3月1日\n')).toBe(true);
	});

	it('carries typed values in place of the blanks', () => {
		expect(systemMarkdown(meta, '由【单位名称】负责。', { 单位名称: '柳林镇' })).toContain(
			'由柳林镇负责。',
		);
	});
});

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { crc32, fillDocx } from '../../../src/features/systems/docx-fill.ts';
import { systemDocxBytes } from '../../../src/features/systems/docx-builder.ts';
import { parseSystemBody } from '../../../src/features/systems/system-document.ts';

const meta = {
	slug: 'x',
	title: '测试制度',
	issuer: '测试区委统战部',
	version: '1.0',
	effective: new Date('2023-03-01T00:00:00Z'),
};
const body = '## 一、附则\n\n本制度由【单位名称】负责解释，联系人【负责人】。\n';

describe('crc32', () => {
	it('matches the standard check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});
});

describe('fillDocx', () => {
	it('fills the blanks in the document text and leaves every other part as it was', async () => {
		const original = await systemDocxBytes(meta, parseSystemBody(body));
		const filled = await fillDocx(original, { 单位名称: '柳林镇<同心>实践中心 & 站' });
		const [before, after] = await Promise.all([
			JSZip.loadAsync(original),
			JSZip.loadAsync(filled, { checkCRC32: true }),
		]);
		const xml = await after.file('word/document.xml')!.async('string');
		expect(xml).toContain('柳林镇&#60;同心&#62;实践中心 &#38; 站');
		expect(xml).not.toContain('【单位名称】');
		expect(xml).toContain('【负责人】');
		expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort());
		for (const name of Object.keys(before.files).filter((file) => file !== 'word/document.xml')) {
			const [a, b] = await Promise.all([
				before.file(name)!.async('string'),
				after.file(name)!.async('string'),
			]);
			expect(b, name).toBe(a);
		}
	});

	it('refuses a file that is not a ZIP', async () => {
		await expect(fillDocx(new Uint8Array(100), {})).rejects.toThrow('不是有效的 .docx');
	});
});

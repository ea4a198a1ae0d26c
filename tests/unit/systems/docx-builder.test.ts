/** The .docx builder, read back from the generated package the way Word reads it. */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemDocxBytes } from '../../../src/features/systems/docx-builder.ts';
import { parseSystemBody } from '../../../src/features/systems/system-document.ts';
import type { SystemMeta } from '../../../src/features/systems/system-meta.ts';

const meta: SystemMeta = {
	slug: 'test-regulation',
	title: '同心实践中心学习培训制度',
	issuer: '中共凤翔区委统战部',
	version: '1.0',
	effective: new Date('2023-03-01T00:00:00Z'),
};
const body = `## 一、目的

为规范学习，制定本制度。

## 二、内容

（一）学习内容。每季度一次。

1. 政治理论。

## 三、附则

本制度由【单位名称】负责解释。
`;

interface Package {
	document: string;
	settings: string;
	footers: Map<string, string>;
	relations: string;
}

async function readPackage(values = {}): Promise<Package> {
	const zip = await JSZip.loadAsync(await systemDocxBytes(meta, parseSystemBody(body), values));
	const text = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
	const footerFiles = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
	const footers = new Map<string, string>();
	for (const name of footerFiles) footers.set(name.replace('word/', ''), await text(name));
	return {
		document: await text('word/document.xml'),
		settings: await text('word/settings.xml'),
		relations: await text('word/_rels/document.xml.rels'),
		footers,
	};
}

/** The `<w:p>` elements of a document, each as its XML. */
const paragraphs = (xml: string) => xml.match(/<w:p>.*?<\/w:p>/g) ?? [];
const paragraphWith = (xml: string, text: string) =>
	paragraphs(xml).find((paragraph) => paragraph.includes(text)) ?? '';
const attribute = (xml: string, element: string, name: string) =>
	new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

let docx: Package;
beforeAll(async () => {
	docx = await readPackage();
});

describe('the .docx of a template', () => {
	it('is an A4 page with the GB/T 9704 margins', () => {
		expect(attribute(docx.document, 'w:pgSz', 'w:w')).toBe('11906');
		expect(attribute(docx.document, 'w:pgSz', 'w:h')).toBe('16838');
		expect(attribute(docx.document, 'w:pgMar', 'w:top')).toBe('2098');
		expect(attribute(docx.document, 'w:pgMar', 'w:bottom')).toBe('1984');
		expect(attribute(docx.document, 'w:pgMar', 'w:left')).toBe('1588');
		expect(attribute(docx.document, 'w:pgMar', 'w:right')).toBe('1474');
	});

	it('sets a line grid of 22 lines in the 225 mm text block', () => {
		const pitch = Number(attribute(docx.document, 'w:docGrid', 'w:linePitch'));
		expect(pitch).toBe(579);
		const textBlock = 16838 - 2098 - 1984;
		expect(Math.floor(textBlock / pitch)).toBe(22);
	});

	it('sets the title in 2号小标宋 (44 half-points), centred', () => {
		const title = paragraphWith(docx.document, meta.title);
		expect(title).toContain('<w:jc w:val="center"/>');
		expect(attribute(title, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
		expect(attribute(title, 'w:sz', 'w:val')).toBe('44');
	});

	it('sets 一、 headings in 黑体, （一） in 楷体 and the body in 仿宋, all 3号 (32 half-points)', () => {
		const heading = paragraphWith(docx.document, '一、目的');
		expect(attribute(heading, 'w:rFonts', 'w:eastAsia')).toBe('黑体');
		const runIn = paragraphWith(docx.document, '（一）学习内容。');
		const runs = runIn.match(/<w:r>.*?<\/w:r>/g) ?? [];
		expect(runs.map((run) => attribute(run, 'w:rFonts', 'w:eastAsia'))).toEqual([
			'楷体_GB2312',
			'仿宋_GB2312',
		]);
		const item = paragraphWith(docx.document, '政治理论');
		expect(item).toContain('1.');
		for (const paragraph of [heading, runIn, item, paragraphWith(docx.document, '为规范学习')]) {
			expect(attribute(paragraph, 'w:rFonts', 'w:eastAsia')).toMatch(
				/黑体|楷体_GB2312|仿宋_GB2312/,
			);
			expect(attribute(paragraph, 'w:sz', 'w:val')).toBe('32');
		}
	});

	it('gives body paragraphs exact 579-twip lines and a first-line indent of two characters', () => {
		const paragraph = paragraphWith(docx.document, '为规范学习');
		expect(paragraph).toContain('<w:spacing w:line="579" w:lineRule="exact"/>');
		expect(attribute(paragraph, 'w:ind', 'w:firstLine')).toBe('640');
		expect(attribute(paragraph, 'w:ind', 'w:firstLineChars')).toBe('200');
	});

	it('ends with the issuer and the date in Chinese', () => {
		expect(paragraphWith(docx.document, meta.issuer)).toContain('<w:jc w:val="right"/>');
		expect(docx.document).toContain('2023年3月1日');
	});

	it('has odd and even footers with the page number as — n —, outside edge', () => {
		expect(docx.settings).toContain('<w:evenAndOddHeaders/>');
		const reference = (type: string) => {
			const id = new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`).exec(
				docx.document,
			)?.[1];
			const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(docx.relations)?.[1];
			return docx.footers.get(target ?? '') ?? '';
		};
		const odd = reference('default');
		const even = reference('even');
		for (const footer of [odd, even]) {
			expect(footer).toContain('— ');
			expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
			expect(attribute(footer, 'w:sz', 'w:val')).toBe('28');
		}
		expect(odd).toContain('<w:jc w:val="right"/>');
		expect(even).toContain('<w:jc w:val="left"/>');
	});

	it('keeps blanks for the reader to fill in, or fills the ones given', async () => {
		expect(docx.document).toContain('【单位名称】');
		const filled = await readPackage({ 单位名称: '柳林镇同心实践中心' });
		expect(filled.document).toContain('本制度由</w:t>');
		expect(filled.document).toContain('柳林镇同心实践中心');
		expect(filled.document).not.toContain('【单位名称】');
	});
});

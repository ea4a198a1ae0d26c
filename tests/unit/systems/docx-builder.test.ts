/** The .docx builder, read back from the generated package the way Word reads it. */
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { systemDocxBytes } from '../../../src/features/systems/docx-builder.ts';
import type { DocxTask } from '../../../src/features/systems/docx-pool.ts';
import { workerPool } from '../../../src/core/worker-pool.ts';
import { parseSystemBody } from '../../../src/features/systems/system-document.ts';
import type { SystemMeta } from '../../../src/features/systems/system-meta.ts';
import {
	signatureLayout,
	textWidthInCharacters,
} from '../../../src/features/systems/official-format.ts';

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
	styles: string;
	fontTable: string;
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
		styles: await text('word/styles.xml'),
		fontTable: await text('word/fontTable.xml'),
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

	/** The `<w:style>` of a paragraph style, by id. */
	const style = (id: string) =>
		new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`).exec(
			docx.styles,
		)?.[0] ?? '';
	const styleOf = (paragraph: string) => attribute(paragraph, 'w:pStyle', 'w:val');

	it('sets the title in the Title style: 2号小标宋 (44 half-points), centred, off the grid', () => {
		const title = paragraphWith(docx.document, meta.title);
		expect(styleOf(title)).toBe('Title');
		expect(style('Title')).toContain('<w:jc w:val="center"/>');
		expect(attribute(style('Title'), 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
		expect(attribute(style('Title'), 'w:sz', 'w:val')).toBe('44');
		// A stand-in title face taller than the line must not take two grid lines.
		expect(style('Title')).toContain('<w:snapToGrid w:val="0"/>');
	});

	it('styles 一、 as Heading 1 (黑体), （一） as Heading 2 (楷体) and the body as Body Text (仿宋)', () => {
		expect(styleOf(paragraphWith(docx.document, '一、目的'))).toBe('Heading1');
		expect(styleOf(paragraphWith(docx.document, '为规范学习'))).toBe('BodyText');
		expect(styleOf(paragraphWith(docx.document, '政治理论'))).toBe('BodyText');
		expect(paragraphWith(docx.document, '政治理论')).toContain('1.');
		const fonts = {
			Heading1: '黑体',
			Heading2: '楷体_GB2312',
			Heading3: '仿宋_GB2312',
			BodyText: '仿宋_GB2312',
			Signature: '仿宋_GB2312',
			Date: '仿宋_GB2312',
		};
		for (const [id, face] of Object.entries(fonts)) {
			expect(attribute(style(id), 'w:rFonts', 'w:eastAsia'), id).toBe(face);
			expect(attribute(style(id), 'w:sz', 'w:val'), id).toBe('32');
		}
		// A run-in （一） heading keeps its 楷体 lead inside a body paragraph.
		const runIn = paragraphWith(docx.document, '（一）学习内容。');
		expect(styleOf(runIn)).toBe('BodyText');
		const runs = runIn.match(/<w:r>.*?<\/w:r>/g) ?? [];
		expect(runs.map((run) => attribute(run, 'w:rFonts', 'w:eastAsia'))).toEqual([
			'楷体_GB2312',
			undefined,
		]);
	});

	it('gives the headings outline levels, so the navigation pane shows the sections', () => {
		expect(style('Heading1')).toContain('<w:outlineLvl w:val="0"/>');
		expect(style('Heading2')).toContain('<w:outlineLvl w:val="1"/>');
		expect(style('Heading3')).toContain('<w:outlineLvl w:val="2"/>');
		expect(style('Heading1')).toContain('<w:keepNext/>');
		expect(attribute(style('Heading1'), 'w:name', 'w:val')).toBe('heading 1');
		expect(style('BodyText')).not.toContain('outlineLvl');
	});

	it('gives body paragraphs exact 579-twip lines and a first-line indent of two characters', () => {
		const body = style('BodyText');
		expect(body).toContain('w:line="579" w:lineRule="exact"');
		expect(attribute(body, 'w:ind', 'w:firstLine')).toBe('640');
		expect(attribute(body, 'w:ind', 'w:firstLineChars')).toBe('200');
		expect(body).toContain('<w:jc w:val="both"/>');
	});

	it('names a stand-in for every font it uses, with family, pitch and character set', () => {
		const entries = docx.fontTable.match(/<w:font w:name="[^"]+">.*?<\/w:font>/g) ?? [];
		const named = new Map(entries.map((entry) => [/w:name="([^"]+)"/.exec(entry)![1]!, entry]));
		const used = new Set(
			[...`${docx.styles}${docx.document}`.matchAll(/<w:rFonts[^>]*w:eastAsia="([^"]+)"/g)].map(
				(match) => match[1]!,
			),
		);
		for (const face of used) expect(named.has(face), face).toBe(true);
		expect(attribute(named.get('仿宋_GB2312')!, 'w:altName', 'w:val')).toBe('仿宋');
		expect(attribute(named.get('楷体_GB2312')!, 'w:altName', 'w:val')).toBe('楷体');
		expect(attribute(named.get('黑体')!, 'w:family', 'w:val')).toBe('swiss');
		expect(attribute(named.get('方正小标宋简体')!, 'w:family', 'w:val')).toBe('roman');
		for (const entry of named.values()) {
			expect(entry).toMatch(/<w:charset w:val="(86|00)"\/>/);
			expect(entry).toMatch(/<w:pitch w:val="(fixed|variable)"\/>/);
			expect(entry).toMatch(/<w:panose1 w:val="[0-9A-F]{20}"\/>/i);
		}
	});

	it('sets the signature 右空二字 and the date two characters right of its start (GB/T 9704)', () => {
		const issuer = paragraphWith(docx.document, meta.issuer);
		const date = paragraphWith(docx.document, '2023年3月1日');
		expect(styleOf(issuer)).toBe('Signature');
		expect(styleOf(date)).toBe('Date');
		expect(style('Signature')).toContain('<w:jc w:val="right"/>');
		// Two characters of 315 twips (16 pt less 0.25 pt) from the right; the 9-character issuer
		// starts 28 − 2 − 9 = 17 characters in, the date two characters further.
		expect(attribute(issuer, 'w:ind', 'w:right')).toBe('630');
		expect(attribute(date, 'w:ind', 'w:left')).toBe(String(19 * 315));
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

	it('gives a later package the same finished styles and font table as the first', async () => {
		// The styles are finished once per build and reused: the second package must still carry them.
		const later = await readPackage({ 单位名称: '柳林镇同心实践中心' });
		expect(later.styles).toBe(docx.styles);
		expect(later.fontTable).toBe(docx.fontTable);
		expect(later.styles.match(/<w:snapToGrid w:val="0"\/>/g)).toHaveLength(1);
	});
});

describe('signatureLayout', () => {
	it('puts the issuer two characters from the right and the date two characters right of it', () => {
		expect(signatureLayout('中共凤翔区委统战部', '2023年3月1日')).toEqual({
			issuerRight: 2,
			dateStart: 19,
		});
	});

	it('moves a short issuer left when the date is the longer, the date then 右空二字', () => {
		// An issuer of 4 characters, a date of 7 (8 digits at half a character, 年月日).
		const layout = signatureLayout('区委办公', '2023年12月31日');
		expect(textWidthInCharacters('2023年12月31日')).toBe(7);
		expect(layout.dateStart + 7).toBe(28 - 2);
		expect(layout.issuerRight).toBe(7);
	});
});

describe('packing on worker threads', () => {
	it('packs the same document on a thread as in this one', async () => {
		// The pool itself, not packSystemDocx, which would pack here if the thread failed to start.
		const pool = workerPool<DocxTask, Uint8Array>({
			module: new URL('../../../src/features/systems/docx-worker.ts', import.meta.url),
			threads: 1,
		});
		const task = { meta, document: parseSystemBody(body) };
		const [threaded, here] = await Promise.all([
			pool.run(task),
			systemDocxBytes(task.meta, task.document),
		]);
		const read = async (bytes: Uint8Array) =>
			(await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
		expect(await read(threaded)).toBe(await read(here));
	});
});

/**
 * The template library in the built sample site: every public template has its page, a .docx
 * and a .md; the internal one has none; and a real word processor (LibreOffice) opens every
 * .docx and lays it out on A4.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/core/content-check/read-content.ts';
import { validateEntries } from '../../src/core/content-check/validate.ts';
import { parseSystemBody, sectionsOf } from '../../src/features/systems/system-document.ts';
import { bodyOf } from '../../src/features/systems/content-rule.ts';
import { SAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { pdfInfo, pdfTextCompact } from '../helpers/pdf.ts';
import { contentModel } from '../../src/site/content-rules.ts';

const dist = inject('sampleSite');
const systems = validateEntries(
	readContent(SAMPLE_CONTENT).entries,
	contentModel.schemas,
).checked.filter((entry) => entry.collection === 'systems');
const isPublic = (entry: (typeof systems)[number]) =>
	(entry.raw.data as { visibility?: string }).visibility !== 'internal';
const publicSystems = systems.filter(isPublic);
const internalSystems = systems.filter((entry) => !isPublic(entry));
const read = (...parts: string[]) => readFileSync(path.join(dist, ...parts), 'utf8');

describe('the template library', () => {
	it('has the 34 public templates and one internal one in the sample', () => {
		expect(publicSystems).toHaveLength(34);
		expect(internalSystems.map((entry) => entry.id)).toEqual(['member-ledger-management']);
	});

	it('has a page, a .docx and a .md for every public template', () => {
		const missing = publicSystems.flatMap((entry) =>
			[`${entry.id}/index.html`, `${entry.id}.docx`, `${entry.id}.md`].filter(
				(file) => !existsSync(path.join(dist, 'systems', file)),
			),
		);
		expect(missing).toEqual([]);
	});

	it('has nothing of an internal template in the public build', () => {
		for (const entry of internalSystems) {
			for (const file of [entry.id, `${entry.id}.docx`, `${entry.id}.md`]) {
				expect(existsSync(path.join(dist, 'systems', file))).toBe(false);
			}
			expect(read('systems', 'index.html')).not.toContain(entry.id);
		}
	});

	it('links both downloads from each template page and lists them on /systems/', () => {
		const list = read('systems', 'index.html');
		for (const entry of publicSystems) {
			const page = read('systems', entry.id, 'index.html');
			for (const extension of ['docx', 'md']) {
				expect(page).toContain(`href="/systems/${entry.id}.${extension}"`);
				expect(list).toContain(`href="/systems/${entry.id}.${extension}"`);
			}
		}
	});

	it('groups /systems/ by kind and by what templates apply to, with counts', () => {
		const list = read('systems', 'index.html');
		const countOf = (scope: string) =>
			publicSystems.filter((entry) =>
				(entry.raw.data as { appliesTo: string[] }).appliesTo.includes(scope),
			).length;
		expect(list).toMatch(
			new RegExp(`href="#scope-center"[^>]*>同心实践中心（${countOf('center')}）`),
		);
		expect(list).toMatch(new RegExp(`href="#scope-hospital"[^>]*>医院（${countOf('hospital')}）`));
		expect(list).toContain('id="scope-station"');
		expect(list).toMatch(/href="#kind-responsibility"[^>]*>责任体系（4）/);
	});

	it('loads the fill-in script on template pages only, as a file', () => {
		const script = /<script type="module" src="[^"]*FillInForm[^"]*\.js"><\/script>/;
		expect(read('systems', 'station-study', 'index.html')).toMatch(script);
		expect(read('systems', 'index.html')).not.toContain('FillInForm');
		expect(read('index.html')).not.toContain('FillInForm');
	});

	it('draws the structure of each responsibility system', () => {
		for (const slug of ['responsibility-345', 'five-in-one', 'three-level-secretaries']) {
			expect(read('systems', slug, 'index.html')).toContain('class="structure"');
		}
		expect(read('systems', 'responsibility-345', 'index.html')).toContain('村（社区）书记');
	});

	it('has the 六有四好 checklist and self-assessment sheet', () => {
		const sheet = read('systems', 'six-haves-four-goods', 'checklist', 'index.html');
		expect(sheet.match(/type="radio"[^>]*value="达到"/g)).toHaveLength(10);
		expect(sheet).toContain('有规范台账');
		expect(sheet).toContain('<option value="柳林镇同心实践中心"');
	});
});

describe('the .docx files in LibreOffice', () => {
	let outDir: string;

	beforeAll(() => {
		outDir = mkdtempSync(path.join(tmpdir(), 'tongxin-docx-'));
		const files = readdirSync(path.join(dist, 'systems'))
			.filter((file) => file.endsWith('.docx'))
			.map((file) => path.join(dist, 'systems', file));
		// One soffice run for all files: it takes seconds to start. A fresh profile keeps it
		// from touching (or waiting on) the user's own.
		execFileSync(
			'soffice',
			[
				`-env:UserInstallation=${pathToFileURL(path.join(outDir, 'profile')).href}`,
				'--headless',
				'--convert-to',
				'pdf',
				'--outdir',
				outDir,
				...files,
			],
			{ stdio: 'pipe', timeout: 240_000 },
		);
	}, 300_000);

	afterAll(() => {
		if (outDir) rmSync(outDir, { recursive: true, force: true });
	});

	it('converts every .docx to a PDF of A4 pages with the title and the first section', () => {
		const wrong: string[] = [];
		for (const entry of publicSystems) {
			const pdf = path.join(outDir, `${entry.id}.pdf`);
			if (!existsSync(pdf)) {
				wrong.push(`${entry.id}: no PDF`);
				continue;
			}
			const { pages, width, height } = pdfInfo(pdf);
			if (pages < 1 || Math.round(width) !== 595 || Math.round(height) !== 842) {
				wrong.push(`${entry.id}: ${pages} pages of ${width} × ${height} pt`);
			}
			const text = pdfTextCompact(pdf);
			const title = (entry.raw.data as { title: string }).title.replace(/\s+/g, '');
			const source = readFileSync(path.join(SAMPLE_CONTENT, entry.raw.file), 'utf8');
			const [first] = sectionsOf(parseSystemBody(bodyOf(source).body));
			if (!text.includes(title)) wrong.push(`${entry.id}: title missing`);
			const firstBlock = first?.blocks[0];
			const opening = firstBlock?.type === 'paragraph' ? firstBlock.text.slice(0, 12) : '';
			if (!first || !text.includes(first.heading.text) || !text.includes(opening)) {
				wrong.push(`${entry.id}: first section missing`);
			}
		}
		expect(wrong).toEqual([]);
	});
});

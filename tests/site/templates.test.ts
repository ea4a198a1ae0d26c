/**
 * The template library in the built sample site: every public template has its page, a .docx
 * and a .md; the internal one has none; and a real word processor (LibreOffice) opens every
 * .docx and lays it out on A4.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/core/content-check/read-content.ts';
import { validateEntries } from '../../src/core/content-check/validate.ts';
import {
	inlineText,
	parseSystemBody,
	sectionsOf,
} from '../../src/features/systems/system-document.ts';
import { bodyOf } from '../../src/features/systems/content-rule.ts';
import { SAMPLE_CONTENT } from '../helpers/fixture-content.ts';
import { mm, pdfInfo, pdfLayout, pdfTextCompact, type PdfTextRun } from '../helpers/pdf.ts';
import { PROJECT_ROOT } from '../../tools/harness/build-site.ts';
import { contentModel } from '../../src/site/content-rules.ts';
import { listPages } from '../helpers/site-text.ts';

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
		const list = listPages(dist, 'systems').join('\n');
		for (const entry of publicSystems) {
			const page = read('systems', entry.id, 'index.html');
			for (const extension of ['docx', 'md']) {
				expect(page).toContain(`href="/systems/${entry.id}.${extension}"`);
				expect(list).toContain(`href="/systems/${entry.id}.${extension}"`);
			}
		}
	});

	it('groups /systems/ by kind and by what templates apply to, with counts', () => {
		const pages = listPages(dist, 'systems');
		expect(pages.length).toBeGreaterThan(1);
		// Each page groups its own templates by what they apply to; the counts add up over the pages.
		const countOf = (scope: string) =>
			publicSystems.filter((entry) =>
				(entry.raw.data as { appliesTo: string[] }).appliesTo.includes(scope),
			).length;
		const shownOf = (scope: string, label: string) =>
			pages
				.map((page) => new RegExp(`href="#scope-${scope}"[^>]*>${label}（(\\d+)）`).exec(page))
				.reduce((sum, match) => sum + Number(match?.[1] ?? 0), 0);
		expect(shownOf('center', '同心实践中心')).toBe(countOf('center'));
		expect(shownOf('hospital', '医院')).toBe(countOf('hospital'));
		expect(pages[0]).toContain('id="scope-station"');
		// The kinds index on every page leads to the page where each kind starts.
		for (const page of pages)
			expect(page).toMatch(/href="\/systems\/page\/2\/#kind-responsibility"[^>]*>责任体系（4）/);
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
		// A machine without the GB2312 fonts (Debian with fonts-noto-cjk and the Arphic fonts), set
		// up as deploy/fontconfig/ tells Linux desktops: LibreOffice takes its stand-ins for missing
		// fonts from fontconfig, not from the document's font table.
		const fontConfig = path.join(outDir, 'fonts.conf');
		writeFileSync(
			fontConfig,
			`<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><include>${path.join(PROJECT_ROOT, 'deploy/fontconfig/65-tongxin-official-fonts.conf')}</include></fontconfig>`,
		);
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
			{ stdio: 'pipe', timeout: 240_000, env: { ...process.env, FONTCONFIG_FILE: fontConfig } },
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

	/** Each template's PDF laid out, with the texts of its parts. */
	function layoutOf(entry: (typeof publicSystems)[number]) {
		const { runs, outline } = pdfLayout(path.join(outDir, `${entry.id}.pdf`));
		const source = readFileSync(path.join(SAMPLE_CONTENT, entry.raw.file), 'utf8');
		const document = parseSystemBody(bodyOf(source).body);
		return { runs, outline, document, data: entry.raw.data as { title: string; issuer: string } };
	}
	const fontOf = (runs: readonly PdfTextRun[], text: string) =>
		runs.find((run) => run.text.replace(/\s+/g, '').startsWith(text.slice(0, 8)))?.font;

	it('shows every section heading in the navigation outline', () => {
		const wrong: string[] = [];
		for (const entry of publicSystems) {
			const { outline, document } = layoutOf(entry);
			const headings = sectionsOf(document).map((section) => section.heading.text);
			const missing = headings.filter((heading) => !outline.includes(heading));
			if (headings.length === 0 || missing.length > 0)
				wrong.push(`${entry.id}: not in the outline: ${missing.join('、') || '(no headings)'}`);
		}
		expect(wrong).toEqual([]);
	});

	it('sets the title, the body and the two heading levels in different faces without the GB2312 fonts', () => {
		const wrong: string[] = [];
		const faces = new Map<string, Set<string>>();
		for (const entry of publicSystems) {
			const { runs, document, data } = layoutOf(entry);
			const headings = document.blocks.filter((block) => block.type === 'heading');
			const paragraphs = document.blocks.filter((block) => block.type === 'paragraph');
			const heading = headings.find((block) => block.level === 1)?.text;
			const sub =
				headings.find((block) => block.level === 2)?.text ??
				paragraphs.flatMap((block) =>
					block.leadStyle === 'subheading' ? [inlineText(block.lead)] : [],
				)[0];
			const body = paragraphs.find((block) => !block.leadStyle)?.text;
			const found = {
				title: fontOf(runs, data.title.replace(/\s+/g, '')),
				heading: heading && fontOf(runs, heading),
				subheading: sub && fontOf(runs, sub),
				body: body && fontOf(runs, body),
			};
			for (const [part, font] of Object.entries(found))
				if (font) faces.set(part, (faces.get(part) ?? new Set()).add(font));
			const used = Object.values(found).filter(Boolean);
			if (new Set(used).size !== used.length) wrong.push(`${entry.id}: ${JSON.stringify(found)}`);
		}
		expect(wrong).toEqual([]);
		// The same face for a part in every template: UMing for 仿宋, UKai for 楷体 and so on.
		expect([...faces.values()].map((set) => set.size)).toEqual([1, 1, 1, 1]);
	});

	it('fills all 22 lines of every full page', () => {
		const pitch = mm(225) / 22;
		const top = mm(37);
		const wrong: string[] = [];
		for (const entry of publicSystems) {
			const { runs, document, data } = layoutOf(entry);
			const headings = new Set(
				document.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : [])),
			);
			const body = runs.filter((run) => run.top + run.height < 841.89 - mm(35));
			const pages = Math.max(...body.map((run) => run.page));
			for (let page = 1; page < pages; page++) {
				// The grid line each run of text stands on.
				const lines = new Set(
					body.filter((run) => run.page === page).map((run) => Math.round((run.top - top) / pitch)),
				);
				// Page 1 has a blank line under the title.
				const filled = lines.size + (page === 1 ? 1 : 0);
				const next = body.filter((run) => run.page === page + 1).sort((a, b) => a.top - b.top)[0];
				// A heading that would stand on the last line moves on with its text; the blank line
				// above the signature (GB/T 9704, 7.3.5) may be a page's last, the signature on the next.
				const nextText = next?.text.replace(/\s+/g, '') ?? '';
				const movedOn = headings.has(nextText) || nextText === data.issuer;
				if (filled !== 22 && !(movedOn && filled === 21))
					wrong.push(`${entry.id} page ${page}: ${filled} lines`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('sets the signature 右空二字 and the date two characters right of its start', () => {
		const character = 16 - 0.25;
		const right = 595.28 - mm(26);
		const wrong: string[] = [];
		for (const entry of publicSystems) {
			const { runs, data } = layoutOf(entry);
			const issuer = runs.findLast((run) => run.text === data.issuer);
			const issuerIndex = issuer ? runs.indexOf(issuer) : -1;
			const date = runs[issuerIndex + 1];
			if (!issuer || !date) {
				wrong.push(`${entry.id}: no signature`);
				continue;
			}
			if (Math.abs(right - (issuer.left + issuer.width) - 2 * character) > 3)
				wrong.push(
					`${entry.id}: issuer ends ${(right - issuer.left - issuer.width).toFixed(1)} pt from the margin`,
				);
			if (Math.abs(date.left - issuer.left - 2 * character) > 3)
				wrong.push(
					`${entry.id}: date starts ${(date.left - issuer.left).toFixed(1)} pt right of the issuer`,
				);
		}
		expect(wrong).toEqual([]);
	});

	it('leaves no line of blanks alone above the signature', () => {
		const wrong: string[] = [];
		for (const entry of publicSystems) {
			const { runs, data } = layoutOf(entry);
			const issuer = runs.findLast((run) => run.text === data.issuer);
			const before = issuer ? runs[runs.indexOf(issuer) - 1] : undefined;
			if (before && /^(?:【[^】]+】)+$/.test(before.text.trim()))
				wrong.push(`${entry.id}: ${before.text}`);
		}
		expect(wrong).toEqual([]);
	});
});

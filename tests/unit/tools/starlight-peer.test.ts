import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { starlightPage, writeStarlightProject } from '../../../tools/bench/starlight-peer.ts';
import { formatSideBySide, peerRatios } from '../../../tools/bench/build-bench.ts';
import { SAMPLE_CONTENT } from '../../helpers/fixture-content.ts';

const work = mkdtempSync(path.join(tmpdir(), 'tongxin-peer-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('starlightPage', () => {
	it('keeps the title, the summary and the Markdown, dropping MDX imports and component tags', () => {
		const page = starlightPage(
			[
				'---',
				'title: 一条生产路怎么修：田南村',
				'summary: 田南村用“五步法”商量。',
				'domains: [religion]',
				'---',
				'',
				"import Note from './note.astro';",
				'## 起因',
				'',
				'村里的路年久失修。',
				'',
				'<LinkCard station="tiannan-village" />',
				'<Timeline title="协商五步">',
				'  <Step date="2023-03" title="第一步">',
				'    村里广泛征集意见。',
				'  </Step>',
				'</Timeline>',
			].join('\n'),
		);
		const { data, content } = matter(page);
		expect(data).toEqual({
			title: '一条生产路怎么修：田南村',
			description: '田南村用“五步法”商量。',
		});
		expect(content).toContain('## 起因\n\n村里的路年久失修。');
		expect(content).toContain('村里广泛征集意见。');
		expect(content).not.toMatch(/<|import /);
	});

	it('takes a place’s name as the title, and refuses an entry with neither', () => {
		expect(matter(starlightPage('---\nname: 柳林镇同心实践中心\n---\n正文')).data).toEqual({
			title: '柳林镇同心实践中心',
		});
		expect(() => starlightPage('---\nslug: x\n---\n正文')).toThrow(/title/);
	});
});

describe('writeStarlightProject', () => {
	// A project of its own, with the two packages the peer names.
	const projectRoot = path.join(work, 'project');
	for (const [name, version] of [
		['@astrojs/starlight', '0.42.4'],
		['astro', '7.3.5'],
	]) {
		mkdirSync(path.join(projectRoot, 'node_modules', name!), { recursive: true });
		writeFileSync(
			path.join(projectRoot, 'node_modules', name!, 'package.json'),
			JSON.stringify({ name, version }),
		);
	}

	it('writes one page per entry of the six collections, a home page and the Starlight config', () => {
		const target = path.join(projectRoot, '.tmp', 'peer');
		const pages = writeStarlightProject({ content: SAMPLE_CONTENT, target, projectRoot });
		const docs = path.join(target, 'src/content/docs');
		const written = readdirSync(docs, { recursive: true, encoding: 'utf8' }).filter((file) =>
			file.endsWith('.md'),
		);
		expect(written).toHaveLength(pages);
		const entries = ['centers', 'stations', 'bases', 'platforms', 'systems', 'cases'].flatMap(
			(kind) => readdirSync(path.join(SAMPLE_CONTENT, kind)).filter((file) => /\.mdx?$/.test(file)),
		);
		expect(pages).toBe(entries.length + 1);
		expect(readFileSync(path.join(target, 'astro.config.mjs'), 'utf8')).toContain("lang: 'zh-CN'");
		// Astro bundles only the integrations the project lists.
		expect(JSON.parse(readFileSync(path.join(target, 'package.json'), 'utf8'))).toMatchObject({
			dependencies: { '@astrojs/starlight': '0.42.4', astro: '7.3.5' },
		});
		expect(() => writeStarlightProject({ content: SAMPLE_CONTENT, target, projectRoot })).toThrow(
			/already exists/,
		);
	});

	it('refuses a folder outside the project, where the project’s packages do not resolve', () => {
		expect(() =>
			writeStarlightProject({
				content: SAMPLE_CONTENT,
				target: path.join(work, 'elsewhere'),
				projectRoot,
			}),
		).toThrow(/not inside/);
	});
});

describe('the side-by-side table', () => {
	const ours = {
		site: '同心',
		entries: 10000,
		pages: 10057,
		buildSeconds: 240,
		cpuSeconds: 270,
		peakMemoryBytes: 3.85 * 1024 ** 3,
		indexBytes: 73 * 1024 ** 2,
		load: { before: '0.10 0.20 0.30', after: '1.90 1.20 0.80' },
	};
	const peer = {
		...ours,
		site: 'Starlight 0.42.4',
		pages: 10001,
		buildSeconds: 54,
		cpuSeconds: undefined,
		peakMemoryBytes: 2.1 * 1024 ** 3,
	};

	it('shows both sites with seconds, CPU seconds, memory and load', () => {
		const table = formatSideBySide([ours, peer]).split('\n');
		expect(table[0]).toBe(
			'| site | entries | pages | build s | CPU s | peak RSS MB | pages/s | index MB | load before → after |',
		);
		expect(table[2]).toBe(
			'| 同心 | 10000 | 10057 | 240.0 | 270.0 | 3942 | 42 | 73.0 | 0.10 0.20 0.30 → 1.90 1.20 0.80 |',
		);
		expect(table[3]).toContain('| Starlight 0.42.4 | 10000 | 10001 | 54.0 | – |');
	});

	it('gives our build as a multiple of the peer’s', () => {
		const ratios = peerRatios(ours, peer);
		expect(ratios.seconds).toBeCloseTo(240 / 54);
		expect(ratios.cpuSeconds).toBeUndefined();
		expect(ratios.memory).toBeCloseTo(3.85 / 2.1);
	});
});

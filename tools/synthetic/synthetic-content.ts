/**
 * Writes a synthetic content folder for the benchmarks: a copy of a real content folder (its
 * regions, taxonomies, figures, pictures and entries) plus `count` made-up entries built from that
 * folder's own words by `syntheticCorpus`.
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { entryKinds } from '../../src/features/editor/kinds.ts';
import {
	syntheticCorpus,
	type CorpusKind,
	type CorpusMix,
	type CorpusTemplates,
	type CorpusVillage,
	type CorpusVocabulary,
} from './synthetic-corpus.ts';

const ENTRY_FILE = /\.mdx?$/;

/** The collections of entries, in the order the site lists them. */
export const CORPUS_KINDS: readonly CorpusKind[] = entryKinds;

/**
 * The sample files each kind is copied from, chosen because they use the fields editors use most
 * (pictures, references, MDX components). A content folder without one gives its first entry.
 */
const PREFERRED_TEMPLATES: Record<keyof CorpusTemplates, [CorpusKind, string]> = {
	center: ['centers', 'liulin.md'],
	station: ['stations', 'tiannan-village.md'],
	base: ['bases', 'new-class-liulin.md'],
	platform: ['platforms', 'tongxin-lecture.md'],
	system: ['systems', 'station-study.md'],
	caseStory: ['cases', 'five-steps-tiannan.mdx'],
};

function entryFiles(source: string, kind: CorpusKind): string[] {
	const folder = path.join(source, kind);
	return existsSync(folder)
		? readdirSync(folder)
				.filter((name) => ENTRY_FILE.test(name))
				.sort()
		: [];
}

/** How many entries of each collection a content folder holds: the mix of the real site. */
export function contentMix(source: string): CorpusMix {
	return Object.fromEntries(CORPUS_KINDS.map((kind) => [kind, entryFiles(source, kind).length]));
}

function templateFileOf(
	source: string,
	[kind, preferred]: [CorpusKind, string],
): string | undefined {
	const files = entryFiles(source, kind);
	const name = files.includes(preferred)
		? preferred
		: files.find(
				(file) =>
					!/^visibility:\s*internal/m.test(readFileSync(path.join(source, kind, file), 'utf8')),
			);
	return name && readFileSync(path.join(source, kind, name), 'utf8');
}

/** The villages (with their town), sentences, topics and titles of a content folder. */
export function readVocabulary(source: string): CorpusVocabulary {
	const regions = parseYaml(readFileSync(path.join(source, 'regions/regions.yaml'), 'utf8')) as {
		id: string | number;
		name: string;
		level: string;
		parent?: string;
	}[];
	const byId = new Map(regions.map((region) => [String(region.id), region]));
	const villages: CorpusVillage[] = regions
		.filter(
			(region) =>
				region.level === 'village' &&
				region.parent &&
				existsSync(path.join(source, 'centers', `${region.parent}.md`)),
		)
		.map((region) => ({
			id: String(region.id),
			name: region.name,
			townId: region.parent ?? '',
			townName: byId.get(region.parent ?? '')?.name ?? '',
		}));
	const read = (kind: CorpusKind) =>
		entryFiles(source, kind).map((name) => readFileSync(path.join(source, kind, name), 'utf8'));
	const bodies = CORPUS_KINDS.flatMap(read);
	const sentences = [
		...new Set(
			bodies.flatMap(
				(text) =>
					(text.split(/\n---\n/)[1] ?? '')
						.split('\n')
						.filter((line) => !/^[#\-|>\d]/.test(line))
						.join('')
						.match(/[^。！？]*[。！？]/g) ?? [],
			),
		),
	].filter(
		(sentence) =>
			/\p{Script=Han}/u.test(sentence) &&
			sentence.length >= 8 &&
			sentence.length <= 90 &&
			!/[{}<>【】]/.test(sentence),
	);
	const field = (text: string, key: string) =>
		new RegExp(`^${key}: (.*)$`, 'm').exec(text)?.[1]?.replace(/^"|"$/g, '') ?? '';
	const topics = [
		...new Set([
			...read('platforms').map((text) => field(text, 'name')),
			...sentences.flatMap((sentence) =>
				[...sentence.matchAll(/“(\p{Script=Han}{2,8})”/gu)].map((match) => match[1] ?? ''),
			),
		]),
	].filter((topic) => topic.length >= 2 && topic.length <= 12);
	return {
		villages,
		sentences,
		topics,
		systemTitles: read('systems').map((text) => field(text, 'title')),
		caseTitles: read('cases').map((text) => field(text, 'title')),
	};
}

/**
 * Copies `source` to `target` (replacing it) and adds `count` synthetic entries in the given mix.
 * Returns the number of entries of each collection the folder then holds.
 */
export function writeSyntheticContent({
	source,
	target,
	count,
	mix,
}: {
	source: string;
	target: string;
	count: number;
	mix?: CorpusMix | undefined;
}): CorpusMix {
	rmSync(target, { recursive: true, force: true });
	cpSync(source, target, { recursive: true });
	const templates: CorpusTemplates = {
		station: templateFileOf(source, PREFERRED_TEMPLATES.station) ?? '',
		caseStory: templateFileOf(source, PREFERRED_TEMPLATES.caseStory) ?? '',
		system: templateFileOf(source, PREFERRED_TEMPLATES.system) ?? '',
		center: templateFileOf(source, PREFERRED_TEMPLATES.center),
		base: templateFileOf(source, PREFERRED_TEMPLATES.base),
		platform: templateFileOf(source, PREFERRED_TEMPLATES.platform),
	};
	const files = syntheticCorpus(readVocabulary(source), templates, count, undefined, mix);
	for (const file of files) {
		mkdirSync(path.dirname(path.join(target, file.path)), { recursive: true });
		writeFileSync(path.join(target, file.path), file.text);
	}
	return contentMix(target);
}

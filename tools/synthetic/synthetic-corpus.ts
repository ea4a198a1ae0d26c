/**
 * A large made-up content folder for the search benchmark, written only from the sample
 * content's own words: its village and town names, its sentences and its titles. Entries are
 * copies of real sample files with a new slug, name, summary and body, so they pass the same
 * schemas and checks as the sample. The search benchmark and the build benchmark use it.
 */
import type { EntryKind } from '../../src/features/editor/kinds.ts';

/** A village (村/社区) with its town, as in `regions/regions.yaml`. */
export interface CorpusVillage {
	id: string;
	name: string;
	townId: string;
	townName: string;
}

export interface CorpusVocabulary {
	villages: CorpusVillage[];
	/** Sentences of the sample's bodies, each ending with its full stop. */
	sentences: string[];
	/** Short names from the sample: platforms, domains, system names (2–8 characters). */
	topics: string[];
	/** Titles of the sample's work systems. */
	systemTitles: string[];
	/** Titles of the sample's case stories. */
	caseTitles: string[];
}

/** The collections the corpus writes entries for: those an editor writes entries in. */
export type CorpusKind = EntryKind;

/**
 * One sample file of each collection the corpus copies. Centers, bases and platforms are needed
 * only when the mix asks for them.
 */
export interface CorpusTemplates {
	station: string;
	caseStory: string;
	system: string;
	center?: string | undefined;
	base?: string | undefined;
	platform?: string | undefined;
}

/** How many entries of each kind come in every run of `sum(weights)` entries. */
export type CorpusMix = Partial<Record<CorpusKind, number>>;

const SINGULAR: Record<CorpusKind, string> = {
	centers: 'center',
	stations: 'station',
	bases: 'base',
	platforms: 'platform',
	systems: 'system',
	cases: 'case',
};

/** The search benchmark's mix: 60 % stations, 25 % case stories, 15 % work systems. */
export const SEARCH_MIX: CorpusMix = { stations: 12, cases: 5, systems: 3 };

/** The kind of the entry at `index`: kinds follow each other in runs that keep the mix exactly. */
export function kindAt(mix: CorpusMix, index: number): CorpusKind {
	const weights = (Object.entries(mix) as [CorpusKind, number][]).filter(([, w]) => w > 0);
	const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
	if (total === 0) throw new Error('the corpus mix is empty');
	let position = index % total;
	for (const [kind, weight] of weights) {
		if (position < weight) return kind;
		position -= weight;
	}
	throw new Error('unreachable');
}

export interface CorpusFile {
	/** Path inside the content folder, e.g. `stations/synthetic-0001.md`. */
	path: string;
	text: string;
}

/** A small seeded random generator (mulberry32), so the corpus is the same on every run. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function pick<T>(items: readonly T[], random: () => number): T {
	const item = items[Math.floor(random() * items.length)];
	if (item === undefined) throw new Error('empty vocabulary');
	return item;
}

/** Replaces a top-level front-matter line `key: …` of a Markdown file. */
export function setFrontMatter(text: string, key: string, value: string): string {
	const pattern = new RegExp(`^${key}:.*$`, 'm');
	if (!pattern.test(text)) throw new Error(`template has no ${key}`);
	return text.replace(pattern, `${key}: ${value}`);
}

/** Replaces the body (everything after the closing `---`) of a Markdown file. */
export function setBody(text: string, body: string): string {
	const end = text.indexOf('\n---', 3);
	if (end < 0) throw new Error('template has no front matter');
	return `${text.slice(0, end)}\n---\n\n${body}\n`;
}

function paragraphs(sentences: readonly string[], random: () => number, count: number): string {
	const sections: string[] = [];
	for (let index = 0; index < count; index++) {
		const sentenceCount = 2 + Math.floor(random() * 4);
		const text = Array.from({ length: sentenceCount }, () => pick(sentences, random)).join('');
		sections.push(
			index % 2 === 0
				? `## ${pick(['概况', '做法', '成效', '活动', '服务'], random)}\n\n${text}`
				: text,
		);
	}
	return sections.join('\n\n');
}

// YAML strings with Chinese quotes and colons need quoting.
const quoted = (value: string) => JSON.stringify(value);

/**
 * `count` entries in the given mix of collections (by default the search benchmark's), each with a
 * unique slug and name made from the vocabulary. Pictures are the templates' own, so entries share
 * them.
 */
export function syntheticCorpus(
	vocabulary: CorpusVocabulary,
	templates: CorpusTemplates,
	count: number,
	seed = 20240423,
	mix: CorpusMix = SEARCH_MIX,
): CorpusFile[] {
	const random = seededRandom(seed);
	const files: CorpusFile[] = [];
	const names = new Set<string>();
	const unique = (make: () => string) => {
		for (let attempt = 0; attempt < 50; attempt++) {
			const name = make();
			if (!names.has(name)) {
				names.add(name);
				return name;
			}
		}
		const name = `${make()}（${names.size + 1}）`;
		names.add(name);
		return name;
	};
	const template = (kind: keyof CorpusTemplates) => {
		const text = templates[kind];
		if (text === undefined) throw new Error(`the corpus mix needs a ${kind} template`);
		return text;
	};
	const place = (name: string) => name.replace(/居委会|村委会/, '');
	for (let index = 0; index < count; index++) {
		const number = String(index + 1).padStart(4, '0');
		const kind = kindAt(mix, index);
		const village = pick(vocabulary.villages, random);
		const topic = pick(vocabulary.topics, random);
		const summary = pick(vocabulary.sentences, random);
		/** A copy of a template with a new slug, name field, summary and body. */
		const entry = (
			folder: CorpusKind,
			templateKind: keyof CorpusTemplates,
			nameField: 'name' | 'title',
			name: string,
			paragraphCount: number,
			extension = 'md',
		) => {
			const slug = `synthetic-${SINGULAR[folder]}-${number}`;
			let text = setFrontMatter(template(templateKind), 'slug', slug);
			text = setFrontMatter(text, nameField, quoted(name));
			text = setFrontMatter(text, 'summary', quoted(summary));
			return { path: `${folder}/${slug}.${extension}`, text, paragraphCount };
		};
		let file: { path: string; text: string; paragraphCount: number };
		if (kind === 'stations') {
			const name = unique(
				() =>
					`${village.townName}${place(village.name)}${pick(vocabulary.topics, random)}同心实践站`,
			);
			file = entry('stations', 'station', 'name', name, 4);
			file.text = setFrontMatter(file.text, 'region', quoted(village.id));
			file.text = setFrontMatter(file.text, 'center', village.townId);
		} else if (kind === 'cases') {
			const title = unique(
				() =>
					`${village.townName}${topic}：${pick(vocabulary.caseTitles, random).split('：').at(-1)}`,
			);
			file = entry('cases', 'caseStory', 'title', title, 5, 'mdx');
		} else if (kind === 'systems') {
			const title = unique(() => `${village.townName}${pick(vocabulary.systemTitles, random)}`);
			file = entry('systems', 'system', 'title', title, 4);
			file.text = setFrontMatter(file.text, 'related', '[]');
		} else if (kind === 'centers') {
			const name = unique(() => `${village.townName}${place(village.name)}同心实践中心`);
			file = entry('centers', 'center', 'name', name, 4);
			file.text = setFrontMatter(file.text, 'region', quoted(village.townId));
		} else if (kind === 'bases') {
			const name = unique(() => `${village.townName}${place(village.name)}${topic}示范基地`);
			file = entry('bases', 'base', 'name', name, 3);
			file.text = setFrontMatter(file.text, 'region', quoted(village.id));
		} else {
			const name = unique(() => `${place(village.name)}${topic}`);
			file = entry('platforms', 'platform', 'name', name, 3);
		}
		files.push({
			path: file.path,
			text: setBody(file.text, paragraphs(vocabulary.sentences, random, file.paragraphCount)),
		});
	}
	return files;
}

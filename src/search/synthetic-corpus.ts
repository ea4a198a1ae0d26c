/**
 * A large made-up content folder for the search benchmark, written only from the sample
 * content's own words: its village and town names, its sentences and its titles. Entries are
 * copies of real sample files with a new slug, name, summary and body, so they pass the same
 * schemas and checks as the sample.
 */

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

/** One sample file of each collection the corpus copies. */
export interface CorpusTemplates {
	station: string;
	caseStory: string;
	system: string;
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
 * `count` entries: about 60 % practice stations, 25 % case stories, 15 % work systems, each with a
 * unique slug and name made from the vocabulary.
 */
export function syntheticCorpus(
	vocabulary: CorpusVocabulary,
	templates: CorpusTemplates,
	count: number,
	seed = 20240423,
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
	for (let index = 0; index < count; index++) {
		const number = String(index + 1).padStart(4, '0');
		const share = index % 20;
		const village = pick(vocabulary.villages, random);
		const topic = pick(vocabulary.topics, random);
		const summary = pick(vocabulary.sentences, random);
		if (share < 12) {
			const name = unique(
				() =>
					`${village.townName}${village.name.replace(/居委会|村委会/, '')}${pick(vocabulary.topics, random)}同心实践站`,
			);
			let text = setFrontMatter(templates.station, 'slug', `synthetic-station-${number}`);
			text = setFrontMatter(text, 'name', quoted(name));
			text = setFrontMatter(text, 'region', quoted(village.id));
			text = setFrontMatter(text, 'center', village.townId);
			text = setFrontMatter(text, 'summary', quoted(summary));
			text = setBody(text, paragraphs(vocabulary.sentences, random, 4));
			files.push({ path: `stations/synthetic-station-${number}.md`, text });
		} else if (share < 17) {
			const title = unique(
				() =>
					`${village.townName}${topic}：${pick(vocabulary.caseTitles, random).split('：').at(-1)}`,
			);
			let text = setFrontMatter(templates.caseStory, 'slug', `synthetic-case-${number}`);
			text = setFrontMatter(text, 'title', quoted(title));
			text = setFrontMatter(text, 'summary', quoted(summary));
			text = setBody(text, paragraphs(vocabulary.sentences, random, 5));
			files.push({ path: `cases/synthetic-case-${number}.mdx`, text });
		} else {
			const title = unique(() => `${village.townName}${pick(vocabulary.systemTitles, random)}`);
			let text = setFrontMatter(templates.system, 'slug', `synthetic-system-${number}`);
			text = setFrontMatter(text, 'title', quoted(title));
			text = setFrontMatter(text, 'summary', quoted(summary));
			text = setFrontMatter(text, 'related', '[]');
			text = setBody(text, paragraphs(vocabulary.sentences, random, 4));
			files.push({ path: `systems/synthetic-system-${number}.md`, text });
		}
	}
	return files;
}

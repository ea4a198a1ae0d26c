import matter from 'gray-matter';
import {
	LineCounter,
	parseDocument,
	isMap,
	isPair,
	isScalar,
	isSeq,
	visit,
	type Document,
	type Node,
} from 'yaml';
import type { ContentProblem } from './problem.ts';

/** A raw entry read from a content file, before any schema has seen it. */
export interface RawEntry {
	/** File path relative to the content folder. */
	file: string;
	/** The entry's data: front matter, or one item of a YAML list. */
	data: unknown;
	/** The 1-based line of a field path inside this entry, or of the entry itself. */
	lineOf: (path: readonly PropertyKey[]) => number;
	/** True when the file could not be parsed; its problem is reported and its data is empty. */
	unreadable?: boolean;
	/** The Markdown body after the front matter, for Markdown entries. */
	body?: string;
	/** The line the body starts on. */
	bodyStartLine?: number;
}

interface ParsedYaml {
	document: Document;
	lineCounter: LineCounter;
}

function parseYaml(text: string): ParsedYaml {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, customTags: ['timestamp'] });
	return { document, lineCounter };
}

/** How many leading keys of `path` exist in the document. */
function existingDepth(document: Document, path: readonly PropertyKey[]): number {
	for (let length = path.length; length > 0; length -= 1) {
		if (document.hasIn(path.slice(0, length) as unknown[])) return length;
	}
	return 0;
}

/** Start offset of the key (for a map entry) or the item (for a list entry) at `path`. */
function offsetOf(document: Document, path: readonly PropertyKey[]): number | undefined {
	const parent =
		path.length > 1 ? document.getIn(path.slice(0, -1) as unknown[], true) : document.contents;
	const last = path.at(-1);
	if (isMap(parent)) {
		const pair = parent.items.find(
			(item) => (item.key as { value?: unknown } | null)?.value === last,
		);
		return (pair?.key as Node | undefined)?.range?.[0];
	}
	if (isSeq(parent) && typeof last === 'number')
		return (parent.items[last] as Node | undefined)?.range?.[0];
	return undefined;
}

/**
 * Finds the line of a field: its key, or for a field that is missing, the key of the nearest
 * field around it that exists (else the entry's first line).
 */
function lineFinder(parsed: ParsedYaml, prefix: readonly PropertyKey[], firstLine: number) {
	return (path: readonly PropertyKey[]): number => {
		const full = [...prefix, ...path];
		const depth = existingDepth(parsed.document, full);
		const offset = depth > 0 ? offsetOf(parsed.document, full.slice(0, depth)) : undefined;
		return offset === undefined
			? firstLine
			: parsed.lineCounter.linePos(offset).line + firstLine - 1;
	};
}

function yamlErrorProblem(file: string, parsed: ParsedYaml, firstLine: number): ContentProblem[] {
	return parsed.document.errors.map((error) => ({
		file,
		line: (error.linePos?.[0]?.line ?? 1) + firstLine - 1,
		message: `YAML 格式错误：${error.message.split(/ at line \d|\n/)[0]}。请检查缩进、冒号后的空格、括号和引号是否成对。`,
	}));
}

/**
 * Unquoted dates that do not exist, such as 2023-02-30 or 2022-13-45. YAML readers roll them over
 * into another day without a word, so the schema never sees them; they are caught here, on the text.
 */
function impossibleDates(file: string, parsed: ParsedYaml, firstLine: number): ContentProblem[] {
	const problems: ContentProblem[] = [];
	visit(parsed.document, {
		Scalar(_, node, path) {
			const text = node.source;
			if (!(node.value instanceof Date) || !text) return;
			const match = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
			if (!match) return;
			const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
			const date = node.value;
			if (
				date.getUTCFullYear() === year &&
				date.getUTCMonth() === month - 1 &&
				date.getUTCDate() === day
			) {
				return;
			}
			const pair = path.at(-1);
			const key = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : undefined;
			problems.push({
				file,
				line: parsed.lineCounter.linePos(node.range?.[0] ?? 0).line + firstLine - 1,
				...(key ? { field: key } : {}),
				message: `日期 ${text} 不存在，请检查月和日（格式 YYYY-MM-DD，例如 2023-06-01）。`,
			});
		},
	});
	return problems;
}

/** The front matter block at the top of a Markdown/MDX file, and what follows it. */
export const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Reads a Markdown/MDX entry: front matter with gray-matter, lines with the YAML parser. */
export function readMarkdownEntry(
	file: string,
	text: string,
): { entry?: RawEntry; problems: ContentProblem[] } {
	const block = FRONT_MATTER.exec(text);
	if (!block) {
		return {
			problems: [
				{
					file,
					line: 1,
					message: '文件开头缺少字段区：第一行应为 ---，字段写完后再用一行 --- 结束。',
				},
			],
		};
	}
	const parsed = parseYaml(block[1] ?? '');
	// Line 1 of the file is the opening ---, so the front matter starts on line 2.
	if (parsed.document.errors.length > 0) {
		return {
			entry: { file, data: {}, lineOf: () => 1, unreadable: true },
			problems: yamlErrorProblem(file, parsed, 2),
		};
	}
	let data: unknown;
	try {
		data = matter(text).data;
	} catch (error) {
		return {
			problems: [{ file, line: 1, message: `字段区无法读取：${(error as Error).message}` }],
		};
	}
	const bodyStartLine = block[0].split('\n').length + (block[0].endsWith('\n') ? 0 : 1);
	return {
		entry: {
			file,
			data,
			lineOf: lineFinder(parsed, [], 2),
			body: text.slice(block[0].length),
			bodyStartLine,
		},
		problems: impossibleDates(file, parsed, 2),
	};
}

/** Reads a YAML file that holds a list of entries; each gets its own line lookup. */
export function readYamlList(
	file: string,
	text: string,
): { entries: RawEntry[]; problems: ContentProblem[] } {
	const parsed = parseYaml(text);
	if (parsed.document.errors.length > 0) {
		return { entries: [], problems: yamlErrorProblem(file, parsed, 1) };
	}
	const root = parsed.document.contents;
	if (!isSeq(root)) {
		return {
			entries: [],
			problems: [{ file, line: 1, message: '文件应为列表：每一项以“- ”开头。' }],
		};
	}
	const items = parsed.document.toJS() as unknown[];
	const entries = items.map((data, index) => ({
		file,
		data,
		lineOf: lineFinder(parsed, [index], 1),
	}));
	return { entries, problems: impossibleDates(file, parsed, 1) };
}

/** Reads a YAML file that holds a single entry (the site settings). */
export function readYamlSingle(
	file: string,
	text: string,
): { entry?: RawEntry; problems: ContentProblem[] } {
	const parsed = parseYaml(text);
	if (parsed.document.errors.length > 0) return { problems: yamlErrorProblem(file, parsed, 1) };
	return {
		entry: { file, data: parsed.document.toJS() ?? {}, lineOf: lineFinder(parsed, [], 1) },
		problems: [],
	};
}

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
	/**
	 * Where a piece of a field's value stands in the file (1-based line and column), when the
	 * value's source holds it as written; undefined otherwise (then use `lineOf`).
	 */
	positionOf?: (
		path: readonly PropertyKey[],
		fragment: string,
	) => { line: number; column: number } | undefined;
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

/**
 * How far YAML aliases (`*name`) may expand, counted as the `yaml` library counts them. Editors
 * never need aliases; a document built of nested ones (a "billion laughs") is refused at once
 * instead of expanding until the machine runs out of memory.
 */
export const YAML_ALIAS_LIMIT = 100;

/** The largest YAML document (a front matter block or a data file) the checker reads. */
export const YAML_SIZE_LIMIT = 2 * 1024 * 1024;

function parseYaml(text: string): ParsedYaml {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, {
		lineCounter,
		customTags: ['timestamp'],
	});
	return { document, lineCounter };
}

/** The size problem of a YAML document over the limit, if it is. */
function yamlTooLarge(file: string, text: string): ContentProblem[] {
	if (text.length <= YAML_SIZE_LIMIT) return [];
	return [
		{
			file,
			line: 1,
			message: `YAML 内容过大（${(text.length / 1024 / 1024).toFixed(1)} MB，上限 ${YAML_SIZE_LIMIT / 1024 / 1024} MB）：请拆分文件，或删去不需要的内容。`,
		},
	];
}

/**
 * The document's data, or the problem that stopped reading it: aliases that expand beyond the
 * limit throw inside the `yaml` library, and are reported instead.
 */
function yamlData(
	file: string,
	parsed: ParsedYaml,
	firstLine: number,
): { data: unknown } | { problem: ContentProblem } {
	try {
		return { data: parsed.document.toJS({ maxAliasCount: YAML_ALIAS_LIMIT }) };
	} catch (error) {
		const aliases = error instanceof ReferenceError || /alias/i.test(String(error));
		return {
			problem: {
				file,
				line: firstLine,
				message: aliases
					? 'YAML 中的别名（& 和 *）展开得太多，无法读取。请直接写出每个值，不要用 & 和 *。'
					: `YAML 无法读取：${(error as Error).message}`,
			},
		};
	}
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

/** Finds a piece of a field's value in the source of that value's node. */
function positionFinder(
	parsed: ParsedYaml,
	source: string,
	prefix: readonly PropertyKey[],
	firstLine: number,
) {
	return (path: readonly PropertyKey[], fragment: string) => {
		const node = parsed.document.getIn([...prefix, ...path] as unknown[], true) as Node | undefined;
		const range = node && isScalar(node) ? node.range : undefined;
		if (!range) return undefined;
		const at = source.slice(range[0], range[1]).indexOf(fragment);
		if (at < 0) return undefined;
		const position = parsed.lineCounter.linePos(range[0] + at);
		return { line: position.line + firstLine - 1, column: position.col };
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
export const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads a Markdown/MDX entry: its front matter and the lines of its fields with the YAML parser. */
export function readMarkdownEntry(
	file: string,
	fileText: string,
): { entry?: RawEntry; problems: ContentProblem[] } {
	// Windows Notepad starts a UTF-8 file with a byte-order mark; Astro skips it too.
	const text = fileText.replace(/^\uFEFF/, '');
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
	const unreadable = (problems: ContentProblem[]) => ({
		entry: { file, data: {}, lineOf: () => 1, unreadable: true },
		problems,
	});
	const tooLarge = yamlTooLarge(file, block[1] ?? '');
	if (tooLarge.length > 0) return unreadable(tooLarge);
	const parsed = parseYaml(block[1] ?? '');
	// Line 1 of the file is the opening ---, so the front matter starts on line 2.
	if (parsed.document.errors.length > 0) return unreadable(yamlErrorProblem(file, parsed, 2));
	const read = yamlData(file, parsed, 2);
	if ('problem' in read) return unreadable([read.problem]);
	const data = read.data ?? {};
	if (typeof data !== 'object' || Array.isArray(data)) {
		return unreadable([{ file, line: 2, message: '字段区应为“字段名: 值”的形式，每行一个字段。' }]);
	}
	const bodyStartLine = block[0].split('\n').length + (block[0].endsWith('\n') ? 0 : 1);
	return {
		entry: {
			file,
			data,
			lineOf: lineFinder(parsed, [], 2),
			positionOf: positionFinder(parsed, block[1] ?? '', [], 2),
			body: text.slice(block[0].length),
			bodyStartLine,
		},
		problems: impossibleDates(file, parsed, 2),
	};
}

/** Reads a YAML file that holds a list of entries; each gets its own line lookup. */
export function readYamlList(
	file: string,
	fileText: string,
): { entries: RawEntry[]; problems: ContentProblem[] } {
	const text = fileText.replace(/^\uFEFF/, '');
	const tooLarge = yamlTooLarge(file, text);
	if (tooLarge.length > 0) return { entries: [], problems: tooLarge };
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
	const read = yamlData(file, parsed, 1);
	if ('problem' in read) return { entries: [], problems: [read.problem] };
	const items = read.data as unknown[];
	const entries = items.map((data, index) => ({
		file,
		data,
		lineOf: lineFinder(parsed, [index], 1),
		positionOf: positionFinder(parsed, text, [index], 1),
	}));
	return { entries, problems: impossibleDates(file, parsed, 1) };
}

/** Reads a YAML file that holds a single entry (the site settings). */
export function readYamlSingle(
	file: string,
	fileText: string,
): { entry?: RawEntry; problems: ContentProblem[] } {
	const text = fileText.replace(/^\uFEFF/, '');
	const tooLarge = yamlTooLarge(file, text);
	if (tooLarge.length > 0) return { problems: tooLarge };
	const parsed = parseYaml(text);
	if (parsed.document.errors.length > 0) return { problems: yamlErrorProblem(file, parsed, 1) };
	const read = yamlData(file, parsed, 1);
	if ('problem' in read) return { problems: [read.problem] };
	return {
		entry: {
			file,
			data: read.data ?? {},
			lineOf: lineFinder(parsed, [], 1),
			positionOf: positionFinder(parsed, text, [], 1),
		},
		problems: impossibleDates(file, parsed, 1),
	};
}

/**
 * Reads a data file as Astro's loaders will (`src/content.config.ts`): UTF-8, a byte-order mark
 * skipped, aliases and size limited. Throws a message naming the file when it cannot be read.
 */
export function parseYamlData(file: string, fileText: string): unknown {
	const text = fileText.replace(/^\uFEFF/, '');
	const problems = yamlTooLarge(file, text);
	const parsed = parseYaml(text);
	problems.push(...(problems.length > 0 ? [] : yamlErrorProblem(file, parsed, 1)));
	if (problems.length === 0) {
		const read = yamlData(file, parsed, 1);
		if ('data' in read) return read.data;
		problems.push(read.problem);
	}
	throw new Error(
		problems.map((problem) => `${file}:${problem.line}  ${problem.message}`).join('\n'),
	);
}

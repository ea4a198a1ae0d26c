import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { formatFieldPath, type ContentProblem } from '../../core/content-check/problem.ts';
import type { ContentRule } from '../../core/content-check/rules.ts';
import { readYamlList } from '../../core/content-check/source-file.ts';
import { findWording, wordingMessage } from './wording.ts';
import {
	WORDING_FILE,
	wordingCheckField,
	wordingItemSchema,
	type WordingItem,
} from './wording-schema.ts';

/** Line and column of an offset in a text that starts on `firstLine`. */
function positionInText(text: string, offset: number, firstLine: number) {
	const before = text.slice(0, offset);
	const lineStart = before.lastIndexOf('\n') + 1;
	return { line: firstLine + (before.match(/\n/g)?.length ?? 0), column: offset - lineStart + 1 };
}

function* textsOf(
	value: unknown,
	at: PropertyKey[],
): Generator<{ path: PropertyKey[]; text: string }> {
	if (typeof value === 'string') yield { path: at, text: value };
	else if (Array.isArray(value))
		for (const [index, item] of value.entries()) yield* textsOf(item, [...at, index]);
	else if (value && typeof value === 'object' && !(value instanceof Date))
		for (const [key, item] of Object.entries(value)) yield* textsOf(item, [...at, key]);
}

/** The dictionary of a content folder, and the problems of the dictionary itself. */
export function readWordingDictionary(root: string): {
	items: WordingItem[];
	problems: ContentProblem[];
} {
	const file = path.join(root, WORDING_FILE);
	if (!existsSync(file)) return { items: [], problems: [] };
	const { entries, problems } = readYamlList(WORDING_FILE, readFileSync(file, 'utf8'));
	const items: WordingItem[] = [];
	for (const entry of entries) {
		const parsed = wordingItemSchema.safeParse(entry.data);
		if (parsed.success) items.push(parsed.data);
		else
			problems.push({
				file: WORDING_FILE,
				line: entry.lineOf([]),
				message:
					'错敏词表的每一项要写 wrong（错误写法）和 correct（正确写法），可加 note（说明）。',
			});
	}
	return { items, problems };
}

/** Fields that are not text for readers: the allow list itself, addresses of files. */
const SKIPPED = new Set(['wordingAllow', 'slug']);

/**
 * The wording check: every wrong wording of `content/wording.yaml` in any entry's fields or body,
 * reported with file, line, the word and its correct form. `wordingCheck: warn` in `site.yaml`
 * makes the hits warnings; by default they stop the build. An entry lists in `wordingAllow` the
 * wordings that are right in its own context.
 */
export const wordingRule: ContentRule = (entries, { root }) => {
	const { items, problems } = readWordingDictionary(root);
	if (items.length === 0) return problems;
	const site = entries.find((entry) => entry.collection === 'site');
	const setting = wordingCheckField.safeParse(
		(site?.raw.data as { wordingCheck?: unknown } | undefined)?.wordingCheck,
	);
	const severity = setting.success && setting.data === 'warn' ? 'warning' : 'error';
	for (const entry of entries) {
		if (entry.collection === 'site') continue;
		const data = (entry.raw.data ?? {}) as Record<string, unknown>;
		const allowed = new Set(
			Array.isArray(data['wordingAllow']) ? data['wordingAllow'].map(String) : [],
		);
		for (const [key, value] of Object.entries(data)) {
			if (SKIPPED.has(key)) continue;
			for (const { path: at, text } of textsOf(value, [key])) {
				if (/(?:^|\.)src$/.test(formatFieldPath(at))) continue;
				for (const hit of findWording(text, items, allowed))
					problems.push({
						file: entry.raw.file,
						line: entry.raw.lineOf(at),
						...entry.raw.positionOf?.(at, hit.item.wrong),
						field: formatFieldPath(at),
						severity,
						message: wordingMessage(hit.item),
					});
			}
		}
		const body = entry.raw.body ?? '';
		for (const hit of findWording(body, items, allowed))
			problems.push({
				file: entry.raw.file,
				...positionInText(body, hit.index, entry.raw.bodyStartLine ?? 1),
				field: '正文',
				severity,
				message: wordingMessage(hit.item),
			});
	}
	return problems;
};

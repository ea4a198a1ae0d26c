import type { ContentProblem } from '../../core/content-check/problem.ts';
import { formatFieldPath } from '../../core/content-check/problem.ts';
import type { ContentRule } from '../../core/content-check/rules.ts';
import type { CheckedEntry } from '../../core/content-check/validate.ts';
import { internalKeysOf } from '../../core/schemas/internal.ts';
import { findingLabels, findPersonalData } from './personal-data.ts';

function* textsOf(
	value: unknown,
	path: PropertyKey[],
): Generator<{ path: PropertyKey[]; text: string }> {
	if (typeof value === 'string' || typeof value === 'number') {
		yield { path, text: String(value) };
	} else if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* textsOf(item, [...path, index]);
	} else if (value && typeof value === 'object' && !(value instanceof Date)) {
		for (const [key, item] of Object.entries(value)) yield* textsOf(item, [...path, key]);
	}
}

function problemText(kind: keyof typeof findingLabels, match: string): string {
	return `疑似${findingLabels[kind]}“${match}”：公开内容不能含有个人信息。请删除，或改写到内部字段（如 contacts）；确属单位公开信息的，把它原样加入 content/site.yaml 的 personalDataAllowList。`;
}

function allowListOf(entries: readonly CheckedEntry[]): string[] {
	const site = entries.find((entry) => entry.collection === 'site');
	const list = (site?.raw.data as { personalDataAllowList?: unknown } | undefined)
		?.personalDataAllowList;
	return Array.isArray(list) ? list.map(String) : [];
}

/** Line and column of an offset in a text that starts on `firstLine`. */
function positionInText(text: string, offset: number, firstLine: number) {
	const before = text.slice(0, offset);
	const lineStart = before.lastIndexOf('\n') + 1;
	return { line: firstLine + (before.match(/\n/g)?.length ?? 0), column: offset - lineStart + 1 };
}

/**
 * The personal-data guard: public content (every entry that is not internal, every field that is
 * not internal-only, and Markdown bodies, comments included) must hold no resident ID number,
 * mobile number or personal e-mail address, in any spelling (full-width digits, digits in groups).
 */
export const personalDataRule: ContentRule = (entries, { schemas }) => {
	const internalKeys = internalKeysOf(schemas);
	const allowList = allowListOf(entries);
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		const data = entry.raw.data as Record<string, unknown> | undefined;
		if (!data || data['visibility'] === 'internal') continue;
		const skip = internalKeys.get(entry.collection) ?? new Set<string>();
		for (const [key, value] of Object.entries(data)) {
			if (skip.has(key) || key === 'personalDataAllowList') continue;
			for (const { path, text } of textsOf(value, [key])) {
				for (const finding of findPersonalData(text, allowList)) {
					problems.push({
						file: entry.raw.file,
						line: entry.raw.lineOf(path),
						...entry.raw.positionOf?.(path, finding.match),
						field: formatFieldPath(path),
						message: problemText(finding.kind, finding.match),
					});
				}
			}
		}
		const body = entry.raw.body ?? '';
		for (const finding of findPersonalData(body, allowList)) {
			problems.push({
				file: entry.raw.file,
				...positionInText(body, finding.index, entry.raw.bodyStartLine ?? 1),
				field: '正文',
				message: problemText(finding.kind, finding.match),
			});
		}
	}
	return problems;
};

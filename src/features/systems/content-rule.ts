/**
 * The content check of template bodies: what the official format cannot print (tables, quotes,
 * pictures, headings at the wrong level), unpaired 【】 blanks, and checklist sections that hold
 * no items. Listed in `lib/content-check/index.ts` with the other rules.
 */
import type { ContentProblem } from '../../core/content-check/problem.ts';
import type { ContentRule } from '../../core/content-check/rules.ts';
import { checklistOf } from './checklist.ts';
import { parseSystemBody } from './system-document.ts';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;

/** The body of a Markdown file and the file line its first line is on. */
export function bodyOf(text: string): { body: string; firstLine: number } {
	const front = FRONT_MATTER.exec(text)?.[0] ?? '';
	return { body: text.slice(front.length), firstLine: front.split('\n').length };
}

export const checkSystemBodies: ContentRule = (entries) => {
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		if (entry.collection !== 'systems') continue;
		// A ledger row being imported has no body yet.
		const { body, bodyStartLine: firstLine = 1 } = entry.raw;
		if (body === undefined) continue;
		if (body.trim() === '') {
			problems.push({
				file: entry.raw.file,
				line: firstLine,
				message:
					'制度正文是空的：模板至少要有一节，例如“## 一、总则”下面写一段。正文写在第二个 --- 下面。',
			});
			continue;
		}
		const document = parseSystemBody(body);
		for (const problem of document.problems) {
			problems.push({
				file: entry.raw.file,
				line: problem.line + firstLine - 1,
				message: problem.message,
			});
		}
		const sections = (entry.raw.data as { checklist?: unknown }).checklist;
		if (!Array.isArray(sections)) continue;
		for (const number of checklistOf(document, sections as number[]).unusable) {
			const index = sections.indexOf(number);
			problems.push({
				file: entry.raw.file,
				line: entry.raw.lineOf(['checklist', index]),
				field: `checklist[${index}]`,
				message: `正文没有第 ${number} 节，或这一节没有“1.”编号条目或“（一）”段落，无法作为检查项。请改成有条目的节的序号。`,
			});
		}
	}
	return problems;
};

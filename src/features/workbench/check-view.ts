import type { z } from 'astro/zod';
import {
	collectionLabels,
	collectionSources,
	type CollectionName,
} from '../../core/collections.ts';
import type { ContentProblem } from '../../core/content-check/index.ts';
import { fieldDocAt } from '../../core/schemas/field-docs.ts';
import { LISTS } from './cms-config.ts';
import { collectionOfFile } from './local-backend.ts';

/** One problem as the workbench shows it: where, in the editor's words, and what is wrong. */
export interface ProblemView {
	/** The file, relative to the content folder. */
	file: string;
	line?: number;
	/** The field path as the checker names it, e.g. `cover.alt`. */
	field?: string;
	/** The field's Chinese name, e.g. 封面图说明. */
	fieldLabel?: string;
	message: string;
	/** The collection's Chinese name, e.g. 同心实践站. */
	collectionLabel?: string;
	/** Where the entry opens in the CMS (`#/collections/…`). */
	editLink?: string;
}

/** What the check after a save found: the saved file's problems first, then all others. */
export interface CheckView {
	file?: string;
	entryProblems: ProblemView[];
	otherProblems: ProblemView[];
}

/** `gallery[0].alt` → `gallery[].alt`, the path the field docs use. */
function docPath(field: string): string {
	return field.replace(/\[\d+\]/g, '[]').replace(/\[\]$/, '');
}

/** The CMS address of the entry a file holds. */
export function editLinkOf(file: string): string | undefined {
	const collection = collectionOfFile(file);
	if (!collection) return undefined;
	const source = collectionSources[collection];
	if (source.type === 'folder') {
		const slug = file.slice(source.folder.length + 1, -source.extension.length);
		return `#/collections/${collection}/entries/${slug}`;
	}
	return `#/collections/${LISTS}/entries/${collection}`;
}

function viewOf(
	problem: ContentProblem,
	schemas: Readonly<Record<CollectionName, z.ZodType>>,
): ProblemView {
	const collection = collectionOfFile(problem.file);
	const label =
		collection && problem.field
			? fieldDocAt(schemas[collection], docPath(problem.field))?.label
			: undefined;
	const link = editLinkOf(problem.file);
	return {
		file: problem.file,
		...(problem.line !== undefined && { line: problem.line }),
		...(problem.field !== undefined && { field: problem.field }),
		...(label !== undefined && { fieldLabel: label }),
		message: problem.message,
		...(collection && { collectionLabel: collectionLabels[collection] }),
		...(link && { editLink: link }),
	};
}

/**
 * The problems the content check found, as the workbench's check panel shows them: those of the
 * file just saved (when one is named), then every other, each with its field's Chinese name.
 */
export function checkView(
	problems: readonly ContentProblem[],
	schemas: Readonly<Record<CollectionName, z.ZodType>>,
	file?: string,
): CheckView {
	const views = problems.map((problem) => viewOf(problem, schemas));
	return {
		...(file !== undefined && { file }),
		entryProblems: views.filter((view) => file !== undefined && view.file === file),
		otherProblems: views.filter((view) => file === undefined || view.file !== file),
	};
}

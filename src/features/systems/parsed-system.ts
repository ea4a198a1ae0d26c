/** A work system read as a regulation template: its meta and its parsed body. */
import type { CollectionEntry } from 'astro:content';
import { parseSystemBody, type SystemDocument } from './system-document.ts';
import { systemMeta, type SystemMeta } from './system-meta.ts';

export interface ParsedSystem {
	entry: CollectionEntry<'systems'>;
	meta: SystemMeta;
	body: string;
	document: SystemDocument;
}

/** A systems entry read as a template. The content check has already refused bodies it cannot print. */
export function systemOf(entry: CollectionEntry<'systems'>): ParsedSystem {
	const body = entry.body ?? '';
	return { entry, meta: systemMeta(entry), body, document: parseSystemBody(body) };
}

/** Regulation templates as the pages and downloads need them: meta and parsed body. */
import type { CollectionEntry } from 'astro:content';
import { parseSystemBody, type SystemDocument } from './system-document.ts';
import { systemMeta, type SystemMeta } from './system-meta.ts';
import { published } from '../../core/content.ts';

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

/** Every template of this build (internal ones only in the intranet build). */
export async function publishedSystems(): Promise<ParsedSystem[]> {
	return (await published('systems')).map(systemOf);
}

/** `getStaticPaths` of every per-template route: one path per published template. */
export async function systemPaths() {
	return (await publishedSystems()).map((template) => ({
		params: { slug: template.meta.slug },
		props: { template },
	}));
}

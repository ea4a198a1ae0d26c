/** Regulation templates as the pages and downloads need them: meta and parsed body. */
import type { CollectionEntry } from 'astro:content';
import { parseTemplateBody, type TemplateDocument } from '../templates/template-document.ts';
import { templateMeta, type TemplateMeta } from '../templates/template-meta.ts';
import { published } from './content.ts';

export interface Template {
	entry: CollectionEntry<'systems'>;
	meta: TemplateMeta;
	body: string;
	document: TemplateDocument;
}

/** A systems entry read as a template. The content check has already refused bodies it cannot print. */
export function templateOf(entry: CollectionEntry<'systems'>): Template {
	const body = entry.body ?? '';
	return { entry, meta: templateMeta(entry), body, document: parseTemplateBody(body) };
}

/** Every template of this build (internal ones only in the intranet build). */
export async function publishedTemplates(): Promise<Template[]> {
	return (await published('systems')).map(templateOf);
}

/** `getStaticPaths` of every per-template route: one path per published template. */
export async function templatePaths() {
	return (await publishedTemplates()).map((template) => ({
		params: { slug: template.meta.slug },
		props: { template },
	}));
}

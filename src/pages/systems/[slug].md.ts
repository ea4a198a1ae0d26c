import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { templatePaths } from '../../data/templates.ts';
import { downloadFormats } from '../../templates/downloads.ts';
import { templateMarkdown } from '../../templates/markdown-download.ts';

export const getStaticPaths = templatePaths;

/** `/systems/<slug>.md`: the template as Markdown text. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
	const { meta, body } = props.template;
	return new Response(templateMarkdown(meta, body), {
		headers: { 'content-type': downloadFormats.md.type },
	});
};

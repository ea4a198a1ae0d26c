import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { systemPaths } from '../../features/systems/system-data.ts';
import { downloadFormats } from '../../features/systems/downloads.ts';
import { systemMarkdown } from '../../features/systems/markdown-download.ts';

export const getStaticPaths = systemPaths;

/** `/systems/<slug>.md`: the template as Markdown text. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) => {
	const { meta, body } = props.template;
	return new Response(systemMarkdown(meta, body), {
		headers: { 'content-type': downloadFormats.md.type },
	});
};

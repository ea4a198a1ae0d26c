import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { templatePaths } from '../../data/templates.ts';
import { downloadFormats } from '../../templates/downloads.ts';
import { templateDocxBytes } from '../../templates/docx-builder.ts';

export const getStaticPaths = templatePaths;

/** `/systems/<slug>.docx`: the template as a Word document in GB/T 9704 format. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
	const { meta, document } = props.template;
	return new Response(await templateDocxBytes(meta, document), {
		headers: { 'content-type': downloadFormats.docx.type },
	});
};

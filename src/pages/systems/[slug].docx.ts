import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { systemPaths } from '../../features/systems/system-data.ts';
import { downloadFormats } from '../../features/systems/downloads.ts';
import { sourceFolder } from 'virtual:tongxin/settings';
import { packSystemDocx } from '../../features/systems/docx-pool.ts';

export const getStaticPaths = systemPaths;

/** `/systems/<slug>.docx`: the template as a Word document in GB/T 9704 format. */
export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => {
	const { meta, document } = props.template;
	return new Response(await packSystemDocx(sourceFolder, { meta, document }), {
		headers: { 'content-type': downloadFormats.docx.type },
	});
};

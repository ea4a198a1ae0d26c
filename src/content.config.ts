import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { parseYamlData } from './core/content-check/source-file.ts';
import settings from 'virtual:tongxin/settings';
import { collectionSchemaBuilders } from './site/collections.ts';
import { collectionSources, type CollectionName } from './core/collections.ts';
import type { SchemaHelpers } from './core/schemas/helpers.ts';
import { scopedLoader } from './core/scoped-loader.ts';
import { publicationPolicy, siteContentScope } from './site/content-scope.ts';

const { contentDir: root, profile, today } = settings;

/**
 * Entries held back from this build and fields that do not exist in it never reach Astro: the
 * public build is sealed here, at the source, not in each page (see `src/site/content-scope.ts`):
 * internal entries, and entries whose review is incomplete or whose publishing window is closed.
 */
const scope = siteContentScope(profile, publicationPolicy(root, today));
const sealed = (name: CollectionName, loader: Loader): Loader => scopedLoader(loader, name, scope);

// Astro's reference() is typed loosely; the checker's stand-in and Astro's agree on the output.
const astroReference = reference as unknown as SchemaHelpers['reference'];

// Astro calls this for every entry (its image helper knows the entry's folder): only the entry's
// own collection is built, not all fourteen (1.7 s of a 1,000-entry build when it was).
function schemaOf<C extends CollectionName>(name: C) {
	return ({ image }: { image: SchemaHelpers['image'] }) =>
		collectionSchemaBuilders[name]({ reference: astroReference, image }) as ReturnType<
			(typeof collectionSchemaBuilders)[C]
		>;
}

function folderLoader(name: keyof typeof collectionSources) {
	const source = collectionSources[name];
	if (source.type !== 'folder') throw new Error(`${name} is not a folder collection`);
	return sealed(
		name,
		glob({ base: path.join(root, source.folder), pattern: `**/*${source.extension}` }),
	);
}

function listLoader(name: keyof typeof collectionSources) {
	const source = collectionSources[name];
	if (source.type !== 'list') throw new Error(`${name} is not a list collection`);
	// Read as the checker reads it: a byte-order mark skipped, aliases and size limited.
	return sealed(
		name,
		file(path.join(root, source.file), {
			parser: (text) => parseYamlData(source.file, text) as Record<string, unknown>[],
		}),
	);
}

export const collections = {
	site: defineCollection({
		loader: async () => {
			const text = await readFile(path.join(root, collectionSources.site.file), 'utf8');
			return [{ id: 'site', ...(parseYamlData(collectionSources.site.file, text) as object) }];
		},
		schema: schemaOf('site'),
	}),
	regions: defineCollection({ loader: listLoader('regions'), schema: schemaOf('regions') }),
	domains: defineCollection({ loader: listLoader('domains'), schema: schemaOf('domains') }),
	levels: defineCollection({ loader: listLoader('levels'), schema: schemaOf('levels') }),
	baseKinds: defineCollection({ loader: listLoader('baseKinds'), schema: schemaOf('baseKinds') }),
	systemKinds: defineCollection({
		loader: listLoader('systemKinds'),
		schema: schemaOf('systemKinds'),
	}),
	scopes: defineCollection({ loader: listLoader('scopes'), schema: schemaOf('scopes') }),
	figures: defineCollection({ loader: listLoader('figures'), schema: schemaOf('figures') }),
	centers: defineCollection({ loader: folderLoader('centers'), schema: schemaOf('centers') }),
	stations: defineCollection({ loader: folderLoader('stations'), schema: schemaOf('stations') }),
	bases: defineCollection({ loader: folderLoader('bases'), schema: schemaOf('bases') }),
	platforms: defineCollection({ loader: folderLoader('platforms'), schema: schemaOf('platforms') }),
	systems: defineCollection({ loader: folderLoader('systems'), schema: schemaOf('systems') }),
	cases: defineCollection({ loader: folderLoader('cases'), schema: schemaOf('cases') }),
};

import type { z } from 'astro/zod';
import { caseSchema } from '../features/cases/case-schema.ts';
import { centerSchema } from '../features/places/center-schema.ts';
import { demonstrationBaseSchema } from '../features/places/base-schema.ts';
import { figureSchema } from '../features/figures/figure-schema.ts';
import type { CollectionName } from '../core/collections.ts';
import type { SchemaHelpers } from '../core/schemas/helpers.ts';
import { platformSchema } from '../features/platforms/platform-schema.ts';
import { regionSchema } from '../features/regions/region-schema.ts';
import { siteConfigSchema } from './site-config-schema.ts';
import { stationSchema } from '../features/places/station-schema.ts';
import { systemSchema } from '../features/systems/system-schema.ts';
import { taxonomyTermSchema } from '../core/schemas/taxonomy.ts';

/**
 * How each collection's schema is built from the helpers (Astro's, or the checker's). The Astro
 * build (`src/content.config.ts`), the content check and the editor tools all parse content with
 * these, so they can never disagree about the content model.
 */
export const collectionSchemaBuilders = {
	site: siteConfigSchema,
	regions: regionSchema,
	domains: () => taxonomyTermSchema,
	levels: () => taxonomyTermSchema,
	baseKinds: () => taxonomyTermSchema,
	systemKinds: () => taxonomyTermSchema,
	scopes: () => taxonomyTermSchema,
	figures: () => figureSchema,
	centers: centerSchema,
	stations: stationSchema,
	bases: demonstrationBaseSchema,
	platforms: platformSchema,
	systems: systemSchema,
	cases: caseSchema,
} satisfies Record<CollectionName, (helpers: SchemaHelpers) => z.ZodType>;

/** Every collection's schema, by collection. */
export type CollectionSchemas = {
	[C in CollectionName]: ReturnType<(typeof collectionSchemaBuilders)[C]>;
};

/** Builds the schema of every collection with the given helpers. */
export function collectionSchemas(helpers: SchemaHelpers): CollectionSchemas {
	return Object.fromEntries(
		Object.entries(collectionSchemaBuilders).map(([name, build]) => [name, build(helpers)]),
	) as CollectionSchemas;
}

import { caseSchema } from '../features/cases/case-schema.ts';
import { centerSchema } from '../features/places/center-schema.ts';
import { demonstrationBaseSchema } from '../features/places/base-schema.ts';
import { figureSchema } from '../features/figures/figure-schema.ts';
import type { CollectionName, SchemaHelpers } from '../core/schemas/helpers.ts';
import { platformSchema } from '../features/platforms/platform-schema.ts';
import { regionSchema } from '../features/regions/region-schema.ts';
import { siteConfigSchema } from './site-config-schema.ts';
import { stationSchema } from '../features/places/station-schema.ts';
import { systemSchema } from '../features/systems/system-schema.ts';
import { taxonomyTermSchema } from '../core/schemas/taxonomy.ts';

/** Markdown/MDX files, one entry per file, in a folder of `content/`. */
interface FolderSource {
	type: 'folder';
	folder: string;
	extension: '.md' | '.mdx';
}
/** A YAML file holding a list of entries, each with an `id`. */
interface ListSource {
	type: 'list';
	file: string;
}
/** A YAML file holding a single entry. */
interface SingleSource {
	type: 'single';
	file: string;
}
export type CollectionSource = FolderSource | ListSource | SingleSource;

/**
 * Where each collection lives under `content/` and which schema checks it. The Astro build
 * (`src/content.config.ts`) and the editor check (`npm run check`) both read this table, so the
 * two can never disagree about the content model.
 */
export const collectionSources = {
	site: { type: 'single', file: 'site.yaml' },
	regions: { type: 'list', file: 'regions/regions.yaml' },
	domains: { type: 'list', file: 'taxonomies/domains.yaml' },
	levels: { type: 'list', file: 'taxonomies/levels.yaml' },
	baseKinds: { type: 'list', file: 'taxonomies/base-kinds.yaml' },
	systemKinds: { type: 'list', file: 'taxonomies/system-kinds.yaml' },
	scopes: { type: 'list', file: 'taxonomies/scopes.yaml' },
	figures: { type: 'list', file: 'figures/figures.yaml' },
	centers: { type: 'folder', folder: 'centers', extension: '.md' },
	stations: { type: 'folder', folder: 'stations', extension: '.md' },
	bases: { type: 'folder', folder: 'bases', extension: '.md' },
	platforms: { type: 'folder', folder: 'platforms', extension: '.md' },
	systems: { type: 'folder', folder: 'systems', extension: '.md' },
	cases: { type: 'folder', folder: 'cases', extension: '.mdx' },
} as const satisfies Record<CollectionName, CollectionSource>;

/** Builds the schema of every collection with the given helpers (Astro's, or the checker's). */
export function collectionSchemas(helpers: SchemaHelpers) {
	return {
		site: siteConfigSchema(helpers),
		regions: regionSchema(helpers),
		domains: taxonomyTermSchema,
		levels: taxonomyTermSchema,
		baseKinds: taxonomyTermSchema,
		systemKinds: taxonomyTermSchema,
		scopes: taxonomyTermSchema,
		figures: figureSchema,
		centers: centerSchema(helpers),
		stations: stationSchema(helpers),
		bases: demonstrationBaseSchema(helpers),
		platforms: platformSchema(helpers),
		systems: systemSchema(helpers),
		cases: caseSchema(helpers),
	} satisfies Record<CollectionName, unknown>;
}

/** Chinese names of the collections, for messages and headings. */
export const collectionLabels: Record<CollectionName, string> = {
	site: '网站设置',
	regions: '行政区划',
	domains: '领域',
	levels: '级别',
	baseKinds: '基地类别',
	systemKinds: '制度类别',
	scopes: '适用对象',
	figures: '数据',
	centers: '同心实践中心',
	stations: '同心实践站',
	bases: '示范基地',
	platforms: '品牌阵地',
	systems: '工作制度',
	cases: '案例故事',
};

/**
 * The collections of `content/`: where each lives and what editors call it. This table is the
 * content model's layout; which schema checks each collection is said at the top of the house
 * (`src/site/collections.ts`), so this file names no feature.
 */

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
 * Where each collection lives under `content/`. The Astro loaders (`src/content.config.ts`) and the
 * content check (`npm run check`) both read this table, so they read the same files.
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
} as const satisfies Record<string, CollectionSource>;

/**
 * Files of `content/` that are read by the build but are no collection: the search's synonyms
 * (`src/features/search/synonyms.ts` checks it while indexing).
 */
export const otherContentFiles = ['taxonomies/synonyms.yaml'] as const;

/** The names of every collection in `content/`; a reference names one of them. */
export type CollectionName = keyof typeof collectionSources;

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

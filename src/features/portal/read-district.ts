/**
 * Reads what a district build published for a portal — `build-info.json`, `data/summary.json`,
 * `data/sites.json` and the search index's entry file — and checks each against its schema.
 * A file that is missing or malformed gives one problem, in Chinese, naming the file and field.
 */
import { z } from 'astro/zod';
import { buildInfoSchema, type BuildInfo } from '../publishing/build-info.ts';
import { sitesJsonSchema, type OpenSite } from '../map/open-data.ts';
import { SEARCH_FOLDER } from '../search/index-step.ts';
import type { PublishedFiles } from './published-files.ts';
import { districtSummarySchema, SUMMARY_FILE, type DistrictSummary } from './summary-schema.ts';

export const BUILD_INFO_FILE = 'build-info.json';
export const SITES_FILE = 'data/sites.json';
export const SEARCH_ENTRY_FILE = `${SEARCH_FOLDER}/pagefind-entry.json`;

/** Pagefind's `pagefind-entry.json`: its version and the languages indexed. */
const searchEntrySchema = z.object({
	version: z.string(),
	languages: z.record(z.string(), z.object({ page_count: z.number() })),
});

/** Everything the portal takes from one district build. */
export interface DistrictBuild {
	/** Where it was read from (a folder or an address). */
	source: string;
	info: BuildInfo;
	summary: DistrictSummary;
	sites: OpenSite[];
	/** The Pagefind version of its search index; undefined when it has none. */
	searchVersion?: string | undefined;
}

export type DistrictReading =
	| { source: string; build: DistrictBuild; problem?: undefined }
	| { source: string; problem: string; build?: undefined };

/** A Zod issue as an operator reads it: the field and what was wrong. */
export function describeIssues(error: z.ZodError): string {
	const [issue] = error.issues;
	if (!issue) return '格式不符';
	const field = issue.path.length > 0 ? `字段 ${issue.path.join('.')}` : '文件内容';
	const what =
		issue.code === 'invalid_type'
			? `应为 ${issue.expected}`
			: issue.code === 'invalid_value'
				? `应为 ${issue.values.map(String).join(' 或 ')}`
				: issue.message;
	const more = error.issues.length > 1 ? `（另有 ${error.issues.length - 1} 处）` : '';
	return `${field}${what ? `：${what}` : '不符合格式'}${more}`;
}

class ReadProblem extends Error {}

async function readJson<S extends z.ZodType>(
	files: PublishedFiles,
	file: string,
	schema: S,
	whenMissing: string,
): Promise<z.infer<S>> {
	let text: string | undefined;
	try {
		text = await files.read(file);
	} catch (error) {
		throw new ReadProblem(`无法读取 ${file}：${(error as Error).message}`);
	}
	if (text === undefined) throw new ReadProblem(`找不到 ${file}：${whenMissing}`);
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new ReadProblem(`${file} 不是有效的 JSON，文件可能不完整。请重新构建该区县网站。`);
	}
	const parsed = schema.safeParse(data);
	if (!parsed.success) {
		throw new ReadProblem(
			`${file} 的格式不符：${describeIssues(parsed.error)}。该区县网站可能是用其他版本构建的。`,
		);
	}
	return parsed.data;
}

/** Reads one district build; any missing or malformed file gives its problem instead. */
export async function readDistrict(files: PublishedFiles): Promise<DistrictReading> {
	const { source } = files;
	try {
		const info = await readJson(
			files,
			BUILD_INFO_FILE,
			buildInfoSchema,
			'这里没有同心网站的构建结果。请检查路径，或先在该区县运行 npm run build。',
		);
		if (info.name !== 'tongxin') {
			throw new ReadProblem(
				`这不是同心网站的构建结果（build-info.json 中 name 是“${info.name}”）。`,
			);
		}
		const summary = await readJson(
			files,
			SUMMARY_FILE,
			districtSummarySchema,
			'该区县网站是用较早的版本构建的（新版本的构建会生成这个文件）。请用与门户相同的版本重新构建。',
		);
		const sites = await readJson(
			files,
			SITES_FILE,
			sitesJsonSchema,
			'缺少站点开放数据。请重新构建该区县网站。',
		);
		const entry = await readJson(
			files,
			SEARCH_ENTRY_FILE,
			searchEntrySchema,
			'没有搜索索引。',
		).catch((error: unknown) => {
			if (error instanceof ReadProblem) return undefined;
			throw error;
		});
		return {
			source,
			build: { source, info, summary, sites: sites.sites, searchVersion: entry?.version },
		};
	} catch (error) {
		if (error instanceof ReadProblem) return { source, problem: error.message };
		throw error;
	}
}

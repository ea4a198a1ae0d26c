/**
 * The build's settings, parsed once from the environment by each entry point
 * (`astro.config.mjs`, `scripts/*.ts`, `tools/*.ts`) and passed down from there. Nothing else
 * reads `process.env`: a wrong value stops the command here, in Chinese, before any work starts.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'astro/zod';

/** Which edition a build produces: the public showcase, or the intranet edition for staff. */
export const siteProfileField = z
	.enum(['public', 'intranet'], {
		error: (issue) =>
			`只能是 public（公开版）或 intranet（内网版），现在是“${String(issue.input)}”。`,
	})
	.default('public');
export type SiteProfile = z.output<typeof siteProfileField>;

const folderField = (example: string) =>
	z
		.string()
		.trim()
		.min(1, { error: `应为文件夹的路径，例如 ${example}` });

/** The environment variables a build reads, as they are written. */
const environmentSchema = z.object({
	/** Which edition to build (`SITE_PROFILE`). */
	SITE_PROFILE: siteProfileField,
	/** The origin the site is served from, for canonical links, feeds and the sitemap (`SITE_URL`). */
	SITE_URL: z
		.url({
			protocol: /^https?$/,
			error: '应为网站的地址，以 http:// 或 https:// 开头，例如 https://tongzhan.example.gov.cn',
		})
		.refine((text) => !URL.canParse(text) || /^https?:\/\/[^/?#]+\/?$/.test(text), {
			error:
				'只写网站的域名部分，例如 https://tongzhan.example.gov.cn；子路径请写在 BASE_PATH 中。',
		})
		.optional(),
	/** The folder under that origin the site lives in, e.g. `/tongzhan/` (`BASE_PATH`). */
	BASE_PATH: z
		.string()
		.regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, {
			error: '应以 / 开头并以 / 结尾，例如 /tongzhan/；只用英文字母、数字、点、连字符和下划线。',
		})
		.default('/'),
	/** The content folder to build (`CONTENT_DIR`). */
	CONTENT_DIR: folderField('content').default('content'),
	/** Where the build writes (`OUT_DIR`). */
	OUT_DIR: folderField('dist').default('dist'),
	/** Astro's cache of parsed entries and optimized images (`ASTRO_CACHE_DIR`). */
	ASTRO_CACHE_DIR: folderField('node_modules/.astro/public').optional(),
	/** Where the build writes its stage timings as JSON, for the build benchmark. */
	BUILD_TIMINGS_FILE: z.string().min(1).optional(),
	/** Where the search step writes its figures as JSON, for the benchmarks. */
	SEARCH_STATS_FILE: z.string().min(1).optional(),
	/** Where the page-weight step writes its figures as JSON, for the build benchmark. */
	PAGE_WEIGHT_REPORT_FILE: z.string().min(1).optional(),
	/**
	 * How many pages the search's head index lists of a common word for a first search
	 * (`SEARCH_HEAD_PAGES`; 0 builds none, and every search loads Pagefind).
	 */
	SEARCH_HEAD_PAGES: z.coerce
		.number({ error: '应为页面数，例如 160' })
		.int({ error: '应为整数，例如 160' })
		.min(0, { error: '不能小于 0' })
		.default(160),
	/** `report` lists pages over budget without stopping the build (the build benchmark). */
	PAGE_WEIGHT_BUDGETS: z
		.enum(['enforce', 'report'], { error: '只能是 enforce（默认）或 report' })
		.default('enforce'),
	/**
	 * The day the build counts as today for scheduled publishing (`BUILD_DATE`, `YYYY-MM-DD`):
	 * by default the day in China when the command starts. Set it to preview a later day.
	 */
	BUILD_DATE: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: '应为日期，格式 YYYY-MM-DD，例如 2024-05-01' })
		.refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), { error: '这一天不存在' })
		.optional(),
	/** Where `npm run inspect` writes its report, which the intranet build's /inspection/ shows. */
	INSPECTION_FILE: z.string().min(1).default('.inspection/report.json'),
	/** The port the editors' workbench (`npm run edit`) listens on (`WORKBENCH_PORT`). */
	WORKBENCH_PORT: z.coerce
		.number({ error: '应为端口号，例如 4321' })
		.int({ error: '应为端口号，例如 4321' })
		.min(1, { error: '端口号应在 1 到 65535 之间' })
		.max(65535, { error: '端口号应在 1 到 65535 之间' })
		.default(4321),
});

/** The value `SITE_URL` has when nobody set it: fine on this machine, wrong anywhere else. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** Settings of one build, with every path absolute. */
export interface Settings {
	/** Which edition the build produces. */
	profile: SiteProfile;
	/** The origin the site is served from, e.g. `https://tongzhan.example.gov.cn`. */
	siteUrl: string;
	/** True when `SITE_URL` was left unset, so `siteUrl` is the local default. */
	siteUrlIsDefault: boolean;
	/** The folder under the origin, with a slash at both ends, e.g. `/` or `/tongzhan/`. */
	basePath: string;
	/** Absolute path of the content folder. */
	contentDir: string;
	/** Absolute path of the folder the build writes. */
	outDir: string;
	/** Absolute path of Astro's cache for this profile and content folder. */
	cacheDir: string;
	/** Files the benchmarks ask the build to write its figures to. */
	reports: {
		timingsFile?: string | undefined;
		searchStatsFile?: string | undefined;
		pageWeightFile?: string | undefined;
	};
	/** Whether a page over its weight budget stops the build or is only reported. */
	pageWeightBudgets: 'enforce' | 'report';
	/** How many pages the search's head index lists of a common word (0: no head index). */
	searchHeadPages: number;
	/** The port of the editors' workbench (`npm run edit`). */
	workbenchPort: number;
	/** The build's day, `YYYY-MM-DD`, for scheduled publishing (China time unless `BUILD_DATE`). */
	today: string;
	/** Absolute path of the inspection report (`npm run inspect` writes it, /inspection/ reads it). */
	inspectionFile: string;
}

/** A setting with a wrong value: the variable, and what was expected, in Chinese. */
export class SettingsError extends Error {
	readonly problems: readonly { variable: string; message: string }[];
	constructor(problems: readonly { variable: string; message: string }[]) {
		super(problems.map((problem) => `${problem.variable}：${problem.message}`).join('\n'));
		this.name = 'SettingsError';
		this.problems = problems;
	}
}

/**
 * Reads the settings from environment variables. Empty variables count as unset. Throws a
 * `SettingsError` naming every wrong variable.
 */
export function readSettings(
	env: Readonly<Record<string, string | undefined>>,
	cwd: string = process.cwd(),
	now: Date = new Date(),
): Settings {
	const given = Object.fromEntries(
		Object.keys(environmentSchema.shape).flatMap((key) =>
			env[key] === undefined || env[key] === '' ? [] : [[key, env[key]]],
		),
	);
	const parsed = environmentSchema.safeParse(given);
	if (!parsed.success) {
		throw new SettingsError(
			parsed.error.issues.map((issue) => ({
				variable: String(issue.path[0] ?? '设置'),
				message: issue.message,
			})),
		);
	}
	const values = parsed.data;
	const contentDir = path.resolve(cwd, values.CONTENT_DIR);
	// Astro keeps parsed entries between builds: one cache per profile and content folder, so a
	// public build never reuses entries stored by an intranet build, nor those of another folder.
	const contentKey = createHash('sha256').update(contentDir).digest('hex').slice(0, 8);
	const cacheDir = path.resolve(
		cwd,
		values.ASTRO_CACHE_DIR ?? `node_modules/.astro/${values.SITE_PROFILE}-${contentKey}`,
	);
	const resolve = (file: string | undefined) => file && path.resolve(cwd, file);
	return {
		profile: values.SITE_PROFILE,
		siteUrl: (values.SITE_URL ?? DEFAULT_SITE_URL).replace(/\/$/, ''),
		siteUrlIsDefault: values.SITE_URL === undefined,
		basePath: values.BASE_PATH,
		contentDir,
		outDir: path.resolve(cwd, values.OUT_DIR),
		cacheDir,
		reports: {
			timingsFile: resolve(values.BUILD_TIMINGS_FILE),
			searchStatsFile: resolve(values.SEARCH_STATS_FILE),
			pageWeightFile: resolve(values.PAGE_WEIGHT_REPORT_FILE),
		},
		pageWeightBudgets: values.PAGE_WEIGHT_BUDGETS,
		searchHeadPages: values.SEARCH_HEAD_PAGES,
		workbenchPort: values.WORKBENCH_PORT,
		inspectionFile: path.resolve(cwd, values.INSPECTION_FILE),
		// China has one time zone, UTC+8, without daylight saving.
		today:
			values.BUILD_DATE ?? new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10),
	};
}

/** Whether an entry of the given visibility belongs in a build of the given profile. */
export function isVisibleIn(profile: SiteProfile, visibility: 'public' | 'internal'): boolean {
	return visibility === 'public' || profile === 'intranet';
}

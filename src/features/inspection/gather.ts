/**
 * What `npm run inspect` reads: the content (through the public scope, so it counts what the
 * public build shows), the site settings, the wording check's hits and the last build in `dist/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import type { ContentProblem } from '../../core/content-check/problem.ts';
import type { RawContent } from '../../core/content-check/read-content.ts';
import type { ContentScope } from '../../core/content-scope.ts';
import { isoDate, textOf } from '../../core/format.ts';
import { dateField } from '../../core/schemas/fields.ts';
import { sections } from '../../core/sections.ts';
import type { Settings } from '../../core/settings.ts';
import { linkCheck } from '../publishing/link-check.ts';
import { publicationReport } from '../review/publication-report.ts';
import type { PublicationPolicy } from '../review/publication.ts';
import type { InspectionInput } from './inspection.ts';
import { inspectedSections, inspectionSettingsSchema } from './inspection-settings-schema.ts';

/** The defaults of the inspection rules: news-like sections two weeks, the others six months. */
export const NEWS_DAYS = 14;
export const OTHER_DAYS = 180;

const optionalDate = dateField.optional().catch(undefined);
/** The date an entry was published or last changed, as its section's list shows it. */
const entryDatesSchema = z.object({
	date: optionalDate,
	effective: optionalDate,
	updated: optionalDate,
	established: optionalDate,
	publishFrom: optionalDate,
});

function entryDate(data: unknown): string | undefined {
	const parsed = entryDatesSchema.safeParse(data ?? {});
	if (!parsed.success) return undefined;
	const { date, effective, updated, established, publishFrom } = parsed.data;
	const dates = [date ?? effective ?? updated ?? established, updated, publishFrom].filter(
		(value): value is Date => value instanceof Date,
	);
	return dates.map(isoDate).sort().at(-1);
}

const siteSchema = z.object({
	siteIdCode: z.unknown().optional(),
	icpFiling: z.unknown().optional(),
	governmentSiteMark: z.unknown().optional(),
	consultation: z
		.object({ hotline: z.unknown(), mailbox: z.unknown(), page: z.unknown() })
		.partial()
		.optional()
		.catch(undefined),
	inspection: z.unknown().optional(),
});

/** The last build's broken links and what its home page fails to show, if there is a build. */
async function lastBuild(outDir: string, settings: Settings, shouldShow: Record<string, string>) {
	const infoFile = path.join(outDir, 'build-info.json');
	if (!existsSync(infoFile)) return { brokenLinks: undefined, notShown: [] };
	const info = JSON.parse(readFileSync(infoFile, 'utf8')) as { base?: string };
	const brokenLinks = await linkCheck.run({
		dir: outDir,
		settings: { ...settings, basePath: info.base ?? settings.basePath },
	});
	const home = path.join(outDir, 'index.html');
	const html = existsSync(home) ? readFileSync(home, 'utf8') : '';
	const notShown = Object.entries(shouldShow)
		.filter(([, value]) => !html.includes(value))
		.map(([what]) => what);
	return { brokenLinks, notShown };
}

/** Gathers the inspection's input. */
export async function gatherInspection(options: {
	content: RawContent;
	scope: ContentScope;
	policy: PublicationPolicy;
	settings: Settings;
	wordingHits: readonly ContentProblem[];
}): Promise<InspectionInput> {
	const { content, scope, policy, settings } = options;
	const siteRaw = content.entries.get('site')?.[0]?.data;
	const site = siteSchema.safeParse(siteRaw ?? {}).data ?? {};
	const inspection = inspectionSettingsSchema.safeParse(site.inspection ?? {});
	const limits = inspection.success ? inspection.data.staleAfter : {};
	const sectionInputs = inspectedSections.map((key) => {
		const newsLike = sections[key].columnType === '工作动态';
		const entries = (content.entries.get(key) ?? [])
			.filter((entry) => !entry.unreadable && scope.heldBack(key, entry.data) === undefined)
			.map((entry) => {
				const data = (entry.data ?? {}) as Record<string, unknown>;
				return {
					file: entry.file,
					title: textOf(data['title'] ?? data['name'] ?? entry.file),
					date: entryDate(data),
				};
			});
		return {
			key,
			label: sections[key].label,
			newsLike,
			limit: limits[key] ?? (newsLike ? NEWS_DAYS : OTHER_DAYS),
			entries,
		};
	});
	const consultation = [
		site.consultation?.hotline,
		site.consultation?.mailbox,
		site.consultation?.page,
	]
		.filter((value) => value !== undefined && value !== null)
		.map((value) => textOf(value).trim())
		.filter(Boolean)
		.join('，');
	const shouldShow: Record<string, string> = {};
	if (site.siteIdCode) shouldShow['网站标识码'] = textOf(site.siteIdCode);
	if (site.icpFiling) shouldShow['ICP备案号'] = textOf(site.icpFiling);
	const build = await lastBuild(settings.outDir, settings, shouldShow);
	return {
		today: policy.today,
		sections: sectionInputs,
		brokenLinks: build.brokenLinks,
		footer: {
			siteIdCode: Boolean(site.siteIdCode),
			icpFiling: Boolean(site.icpFiling),
			governmentSiteMark: Boolean(site.governmentSiteMark),
			notShown: build.notShown,
		},
		consultation: consultation || undefined,
		wordingHits: options.wordingHits.map((hit) => ({
			file: hit.file,
			line: hit.line,
			message: hit.message,
		})),
		awaitingReview: publicationReport(content, policy).held.map((entry) => ({
			file: entry.file,
			reason: entry.reason,
		})),
	};
}

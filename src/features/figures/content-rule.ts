import type { ContentRule } from '../../core/content-check/rules.ts';
import type { CheckedEntry } from '../../core/content-check/validate.ts';
import { termsById } from '../../core/entries.ts';
import {
	countedSite,
	crossCheckFigures,
	deriveFigures,
	type ReportedFigure,
} from './cross-check.ts';

type Term = { id: string; label: string; order: number };
type SiteData = Parameters<typeof countedSite>[1];

/**
 * The figures of `figures.yaml` held against what the site's own entries count: a disagreement
 * is a warning, not a refusal, since a report may count sites not yet entered. It counts every
 * entry, internal ones included, because the report counts the real sites; only the warning,
 * never the count, reaches the build output.
 */
export const figureCrossCheck: ContentRule = (entries) => {
	const parsed = (collection: string) =>
		entries.filter(
			(entry): entry is CheckedEntry & { data: Record<string, unknown> } =>
				entry.collection === collection && entry.data !== undefined,
		);
	// A site whose file has a mistake is still a site: counted from what its file says, so one
	// mistake gets one message, not a figure warning besides.
	const sitesOf = (collection: 'centers' | 'stations' | 'bases') =>
		entries
			.filter((entry) => entry.collection === collection)
			.map((entry) => countedSite(collection, (entry.data ?? entry.raw.data ?? {}) as SiteData));
	const terms = (collection: string) =>
		termsById(parsed(collection).map((entry) => entry.data as Term));
	const sites = [...sitesOf('centers'), ...sitesOf('stations'), ...sitesOf('bases')];
	const figures = parsed('figures');
	const disagreements = crossCheckFigures(
		figures.map((entry) => entry.data as unknown as ReportedFigure),
		deriveFigures(sites, { baseKinds: terms('baseKinds'), scopes: terms('scopes') }),
	);
	return disagreements.map((disagreement) => {
		const figure = figures.find((entry) => entry.id === disagreement.figureId);
		const field = disagreement.part ? 'breakdown' : 'value';
		return {
			file: figure?.raw.file ?? 'figures/figures.yaml',
			...(figure && { line: figure.raw.lineOf([field]) }),
			field,
			message: `数据核对：${disagreement.message}`,
			severity: 'warning' as const,
		};
	});
};

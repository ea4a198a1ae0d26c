import type { ChartRow } from './bar-chart.ts';

/** What the cross-check needs to know of one site entry (a center, station or base). */
export interface CountedSite {
	collection: 'centers' | 'stations' | 'bases';
	/** Base kind id (bases only). */
	kind?: string | undefined;
	/** Host scope id (stations only). */
	host?: string | undefined;
	/** Number of points the entry stands for (a base listing 书记统战示范点). */
	points: number;
}

/** Labels of the taxonomy terms the breakdowns are written in. */
export interface CountLabels {
	baseKinds: ReadonlyMap<string, { label: string }>;
	scopes: ReadonlyMap<string, { label: string }>;
}

/** A number the site can count from its own entries, for a figure of `figures.yaml`. */
export interface DerivedFigure {
	figureId: string;
	value: number;
	/** Counted parts, by the taxonomy label the report's breakdown uses. */
	breakdown?: ChartRow[];
	/** Where the count comes from, for messages, e.g. content/centers/ 中的条目. */
	countedFrom: string;
}

const SECRETARY_POINT = 'secretary-point';

function countBy(values: readonly string[], labelOf: (id: string) => string): ChartRow[] {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(labelOf(value), (counts.get(labelOf(value)) ?? 0) + 1);
	return [...counts].map(([label, value]) => ({ label, value }));
}

/**
 * Counts from the collections the figures the report also gives. Which figure id matches which
 * count is set here once (ids from the sample `figures.yaml` and `taxonomies/base-kinds.yaml`);
 * a district whose figures use other ids keeps the ones it has and the others are left out.
 */
export function deriveFigures(sites: readonly CountedSite[], labels: CountLabels): DerivedFigure[] {
	const of = (collection: CountedSite['collection']) =>
		sites.filter((site) => site.collection === collection);
	const bases = of('bases');
	const kindLabel = (id: string) => labels.baseKinds.get(id)?.label ?? id;
	const hostLabel = (id: string) => labels.scopes.get(id)?.label ?? id;
	const basesOfKind = (kind: string) => bases.filter((base) => base.kind === kind).length;
	const demonstrationBases = bases.filter((base) => base.kind && base.kind !== SECRETARY_POINT);
	return [
		{
			figureId: 'practice-centers',
			value: of('centers').length,
			countedFrom: 'content/centers/ 中的条目',
		},
		{
			figureId: 'practice-stations',
			value: of('stations').length,
			breakdown: countBy(
				of('stations').flatMap((station) => (station.host ? [station.host] : [])),
				hostLabel,
			),
			countedFrom: 'content/stations/ 中的条目（按承建单位 host）',
		},
		{
			figureId: 'demonstration-bases',
			value: demonstrationBases.length,
			breakdown: countBy(
				demonstrationBases.map((base) => base.kind ?? ''),
				kindLabel,
			),
			countedFrom: 'content/bases/ 中书记统战示范点以外的条目（按类别 kind）',
		},
		...(
			[
				['new-social-class-bases', 'new-social-class-base'],
				['qinchuangyuan-bases', 'qinchuangyuan-base'],
				['village-enterprise-projects', 'village-enterprise-project'],
				['religion-sites', 'religion-sinicization-site'],
			] as const
		).map(([figureId, kind]) => ({
			figureId,
			value: basesOfKind(kind),
			countedFrom: `content/bases/ 中类别为 ${kind} 的条目`,
		})),
		{
			figureId: 'secretary-points',
			value: bases
				.filter((base) => base.kind === SECRETARY_POINT)
				.reduce((sum, base) => sum + base.points, 0),
			countedFrom: `content/bases/ 中类别为 ${SECRETARY_POINT} 的条目所列的示范点（points）`,
		},
	];
}

/** A figure of the report as the cross-check reads it. */
export interface ReportedFigure {
	id: string;
	label: string;
	value: number;
	/** Parts the report gives; raw YAML may leave it out. */
	breakdown?: readonly ChartRow[] | undefined;
}

/** A reported figure that the site's own entries do not bear out. */
export interface FigureDisagreement {
	figureId: string;
	/** What disagrees: the total, or one part of the breakdown (its label). */
	part?: string;
	reported: number;
	counted: number;
	message: string;
}

/**
 * Compares the report's figures with the counts of the site's entries. A figure the site cannot
 * count, or a count with no figure, is not a disagreement; a breakdown is compared only when the
 * report gives one.
 */
export function crossCheckFigures(
	reported: readonly ReportedFigure[],
	derived: readonly DerivedFigure[],
): FigureDisagreement[] {
	const disagreements: FigureDisagreement[] = [];
	for (const count of derived) {
		const figure = reported.find((candidate) => candidate.id === count.figureId);
		if (!figure) continue;
		if (figure.value !== count.value) {
			disagreements.push({
				figureId: figure.id,
				reported: figure.value,
				counted: count.value,
				message: `数据“${figure.label}”（${figure.id}）是 ${figure.value}，但${count.countedFrom}共 ${count.value} 个。请核对 figures.yaml 中的数字，或补齐、删改相应条目。`,
			});
		}
		const parts = figure.breakdown ?? [];
		if (parts.length === 0 || !count.breakdown) continue;
		const labels = new Set([
			...parts.map((row) => row.label),
			...count.breakdown.map((row) => row.label),
		]);
		for (const label of labels) {
			const reportedPart = parts.find((row) => row.label === label)?.value ?? 0;
			const countedPart = count.breakdown.find((row) => row.label === label)?.value ?? 0;
			if (reportedPart === countedPart) continue;
			disagreements.push({
				figureId: figure.id,
				part: label,
				reported: reportedPart,
				counted: countedPart,
				message: `数据“${figure.label}”（${figure.id}）的分项“${label}”是 ${reportedPart}，但${count.countedFrom}中有 ${countedPart} 个。`,
			});
		}
	}
	return disagreements;
}

type IdOrRef = string | { id: string } | undefined;

/** A site entry's data (parsed by Astro, where references are `{ id }`, or raw, where they are text) as the count needs it. */
export function countedSite(
	collection: CountedSite['collection'],
	data: { kind?: IdOrRef; host?: IdOrRef; points?: readonly unknown[] | undefined },
): CountedSite {
	const idOf = (value: IdOrRef) => (typeof value === 'string' ? value : value?.id);
	return {
		collection,
		kind: idOf(data.kind),
		host: idOf(data.host),
		points: data.points?.length ?? 0,
	};
}

import { isoDate } from '../../core/format.ts';
import { sections } from '../../core/sections.ts';
import { entryPath } from '../../core/urls.ts';
import {
	SUMMARY_CASES,
	SUMMARY_FORMAT,
	type DistrictSummary,
	type SummaryPoint,
} from './summary-schema.ts';

/** A published figure as `figures.yaml` gives it (the fields the summary copies). */
export interface FigureInput {
	id: string;
	label: string;
	value: number;
	unit: string;
	asOf: Date;
	group: string;
	additive: boolean;
	sample: boolean;
}

/** A published case story with its towns and domain labels already looked up. */
export interface CaseInput {
	id: string;
	title: string;
	date: Date;
	summary: string;
	domains: string[];
	towns: string[];
	sample: boolean;
}

/** What the summary is made from: the district's published content, resolved by the caller. */
export interface SummaryInput {
	site: { title: string; description: string; organisation: string; sample: boolean };
	district: { id: string; code?: string | undefined; name: string; shortName?: string | undefined };
	/** Seats of the towns and zones (WGS-84), for the district's marker on a city map. */
	seats: readonly SummaryPoint[];
	counts: DistrictSummary['counts'];
	figures: readonly FigureInput[];
	cases: readonly CaseInput[];
	/** Turns a site path (under the base path) into an absolute URL. */
	absolute: (sitePath: string) => string;
}

const rounded = (value: number) => Math.round(value * 1e6) / 1e6;

/** The middle of the town seats: where a map of many districts puts this one. */
export function seatOf(seats: readonly SummaryPoint[]): SummaryPoint | undefined {
	if (seats.length === 0) return undefined;
	return {
		lng: rounded(seats.reduce((sum, seat) => sum + seat.lng, 0) / seats.length),
		lat: rounded(seats.reduce((sum, seat) => sum + seat.lat, 0) / seats.length),
	};
}

/** The district's `data/summary.json`: public counts, figures and the newest stories. */
export function districtSummary(input: SummaryInput): DistrictSummary {
	const seat = seatOf(input.seats);
	return {
		format: SUMMARY_FORMAT,
		district: {
			id: input.district.id,
			...(input.district.code ? { code: input.district.code } : {}),
			name: input.district.name,
			shortName: input.district.shortName ?? input.district.name,
			...(seat ? { seat } : {}),
		},
		site: { ...input.site, url: input.absolute('/') },
		counts: input.counts,
		figures: input.figures.map((figure) => ({
			id: figure.id,
			label: figure.label,
			value: figure.value,
			unit: figure.unit,
			asOf: isoDate(figure.asOf),
			group: figure.group,
			additive: figure.additive,
			sample: figure.sample,
			url: input.absolute(`/${sections.figures.path}/#${figure.id}`),
		})),
		latestCases: [...input.cases]
			.sort((a, b) => b.date.getTime() - a.date.getTime())
			.slice(0, SUMMARY_CASES)
			.map((story) => ({
				id: story.id,
				title: story.title,
				date: isoDate(story.date),
				summary: story.summary,
				url: input.absolute(entryPath(sections.cases.path, story.id)),
				domains: story.domains,
				towns: story.towns,
				sample: story.sample,
			})),
	};
}

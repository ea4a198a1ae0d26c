/**
 * `data/summary.json`: what a district build publishes for a portal over many district sites —
 * who the district is, how many entries of each kind its public site holds, its figures and its
 * newest case stories. Public data only: it is built from `published()` like every page. The
 * district build writes it with this schema and the portal reads it back with the same schema.
 */
import { z } from 'astro/zod';

/** The layout of the file; a portal reads only the formats it knows. */
export const SUMMARY_FORMAT = 1;

/** Where a district build publishes its summary, relative to its base path. */
export const SUMMARY_FILE = 'data/summary.json';

/** How many of the newest case stories the summary lists. */
export const SUMMARY_CASES = 20;

const text = z.string().trim().min(1);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().nonnegative();

/** A point in WGS-84/CGCS2000 degrees. */
const pointSchema = z.object({
	/** Longitude, degrees east. */
	lng: z.number().min(-180).max(180),
	/** Latitude, degrees north. */
	lat: z.number().min(-90).max(90),
});

/** One published figure of the district, as its figures page shows it. */
export const summaryFigureSchema = z.object({
	/** Stable key, e.g. `practice-centers`; figures of several districts with one key are one figure. */
	id: text,
	/** What is counted, e.g. 同心实践中心. */
	label: text,
	value: z.number(),
	/** Unit, e.g. 个, 名. */
	unit: text,
	/** Date the number holds for, `YYYY-MM-DD`. */
	asOf: isoDate,
	/** Group on the figures page, e.g. 阵地建设. */
	group: text,
	/** Whether the same figure of several districts adds up to a city total. */
	additive: z.boolean(),
	/** True when the number is invented for the sample. */
	sample: z.boolean(),
	/** Its place on the district's figures page (absolute URL). */
	url: z.url(),
});

/** One case story, as a card on the portal shows it. */
export const summaryCaseSchema = z.object({
	/** The story's slug. */
	id: text,
	title: text,
	/** Date of the story, `YYYY-MM-DD`. */
	date: isoDate,
	summary: text,
	/** The story's page (absolute URL). */
	url: z.url(),
	/** Labels of its fields of work, e.g. 民营经济. */
	domains: z.array(text),
	/** Names of the towns of the sites it concerns; empty for a district-wide story. */
	towns: z.array(text),
	/** True when the story holds details invented for the sample. */
	sample: z.boolean(),
});

export const districtSummarySchema = z.object({
	/** Layout of this file, `1`. */
	format: z.literal(SUMMARY_FORMAT),
	/** The district (区/县) the site is about. */
	district: z.object({
		/** Its id in the district's content, e.g. `fengxiang`. */
		id: text,
		/** Statistical division code, 6 digits, e.g. 610305. */
		code: z
			.string()
			.regex(/^\d{6}$/)
			.optional(),
		/** Official name, e.g. 凤翔区. */
		name: text,
		/** Short name, e.g. 凤翔. */
		shortName: text,
		/** Where its marker goes on a map of many districts: the middle of its town seats. */
		seat: pointSchema.optional(),
	}),
	/** The site itself. */
	site: z.object({
		/** Name in its header, e.g. 同心凤翔. */
		title: text,
		description: text,
		/** Organisation running it (主办单位). */
		organisation: text,
		/** Its home page (absolute URL). */
		url: z.url(),
		/** Whether the site says that its content is sample data. */
		sample: z.boolean(),
	}),
	/** How many published entries of each kind the site holds. */
	counts: z.object({
		centers: count,
		stations: count,
		bases: count,
		platforms: count,
		systems: count,
		cases: count,
		/** Towns and zones. */
		towns: count,
	}),
	/** Every published figure, in the order of its figures page. */
	figures: z.array(summaryFigureSchema),
	/** The newest published case stories, newest first. */
	latestCases: z.array(summaryCaseSchema).max(SUMMARY_CASES),
});

export type DistrictSummary = z.infer<typeof districtSummarySchema>;
export type SummaryFigure = z.infer<typeof summaryFigureSchema>;
export type SummaryCase = z.infer<typeof summaryCaseSchema>;
export type SummaryPoint = z.infer<typeof pointSchema>;

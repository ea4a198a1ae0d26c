/** The page of one work system (a regulation template), as a pure function of its entries. */
import type { CollectionEntry } from 'astro:content';
import { labelOf, pick } from '../../core/entries.ts';
import { formatChineseDate, isoDate } from '../../core/format.ts';
import { cappedLinkList, linkItems } from '../../core/link-items.ts';
import { link } from '../../core/links.ts';
import { referencing } from '../../core/references.ts';
import { entryLayout } from '../../core/entry-layout.ts';
import { sections } from '../../core/sections.ts';
import type { CaseIndex } from '../cases/case-index.ts';
import { relatedCases, relationKey } from '../cases/related.ts';
import type { PlaceEntry } from '../places/place-data.ts';
import { placeRefs } from '../places/place-refs.ts';
import { blankNames } from './blanks.ts';
import { checklistPath } from './checklist.ts';
import type { ParsedSystem } from './parsed-system.ts';
import { sectionsOf } from './system-document.ts';

/** What a system page reads besides the system itself. */
export interface SystemPageContext {
	systems: readonly CollectionEntry<'systems'>[];
	places: readonly PlaceEntry[];
	cases: CaseIndex;
	kinds: ReadonlyMap<string, CollectionEntry<'systemKinds'>['data']>;
	scopes: ReadonlyMap<string, CollectionEntry<'scopes'>['data']>;
}

/** One line of the facts list; `time` is the machine-readable date when the value is one. */
export interface SystemFact {
	label: string;
	value: string;
	time?: string;
}

/** The templates a template names as related. */
const relatedSystemsOf = (system: ParsedSystem['entry']) => system.data.related;

/** Builds everything the page of a regulation template shows. */
export function systemPage(system: ParsedSystem, context: SystemPageContext) {
	const { entry, meta, body, document } = system;
	const { data } = entry;
	const section = sections.systems;
	// Related both ways: what this template names, and the templates that name it.
	const related = [
		...new Set([
			...pick(context.systems, data.related),
			...referencing(context.systems, relatedSystemsOf, entry),
		]),
	];
	const facts: SystemFact[] = [
		{ label: '类别', value: labelOf(context.kinds, data.kind) },
		{
			label: '适用对象',
			value: data.appliesTo.map((scope) => labelOf(context.scopes, scope)).join('、'),
		},
		{ label: '发布单位', value: data.issuer },
		...(data.documentNumber ? [{ label: '文号', value: data.documentNumber }] : []),
		{ label: '施行日期', value: formatChineseDate(data.effective), time: isoDate(data.effective) },
		{ label: '版本', value: data.version },
	];
	return {
		layout: {
			...entryLayout({
				section: 'systems',
				title: data.title,
				description: data.summary,
				published: data.effective,
				modified: data.updated,
			}),
			search: { kind: section.label },
		},
		title: data.title,
		summary: data.summary,
		sample: data.sample,
		facts,
		meta,
		document,
		structure: data.structure,
		blanks: blankNames(body),
		checklistHref: data.checklist && link(checklistPath(meta.slug)),
		tableOfContents: sectionsOf(document).map((part) => part.heading),
		linkLists: [
			// A district-wide system is run by every site: the first ones, and how many in all.
			cappedLinkList(
				'执行本制度的站点',
				linkItems(referencing(context.places, placeRefs.systems, entry)),
			),
			cappedLinkList('相关制度', linkItems(related), {
				href: link('/systems/'),
				label: '查看制度库',
			}),
		],
		// Stories that put this system or a related one into practice.
		relatedCases: relatedCases(
			[entry, ...related].map((other) => relationKey('system', other.id)),
			context.cases.stories,
			context.cases.keysOf,
		),
	};
}

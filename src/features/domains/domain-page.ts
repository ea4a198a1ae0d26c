/** The page of one field of work (领域): the places, platforms and cases that serve it. */
import type { CollectionEntry } from 'astro:content';
import { compareChinese } from '../../core/format.ts';
import { linkItems } from '../../core/link-items.ts';
import { sections } from '../../core/sections.ts';
import type { PlaceEntry } from '../places/place-data.ts';

export type Domain = CollectionEntry<'domains'>['data'];

/** The published entries a domain page looks through. */
export interface DomainPageContext {
	places: readonly PlaceEntry[];
	platforms: readonly CollectionEntry<'platforms'>[];
	cases: readonly CollectionEntry<'cases'>[];
}

/** Builds the page of a domain: its places by name, then its platforms and cases as links. */
export function domainPage(domain: Domain, context: DomainPageContext) {
	const section = sections.domains;
	const inDomain = <T extends { data: { domains: readonly { id: string }[] } }>(
		entries: readonly T[],
	) => entries.filter((entry) => entry.data.domains.some((ref) => ref.id === domain.id));
	return {
		layout: {
			title: `${domain.label}领域`,
			description: domain.description,
			section: 'domains' as const,
			breadcrumbs: [{ label: section.label, href: `/${section.path}/` }, { label: domain.label }],
			search: { kind: section.label, domains: [domain.label] },
		},
		heading: `${domain.label}领域`,
		description: domain.description,
		places: inDomain(context.places).sort((a, b) => compareChinese(a.data.name, b.data.name)),
		linkLists: [
			{ heading: '品牌阵地', items: linkItems(inDomain(context.platforms)) },
			{ heading: '案例故事', items: linkItems(inDomain(context.cases)) },
		],
	};
}

/** The page of one field of work (领域): the places, platforms and cases that serve it, in pages. */
import type { CollectionEntry } from 'astro:content';
import { compareChinese } from '../../core/format.ts';
import { cappedLinkList, linkItems } from '../../core/link-items.ts';
import { link } from '../../core/links.ts';
import { paginate, paginationNav, pagedTitle, PAGE_SIZE } from '../../core/pagination.ts';
import { sections } from '../../core/sections.ts';
import type { PlaceEntry } from '../places/place-data.ts';

export type Domain = CollectionEntry<'domains'>['data'];

/** The published entries a domain page looks through. */
export interface DomainPageContext {
	places: readonly PlaceEntry[];
	platforms: readonly CollectionEntry<'platforms'>[];
	cases: readonly CollectionEntry<'cases'>[];
}

/**
 * Builds the pages of a domain: its places by name, cut into pages; the first page also links its
 * platforms and cases, each list cut to its first links with a link to the whole list.
 */
export function domainPages(domain: Domain, context: DomainPageContext, size = PAGE_SIZE) {
	const section = sections.domains;
	const { id } = domain;
	const inDomain = <T extends { data: { domains: readonly { id: string }[] } }>(
		entries: readonly T[],
	) => entries.filter((entry) => entry.data.domains.some((ref) => ref.id === id));
	const places = inDomain(context.places).sort((a, b) => compareChinese(a.data.name, b.data.name));
	const cases = inDomain(context.cases);
	const listPath = `/${section.path}/${id}/`;
	const heading = `${domain.label}领域`;
	return paginate(places, size).map((page) => ({
		layout: {
			title: pagedTitle(heading, page.number),
			description: domain.description,
			section: 'domains' as const,
			breadcrumbs: [
				{ label: section.label, href: `/${section.path}/` },
				...(page.number > 1
					? [{ label: domain.label, href: listPath }, { label: `第 ${page.number} 页` }]
					: [{ label: domain.label }]),
			],
			// The later pages list more of the same places: only the first is found by search.
			search: page.number === 1 ? { kind: section.label, domains: [domain.label] } : undefined,
		},
		heading: pagedTitle(heading, page.number),
		description: domain.description,
		page,
		nav: paginationNav(listPath, page.number, page.count),
		linkLists:
			page.number === 1
				? [
						cappedLinkList('品牌阵地', linkItems(inDomain(context.platforms)), {
							href: link('/platforms/'),
							label: '查看全部品牌阵地',
						}),
						cappedLinkList('案例故事', linkItems(cases), {
							href: link(`/cases/domain/${id}/`),
							label: `查看${domain.label}领域的全部 ${cases.length} 篇案例`,
						}),
					]
				: [],
	}));
}

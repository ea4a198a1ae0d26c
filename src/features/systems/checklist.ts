/**
 * A standard as a checklist (六有四好 and any standard that names its check sections): each
 * numbered item or （一） paragraph of those sections is one check, its lead words the label.
 */
import { entryPath } from '../../core/urls.ts';
import { inlineText, sectionsOf, type SystemDocument } from './system-document.ts';

export interface ChecklistItem {
	/** The item's number as the standard prints it: `1.` or `（一）`. */
	number: string;
	/** What is checked, e.g. 有固定场所. */
	label: string;
	/** The standard's words for it, e.g. 有相对固定、满足活动需要的场所。 */
	criterion: string;
}

export interface ChecklistGroup {
	/** The section heading, e.g. 二、“六有”建设标准. */
	heading: string;
	/** Anchor of the section on the template page. */
	id: string;
	items: ChecklistItem[];
}

export interface Checklist {
	groups: ChecklistGroup[];
	/** Section numbers that do not exist or hold no items (the content check reports them). */
	unusable: number[];
}

const SUBHEADING_NUMBER = /^（[一二三四五六七八九十]+）/;

/** Splits `有固定场所：有相对固定……` into the label before the first ：or 。 and the rest. */
function splitLabel(text: string): Pick<ChecklistItem, 'label' | 'criterion'> {
	const end = text.search(/[：:。]/);
	if (end === -1) return { label: text, criterion: '' };
	return { label: text.slice(0, end), criterion: text.slice(end + 1).trim() };
}

/** The checks of the given sections (1-based: 2 is the section 二、). */
export function checklistOf(
	document: SystemDocument,
	sectionNumbers: readonly number[],
): Checklist {
	const sections = sectionsOf(document);
	const groups: ChecklistGroup[] = [];
	const unusable: number[] = [];
	for (const number of sectionNumbers) {
		const section = sections[number - 1];
		const items: ChecklistItem[] = [];
		for (const block of section?.blocks ?? []) {
			if (block.type === 'list') {
				for (const item of block.items)
					items.push({ number: item.marker, ...splitLabel(item.text) });
			} else if (block.type === 'paragraph') {
				const marker = SUBHEADING_NUMBER.exec(block.text)?.[0];
				if (marker) items.push({ number: marker, ...splitLabel(block.text.slice(marker.length)) });
			}
		}
		if (!section || items.length === 0) unusable.push(number);
		else
			groups.push({ heading: inlineText(section.heading.content), id: section.heading.id, items });
	}
	return { groups, unusable };
}

/** The ratings of the self-assessment sheet, best first. */
export const ratings = ['达到', '基本达到', '未达到'] as const;

/** The site path of a standard's checklist page. */
export function checklistPath(slug: string): string {
	return `${entryPath('systems', slug)}checklist/`;
}

/** Above this many sites the sheet suggests none: the list would outweigh the page. */
export const MOST_SITE_SUGGESTIONS = 300;

/**
 * The site names the sheet's 被评单位 field suggests as the reader types, in Chinese order. A
 * district has a few hundred sites at most; with thousands the list alone was 30 KB of every
 * sheet (gzipped), so the field is then free text only.
 */
export function siteSuggestions(
	names: readonly string[],
	compare: (a: string, b: string) => number,
): string[] {
	return names.length > MOST_SITE_SUGGESTIONS ? [] : [...names].sort(compare);
}

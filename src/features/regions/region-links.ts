import { entryLink } from '../../core/links.ts';
import { sections } from '../../core/sections.ts';
import type { Region } from './region-data.ts';

/** The link to the page of a town or zone. */
export function townLink(town: Region): string {
	return entryLink(sections.towns.path, town.id);
}

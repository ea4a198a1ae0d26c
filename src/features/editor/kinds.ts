import { collectionSources } from '../../core/collections.ts';
import { collectionLabels } from '../../core/collections.ts';
import { entrySections, placeCollections, type EntrySection } from '../../core/sections.ts';

/** The kinds of entry an editor can scaffold with `npm run new`. */
export const entryKinds = entrySections;
export type EntryKind = EntrySection;

/**
 * The kinds kept in ledgers (台账), which `npm run import` and `npm run export` handle: the places
 * (centers, stations, bases), one row each.
 */
export const ledgerKinds = placeCollections;
export type LedgerKind = (typeof ledgerKinds)[number];

/**
 * Chinese words an editor may type instead of the folder name, e.g. `npm run new -- 实践站 …`.
 * The folder name (`stations`) always works.
 */
const kindWords: Record<EntryKind, readonly string[]> = {
	centers: ['center', '中心', '实践中心', '同心实践中心'],
	stations: ['station', '站', '实践站', '同心实践站'],
	bases: ['base', '基地', '示范基地', '示范点'],
	platforms: ['platform', '阵地', '品牌阵地'],
	systems: ['system', '制度', '工作制度'],
	cases: ['case', '案例', '案例故事'],
};

/** The kind an editor named, or undefined when the word names none. */
export function parseKind(word: string | undefined): EntryKind | undefined {
	if (!word) return undefined;
	const wanted = word.trim().toLowerCase();
	return entryKinds.find((kind) => kind === wanted || kindWords[kind].includes(wanted));
}

export function isLedgerKind(kind: EntryKind): kind is LedgerKind {
	return (ledgerKinds as readonly string[]).includes(kind);
}

/** The ledger kind an editor named with `--kind`, or undefined when it names none. */
export function parseLedgerKind(word: string | undefined): LedgerKind | undefined {
	const kind = parseKind(word);
	return kind && isLedgerKind(kind) ? kind : undefined;
}

/** Chinese name of a kind, e.g. 同心实践站. */
export function kindLabel(kind: EntryKind): string {
	return collectionLabels[kind];
}

/** Folder of a kind under the content folder, and the extension of its files. */
export function kindFolder(kind: EntryKind): { folder: string; extension: '.md' | '.mdx' } {
	const source = collectionSources[kind];
	return { folder: source.folder, extension: source.extension };
}

/** How the kinds are named on the command line, for usage messages. */
export function kindChoices(kinds: readonly EntryKind[] = entryKinds): string {
	return kinds.map((kind) => `${kind}（${kindLabel(kind)}）`).join('、');
}

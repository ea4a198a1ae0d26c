import type { RawEntry } from '../../core/content-check/source-file.ts';
import { entryIdOf } from '../../core/content-check/validate.ts';
import type { CollectionName } from '../../core/collections.ts';

/**
 * Ids and Chinese names of every entry the content holds, so a ledger can say 城关镇 or 企业 where
 * the front matter says `chengguan` or `enterprise`.
 */
export interface Vocabulary {
	/** The id an editor meant by an id or a unique Chinese name; the text itself otherwise. */
	idOf: (collection: CollectionName, text: string) => string;
	/** The Chinese name to show for an id when that name leads back to it alone; else the id. */
	labelOf: (collection: CollectionName, id: string) => string;
}

/** Characters that separate the items of a list in a cell; a name holding one is not used. */
export const LIST_SEPARATORS = /[、,，;；\n]+/;

function nameOf(data: unknown): string | undefined {
	const record = (data ?? {}) as Record<string, unknown>;
	const name = record['label'] ?? record['name'] ?? record['title'];
	return typeof name === 'string' ? name.trim() : undefined;
}

/** Builds the vocabulary from the raw entries the content checker read. */
export function buildVocabulary(entries: ReadonlyMap<CollectionName, RawEntry[]>): Vocabulary {
	const ids = new Map<CollectionName, Set<string>>();
	const idsByName = new Map<CollectionName, Map<string, string[]>>();
	const names = new Map<CollectionName, Map<string, string>>();
	for (const [collection, list] of entries) {
		const collectionIds = new Set<string>();
		const byName = new Map<string, string[]>();
		const nameById = new Map<string, string>();
		for (const entry of list) {
			const id = entryIdOf(collection, entry, entry.data);
			collectionIds.add(id);
			const name = nameOf(entry.data);
			if (!name) continue;
			nameById.set(id, name);
			byName.set(name, [...(byName.get(name) ?? []), id]);
		}
		ids.set(collection, collectionIds);
		idsByName.set(collection, byName);
		names.set(collection, nameById);
	}
	const uniqueIdOfName = (collection: CollectionName, name: string): string | undefined => {
		const found = idsByName.get(collection)?.get(name);
		return found?.length === 1 ? found[0] : undefined;
	};
	return {
		idOf(collection, text) {
			const trimmed = text.trim();
			if (ids.get(collection)?.has(trimmed)) return trimmed;
			return uniqueIdOfName(collection, trimmed) ?? trimmed;
		},
		labelOf(collection, id) {
			const name = names.get(collection)?.get(id);
			const safe =
				name &&
				!LIST_SEPARATORS.test(name) &&
				!/[|｜]/.test(name) &&
				!ids.get(collection)?.has(name) &&
				uniqueIdOfName(collection, name) === id;
			return safe ? name : id;
		},
	};
}

/**
 * Which entries and fields exist in a build. The public build is sealed at the source: an entry
 * held back, or an internal-only field, is never handed to Astro (`src/content.config.ts`), to the
 * editor tools' exports, or to anything else that reads content through a scope — so no page,
 * picture pipeline, index, feed or download can show it, and none has to remember to filter.
 *
 * The conditions are plug-ins: a feature writes a `HoldBack` (internal entries in the public build,
 * entries whose review is not complete…) and `src/site/content-scope.ts` lists them.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from './collections.ts';
import { internalKeysOf } from './schemas/internal.ts';
import type { SiteProfile } from './settings.ts';

/** One entry as a condition sees it. */
export interface ScopedEntry {
	collection: CollectionName;
	/**
	 * The entry's fields parsed by its collection's schema (defaults filled in, dates as Date,
	 * references as `{ collection, id }`), internal-only fields included.
	 */
	data: Record<string, unknown>;
}

/**
 * A reason to leave an entry out of a build of the given profile: returns why, in Chinese (for the
 * build's report), or undefined when the entry may be in it.
 */
export type HoldBack = (entry: ScopedEntry, profile: SiteProfile) => string | undefined;

/** The answer for one build: which entries are held back, and which fields are removed. */
export interface ContentScope {
	profile: SiteProfile;
	/**
	 * Why an entry does not exist in this build, or undefined when it does. An entry whose fields
	 * do not parse is held back (fail closed): the content check reports it.
	 */
	heldBack(collection: CollectionName, rawData: unknown): string | undefined;
	/** The top-level fields of a collection that do not exist in this build. */
	removedFields(collection: CollectionName): ReadonlySet<string>;
	/** The entry's fields as written, less those that do not exist in this build. */
	visibleData<T>(collection: CollectionName, rawData: T): T;
}

/** Why an entry that does not parse is held back. */
export const UNPARSABLE = '内容有误，未能读取';

/**
 * The scope of a build of `profile`: the holdbacks decide on entries; internal-only fields
 * (`internalOnly()` in the schemas) exist only in the intranet build.
 */
export function contentScope(
	profile: SiteProfile,
	schemas: Readonly<Record<CollectionName, z.ZodType>>,
	holdBacks: readonly HoldBack[],
): ContentScope {
	const internalKeys = internalKeysOf(schemas);
	const none = new Set<string>();
	const removedFields = (collection: CollectionName) =>
		profile === 'intranet' ? none : (internalKeys.get(collection) ?? none);
	return {
		profile,
		heldBack(collection, rawData) {
			const parsed = schemas[collection].safeParse(rawData);
			if (!parsed.success) return UNPARSABLE;
			const entry = { collection, data: parsed.data as Record<string, unknown> };
			for (const holdBack of holdBacks) {
				const reason = holdBack(entry, profile);
				if (reason) return reason;
			}
			return undefined;
		},
		removedFields,
		visibleData<T>(collection: CollectionName, rawData: T): T {
			const removed = removedFields(collection);
			if (removed.size === 0 || !rawData || typeof rawData !== 'object') return rawData;
			const record = rawData as Record<string, unknown>;
			if (!Object.keys(record).some((key) => removed.has(key))) return rawData;
			return Object.fromEntries(Object.entries(record).filter(([key]) => !removed.has(key))) as T;
		},
	};
}

import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionName } from './collections.ts';
import type { ContentScope } from './content-scope.ts';

/** What Astro's glob loader is given per file extension (not part of Astro's public types). */
interface EntryType {
	getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<{ data: unknown }>;
}
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

/**
 * Wraps an Astro loader so that only what the scope lets exist reaches Astro's store: a held-back
 * entry is never stored (so Astro never imports its pictures, never compiles its body, and no
 * page can list it), and the fields the scope removes are gone before the schema sees the entry.
 *
 * The glob loader skips parsing an unchanged file that its cache already holds; the scope is
 * asked again for every file, since its answer may change without the file changing (a profile,
 * a setting, a date). The file is read for this by the loader itself (`getEntryInfo`).
 */
export function scopedLoader(
	loader: Loader,
	collection: CollectionName,
	scope: ContentScope,
): Loader {
	return {
		...loader,
		load: (context: ContextWithEntryTypes) => {
			// Whether each file read so far is held back, as decided when the loader read it.
			const heldFiles = new Map<string, boolean>();
			const heldIds = new Set<string>();
			const absolute = (filePath: string) =>
				filePath.startsWith('/') ? filePath : fileURLToPath(new URL(filePath, context.config.root));

			const entryTypes = context.entryTypes && new Map(context.entryTypes);
			for (const [extension, entryType] of entryTypes ?? []) {
				entryTypes!.set(extension, {
					...entryType,
					getEntryInfo: async (params) => {
						const info = await entryType.getEntryInfo(params);
						const file = fileURLToPath(params.fileUrl);
						heldFiles.set(file, scope.heldBack(collection, info.data) !== undefined);
						return info;
					},
				});
			}

			const store: LoaderContext['store'] = {
				...context.store,
				get: ((id: string) => {
					const existing = context.store.get(id);
					// A cached entry that is now held back is parsed again, and so dropped.
					return existing?.filePath && heldFiles.get(absolute(existing.filePath))
						? undefined
						: existing;
				}) as LoaderContext['store']['get'],
				set: (entry) => {
					if (!heldIds.has(entry.id)) return context.store.set(entry);
					context.store.delete(entry.id);
					return false;
				},
			};

			return loader.load({
				...context,
				...(entryTypes ? { entryTypes } : {}),
				store,
				parseData: async (props) => {
					const decided =
						props.filePath === undefined ? undefined : heldFiles.get(absolute(props.filePath));
					const held = decided ?? scope.heldBack(collection, props.data) !== undefined;
					if (held) {
						heldIds.add(props.id);
						return props.data;
					}
					heldIds.delete(props.id);
					return context.parseData({
						...props,
						data: scope.visibleData(collection, props.data),
					});
				},
			});
		},
	};
}

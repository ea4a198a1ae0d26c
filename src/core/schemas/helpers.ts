import type { ImageMetadata } from 'astro';
import type { z } from 'astro/zod';
import type { CollectionName } from '../collections.ts';

/** What a reference field holds once parsed: the target collection and entry id. */
export interface EntryReference<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
}

/**
 * The two schema helpers that depend on who parses the content. In the Astro build they are
 * Astro's `reference()` and `image()`; in the editor check (`npm run check`) and in tests they are
 * stand-ins that record what was referenced so the checker can resolve it itself.
 */
export interface SchemaHelpers {
	reference: <C extends CollectionName>(collection: C) => z.ZodType<EntryReference<C>>;
	image: () => z.ZodType<ImageMetadata>;
}

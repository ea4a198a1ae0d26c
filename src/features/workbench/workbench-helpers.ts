import { z } from 'astro/zod';
import type { CollectionName } from '../../core/collections.ts';
import type { SchemaHelpers } from '../../core/schemas/helpers.ts';
import { checkerHelpers } from '../../core/content-check/validate.ts';

/** What a field made by one of the schema helpers holds: a reference to an entry, or a picture. */
export type MarkedField = { kind: 'reference'; collection: CollectionName } | { kind: 'image' };

/**
 * The fields made by `reference()` and `image()`. A documented copy of such a field inherits its
 * mark (Zod registries follow a clone to its parent), so the mark survives `documented()`.
 */
export const markedFields = z.registry<MarkedField>();

/**
 * The schema helpers the workbench builds the schemas with: the checker's stand-ins (so parsing
 * accepts what `npm run check` accepts), each result marked so that the CMS configuration can
 * give a reference a relation or select widget and a picture an image widget.
 */
export const workbenchHelpers: SchemaHelpers = {
	reference: (collection) => {
		const field = checkerHelpers.reference(collection);
		markedFields.add(field, { kind: 'reference', collection });
		return field;
	},
	image: () => {
		const field = checkerHelpers.image();
		markedFields.add(field, { kind: 'image' });
		return field;
	},
};

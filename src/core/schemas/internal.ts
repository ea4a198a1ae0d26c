import { z } from 'astro/zod';

/**
 * Fields registered here are internal-only: they reach the intranet build and nothing of the
 * public build. The publishing step reads this registry, so marking a field is the one place to
 * declare it.
 */
export const internalFields = z.registry<{ description: string }>();

/** Marks a field schema as internal-only and returns it unchanged. */
export function internalOnly<T extends z.ZodType>(schema: T, description: string): T {
	internalFields.add(schema, { description });
	return schema;
}

import { z } from 'astro/zod';

/**
 * Fields registered here are internal-only: they reach the intranet build and nothing of the
 * public build. The content scope (`src/core/content-scope.ts`) and the personal-data guard read
 * this registry, so marking a field is the one place to declare it.
 */
export const internalFields = z.registry<{ description: string }>();

/** Marks a field schema as internal-only and returns it unchanged. */
export function internalOnly<T extends z.ZodType>(schema: T, description: string): T {
	internalFields.add(schema, { description });
	return schema;
}

/** The top-level internal-only fields of each schema, by the schema's key. */
export function internalKeysOf<K extends string>(
	schemas: Readonly<Record<K, z.ZodType>>,
): Map<K, Set<string>> {
	const keys = new Map<K, Set<string>>();
	for (const [name, schema] of Object.entries(schemas) as [K, z.ZodType][]) {
		const shape = (schema as { shape?: Record<string, z.ZodType> }).shape ?? {};
		const internal = Object.entries(shape)
			.filter(([, field]) => internalFields.has(field))
			.map(([key]) => key);
		keys.set(name, new Set(internal));
	}
	return keys;
}

/**
 * How the site's Markdown and MDX bodies are processed, for Astro (`astro.config.mjs`) and the
 * content check alike: one allow-list sanitiser, and the components a case story may use.
 */
import { caseComponentNames } from '../features/cases/case-components.ts';
import type { SanitizeOptions } from '../features/publishing/body-sanitizer.ts';
import { sanitizePlugin } from '../features/publishing/sanitize-plugin.ts';

export const bodyOptions: SanitizeOptions = { components: caseComponentNames };

/** The hast plugins of every body, in order. */
export const bodyPlugins = [sanitizePlugin(bodyOptions)];

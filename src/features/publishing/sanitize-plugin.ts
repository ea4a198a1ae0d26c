import type { Root } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import {
	mayHoldMarkup,
	sanitizeBody,
	type BodyFinding,
	type BodyPicture,
	type SanitizeOptions,
} from './body-sanitizer.ts';

/** A plain copy of a node of Sätteri's tree, whose children are resolved lazily. */
function plain(node: Record<string, unknown>): Record<string, unknown> {
	const copy: Record<string, unknown> = {};
	for (const key of ['type', 'tagName', 'value', 'name'] as const) {
		if (node[key] !== undefined) copy[key] = node[key];
	}
	if (node['properties']) copy['properties'] = { ...node['properties'] };
	if (node['attributes'])
		copy['attributes'] = (node['attributes'] as Record<string, unknown>[]).map((attribute) => ({
			...attribute,
			...(attribute['value'] && typeof attribute['value'] === 'object'
				? { value: { ...attribute['value'] } }
				: {}),
		}));
	if (node['data']) copy['data'] = { ...node['data'] };
	if (node['position']) copy['position'] = node['position'];
	if (node['children'])
		copy['children'] = (node['children'] as Record<string, unknown>[]).map(plain);
	return copy;
}

/**
 * The body sanitiser as a Sätteri plugin (Astro 7's Markdown and MDX processor runs hast plugins,
 * not rehype's): the whole tree is read, made safe by `sanitizeBody`, and put back. It runs
 * before Astro's own plugins (picture handling, heading ids), which see only what is allowed.
 * `report` receives what was refused, for the content check.
 */
export function sanitizePlugin(
	options: SanitizeOptions,
	report?: (findings: BodyFinding[], pictures: BodyPicture[]) => void,
): HastPluginDefinition {
	return {
		name: 'tongxin-body-sanitizer',
		options: { position: report !== undefined },
		before(root, context) {
			if (!mayHoldMarkup(context.source)) {
				report?.([], []);
				return;
			}
			const tree = plain(root) as unknown as Root;
			const result = sanitizeBody(tree, options, report ? context.source : undefined);
			report?.(result.findings, result.pictures);
			context.replaceNode(root, result.tree);
		},
	};
}

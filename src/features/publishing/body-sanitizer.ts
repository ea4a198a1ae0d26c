/**
 * One allow-list for every Markdown and MDX body (`body-schema.ts`): what is not on it is
 * reported to the content check with its line, and removed from the page by `hast-util-sanitize`
 * (the engine of rehype-sanitize) in every build, so nothing unsafe ships even where the check
 * did not run. HTML comments (editors' notes to colleagues) are removed without a word.
 *
 * MDX bodies may use only the components the site hands to them, with plain attribute values: an
 * `import`/`export` statement or a JavaScript expression would be code run on the build machine,
 * so it is reported and removed before the MDX is compiled. An expression that is only a comment
 * (`{/* 备注 *\/}`, MDX's own comment) is removed; one that is a plain value (`{"字"}`, `{3}`)
 * becomes that text.
 */
import type { Element, Nodes, Parents, Properties, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { VFile } from 'vfile';
import { bodySchema, unsafeAddress, URL_PROPERTIES } from './body-schema.ts';
import { textOf } from '../../core/format.ts';

/**
 * Whether a body may hold anything the allow-list refuses: HTML, MDX, links, pictures or
 * entities all need one of these characters (or an import/export line). Plain prose — most
 * bodies — needs no sanitising, which saves the time of reading its whole tree.
 */
export function mayHoldMarkup(source: string): boolean {
	return /[<>{}[\]&]|^\s*(?:import|export)\b/m.test(source);
}

/** Something a body holds that the allow-list refuses. */
export interface BodyFinding {
	kind: 'element' | 'attribute' | 'address' | 'esm' | 'expression';
	/** What was found, as written (shortened). */
	found: string;
	/** 1-based line and column in the document the tree was parsed from, when known. */
	line?: number;
	column?: number;
}

/** A picture the body shows from a file: its address as written and where. */
export interface BodyPicture {
	src: string;
	line?: number;
	column?: number;
}

export interface SanitizeOptions {
	/** The capitalised components an MDX body may use (the case components). */
	components: readonly string[];
}

interface Position {
	start?: { line?: number; column?: number };
}
type AnyNode = { type: string; position?: Position | undefined; [key: string]: unknown };

const PLACEHOLDER = 'tongxin-component';
const MDX_TYPES = [
	'mdxJsxFlowElement',
	'mdxJsxTextElement',
	'mdxFlowExpression',
	'mdxTextExpression',
	'mdxjsEsm',
];

const where = (node: AnyNode) => ({
	...(node.position?.start?.line ? { line: node.position.start.line } : {}),
	...(node.position?.start?.column ? { column: node.position.start.column } : {}),
});

const short = (text: string, length = 60) =>
	text.length > length ? `${text.slice(0, length)}…` : text;

/** A JavaScript value that runs nothing: a string, a number, true/false/null. */
const PLAIN_VALUE =
	/^\s*(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`$\\]*`|-?\d+(?:\.\d+)?|true|false|null)\s*$/;

/** An expression that holds only comments (MDX's way to write a note). */
const isCommentOnly = (code: string) =>
	code
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/\/\/[^\n]*/g, '')
		.trim() === '';

function plainValue(code: string): string | number | boolean | null {
	const text = code.trim();
	if (text.startsWith("'") || text.startsWith('`'))
		return text.slice(1, -1).replace(/\\(.)/g, '$1');
	return JSON.parse(text) as string | number | boolean | null;
}

interface MdxAttribute {
	type: string;
	name?: string;
	value?: string | null | { type: string; value: string };
}

/** An attribute's value as written: a string, true for a bare attribute, or a plain expression. */
function attributeValue(
	attribute: MdxAttribute,
): { value: string | number | boolean | null } | { refused: string } {
	if (attribute.type !== 'mdxJsxAttribute')
		return { refused: `{${short(textOf((attribute as { value?: unknown }).value ?? ''))}}` };
	const { value } = attribute;
	if (value === null || value === undefined) return { value: true };
	if (typeof value === 'string') return { value };
	if (PLAIN_VALUE.test(value.value)) return { value: plainValue(value.value) };
	return { refused: `${attribute.name}={${short(value.value)}}` };
}

/**
 * Turns the MDX parts of a tree into what the sanitiser understands, reporting what is refused:
 * components become placeholder elements (restored afterwards), lowercase JSX becomes HTML
 * elements, expressions become text or nothing, import/export is dropped.
 */
function lowerMdx(
	node: AnyNode,
	options: SanitizeOptions,
	findings: BodyFinding[],
	components: AnyNode[],
): AnyNode[] {
	switch (node.type) {
		case 'mdxjsEsm':
			findings.push({
				kind: 'esm',
				found: short(String(node['value']).split('\n')[0]!),
				...where(node),
			});
			return [];
		case 'mdxFlowExpression':
		case 'mdxTextExpression': {
			const code = textOf(node['value'] ?? '');
			if (isCommentOnly(code)) return [];
			if (PLAIN_VALUE.test(code)) {
				const value = plainValue(code);
				return value === null
					? []
					: [{ type: 'text', value: String(value), position: node.position }];
			}
			findings.push({ kind: 'expression', found: `{${short(code)}}`, ...where(node) });
			return [];
		}
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const name = textOf(node['name'] ?? '');
			const children = lowerChildren(node, options, findings, components);
			const properties: Properties = {};
			const attributes: MdxAttribute[] = [];
			for (const attribute of (node['attributes'] as MdxAttribute[] | undefined) ?? []) {
				const read = attributeValue(attribute);
				if ('refused' in read) {
					findings.push({ kind: 'expression', found: read.refused, ...where(node) });
					continue;
				}
				attributes.push(attribute);
				if (read.value === null) continue;
				const info = find(html, attribute.name!);
				properties[info.property] =
					info.property === 'className' && typeof read.value === 'string'
						? read.value.split(/\s+/).filter(Boolean)
						: read.value;
			}
			// A fragment (`<>…</>`) keeps its children.
			if (!name) return children;
			if (/^[A-Z]/.test(name)) {
				// Unknown components are reported by the story check with the list of known ones.
				if (!options.components.includes(name)) return children;
				components.push({ ...node, attributes });
				return [
					{
						type: 'element',
						tagName: PLACEHOLDER,
						properties: { dataComponent: components.length - 1 },
						children,
						position: node.position,
					},
				];
			}
			return [{ type: 'element', tagName: name, properties, children, position: node.position }];
		}
		default:
			return [
				{
					...node,
					...('children' in node
						? { children: lowerChildren(node, options, findings, components) }
						: {}),
				},
			];
	}
}

function lowerChildren(
	node: AnyNode,
	options: SanitizeOptions,
	findings: BodyFinding[],
	components: AnyNode[],
): AnyNode[] {
	return ((node['children'] as AnyNode[] | undefined) ?? []).flatMap((child) =>
		lowerMdx(child, options, findings, components),
	);
}

/** The attribute definitions the schema has for a tag (its own and those for every tag). */
function definitionsFor(tag: string) {
	const attributes = bodySchema.attributes ?? {};
	return [...(attributes[tag] ?? []), ...(attributes['*'] ?? [])];
}

function allowedValue(tag: string, property: string, value: unknown): boolean {
	for (const definition of definitionsFor(tag)) {
		if (typeof definition === 'string') {
			if (definition === property) return true;
			continue;
		}
		const [name, ...values] = definition;
		if (name !== property) continue;
		if (values.length === 0) return true;
		const items = Array.isArray(value) ? value : [value];
		if (
			items.every((item) =>
				values.some((allowed) =>
					allowed instanceof RegExp ? allowed.test(String(item)) : allowed === item,
				),
			)
		)
			return true;
	}
	return false;
}

/** Whether the schema's protocols allow an address (as `hast-util-sanitize` decides it). */
function allowedProtocol(property: string, value: string): boolean {
	const protocols = bodySchema.protocols?.[property];
	if (!protocols || protocols.length === 0) return true;
	const colon = value.indexOf(':');
	const firstOf = (character: string) => value.indexOf(character);
	if (colon < 0) return true;
	for (const character of ['/', '?', '#']) {
		const index = firstOf(character);
		if (index > -1 && colon > index) return true;
	}
	return protocols.includes(value.slice(0, colon).toLowerCase());
}

/** HTML's name of a hast property, for messages (`className` → `class`, `onClick` → `onclick`). */
const attributeName = (property: string) => find(html, property).attribute;

/** Reports every element, attribute and address of a tree that the allow-list refuses. */
function review(node: AnyNode, findings: BodyFinding[], pictures: BodyPicture[]): void {
	if (node.type === 'element') {
		const element = node as unknown as Element;
		const tag = element.tagName;
		if (tag !== PLACEHOLDER && !bodySchema.tagNames!.includes(tag)) {
			findings.push({ kind: 'element', found: `<${tag}>`, ...where(node) });
			if (bodySchema.strip!.includes(tag)) return;
		}
		for (const [property, value] of Object.entries(element.properties ?? {})) {
			if (value === undefined || value === null || value === false) continue;
			if (tag === PLACEHOLDER) continue;
			const written = `${attributeName(property)}="${short(Array.isArray(value) ? value.join(' ') : String(value), 40)}"`;
			if (URL_PROPERTIES.has(property) && typeof value === 'string') {
				const unsafe = unsafeAddress(property, value);
				if (unsafe || !allowedProtocol(property, value)) {
					findings.push({ kind: 'address', found: written, ...where(node) });
					continue;
				}
			}
			if (bodySchema.tagNames!.includes(tag) && !allowedValue(tag, property, value))
				findings.push({ kind: 'attribute', found: written, ...where(node) });
		}
		const src = element.properties?.['src'];
		const decoded = typeof src === 'string' ? decodeURI(src) : '';
		if (tag === 'img' && decoded && !/^[a-z][a-z0-9+.-]*:|^[/\\]/i.test(decoded))
			pictures.push({ src: decoded, ...where(node) });
	}
	for (const child of (node['children'] as AnyNode[] | undefined) ?? [])
		review(child, findings, pictures);
}

/** Drops addresses the protocols allow but `unsafeAddress` refuses. */
function dropUnsafeAddresses(node: Nodes): void {
	if (node.type === 'element') {
		for (const property of Object.keys(node.properties)) {
			const value = node.properties[property];
			if (
				URL_PROPERTIES.has(property) &&
				typeof value === 'string' &&
				unsafeAddress(property, value)
			)
				delete node.properties[property];
		}
	}
	if ('children' in node) for (const child of node.children) dropUnsafeAddresses(child);
}

/** Puts the components back where their placeholders stand, with their sanitised children. */
function restoreComponents(node: AnyNode, components: AnyNode[]): AnyNode {
	const children = ((node['children'] as AnyNode[] | undefined) ?? []).map((child) =>
		restoreComponents(child, components),
	);
	if (node.type === 'element' && (node as unknown as Element).tagName === PLACEHOLDER) {
		const index = Number((node as unknown as Element).properties['dataComponent']);
		return { ...components[index]!, children };
	}
	return 'children' in node ? { ...node, children } : node;
}

function hasType(node: AnyNode, types: readonly string[]): boolean {
	return (
		types.includes(node.type) ||
		((node['children'] as AnyNode[] | undefined) ?? []).some((child) => hasType(child, types))
	);
}

/**
 * The body as the allow-list lets it be: the safe tree to render, what was refused (for the
 * content check) and the pictures it shows from files (for the check's picture rule).
 */
export function sanitizeBody(
	tree: Root,
	options: SanitizeOptions,
	/** The document the tree was parsed from, so that raw HTML keeps its lines and columns. */
	source?: string,
): { tree: Root; findings: BodyFinding[]; pictures: BodyPicture[] } {
	const findings: BodyFinding[] = [];
	const pictures: BodyPicture[] = [];
	const components: AnyNode[] = [];
	let current = tree as unknown as AnyNode;
	if (hasType(current, MDX_TYPES)) current = lowerMdx(current, options, findings, components)[0]!;
	// Raw HTML of a Markdown body is parsed as a browser would, positions kept.
	if (hasType(current, ['raw']))
		current = raw(
			current as unknown as Root,
			source === undefined ? {} : { file: new VFile({ value: source }) },
		) as unknown as AnyNode;
	review(current, findings, pictures);
	const schema =
		components.length > 0
			? {
					...bodySchema,
					tagNames: [...bodySchema.tagNames!, PLACEHOLDER],
					attributes: { ...bodySchema.attributes, [PLACEHOLDER]: ['dataComponent'] },
				}
			: bodySchema;
	const safe = sanitize(current as unknown as Root, schema) as Root;
	dropUnsafeAddresses(safe);
	const restored =
		components.length > 0
			? (restoreComponents(safe as unknown as AnyNode, components) as unknown as Root)
			: safe;
	findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
	return { tree: restored, findings, pictures };
}

export type { Parents, RootContent };

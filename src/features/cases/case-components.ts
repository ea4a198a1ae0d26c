/**
 * The MDX components editors may use in a case story, with the attributes that name other things.
 * The Astro components live in `src/features/cases/components/`; `docs/editor-components.md` shows each one.
 */
export const caseComponentNames = [
	'Figure',
	'Gallery',
	'PullQuote',
	'NumberCallout',
	'Timeline',
	'Step',
	'LinkCard',
] as const;
export type CaseComponentName = (typeof caseComponentNames)[number];

/** `<LinkCard station="…">`: which attribute names which collection. */
export const linkCardTargets = {
	center: 'centers',
	station: 'stations',
	base: 'bases',
	platform: 'platforms',
	system: 'systems',
} as const;
export type LinkCardAttribute = keyof typeof linkCardTargets;

/** A component as written in a story body: its name, attributes and line in the file. */
export interface ComponentUse {
	name: string;
	attributes: Record<string, string>;
	/** 1-based line in the story file. */
	line: number;
}

/**
 * The capitalised tags of an MDX body (components), with their string attributes. Tags inside
 * fenced code blocks are skipped, so a story may show an example.
 */
export function componentUses(body: string, firstLine = 1): ComponentUse[] {
	const uses: ComponentUse[] = [];
	const withoutCode = body.replace(/^```[\s\S]*?^```/gm, (block) => block.replace(/[^\n]/g, ' '));
	for (const match of withoutCode.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>/g)) {
		const attributes: Record<string, string> = {};
		for (const attribute of (match[2] ?? '').matchAll(
			/([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
		))
			attributes[attribute[1]!] = attribute[2] ?? attribute[3] ?? '';
		const line = firstLine + (withoutCode.slice(0, match.index).match(/\n/g)?.length ?? 0);
		uses.push({ name: match[1]!, attributes, line });
	}
	return uses;
}

/** Names an MDX body imports itself (`import X from '…'`), which are then not ours to check. */
export function importedNames(body: string): Set<string> {
	return new Set([...body.matchAll(/^import\s+(\w+)/gm)].map((match) => match[1]!));
}

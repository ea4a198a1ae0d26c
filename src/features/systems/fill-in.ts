/**
 * The browser side of the fill-in form: writes typed values into the page's blanks and keeps
 * them in this browser (localStorage) so the next template opens with the same unit name. Nothing
 * leaves the machine.
 */
import { blankPlaceholder, type BlankValues } from './blanks.ts';

/** localStorage key of the values typed into any template page. */
export const STORAGE_KEY = 'tongxin.template-blanks';

/** Parses stored values, ignoring anything that is not a map of strings. */
export function readStoredValues(stored: string | null): Record<string, string> {
	if (!stored) return {};
	try {
		const parsed: unknown = JSON.parse(stored);
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
		return Object.fromEntries(
			Object.entries(parsed).filter(
				(pair): pair is [string, string] => typeof pair[1] === 'string',
			),
		);
	} catch {
		return {};
	}
}

/** Writes each blank's value (or its 【name】 when empty) into the blank spans under `root`. */
export function showValues(root: ParentNode, values: BlankValues): void {
	for (const span of root.querySelectorAll<HTMLElement>('[data-blank]')) {
		const name = span.dataset['blank'] ?? '';
		const value = values[name]?.trim() ?? '';
		span.textContent = value || blankPlaceholder(name);
		span.toggleAttribute('data-filled', value !== '');
	}
}

/** Whether any blank has a value. */
export function hasValues(values: BlankValues): boolean {
	return Object.values(values).some((value) => value.trim() !== '');
}

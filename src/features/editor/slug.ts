import { pinyin } from 'pinyin-pro';
import type { EntryKind } from './kinds.ts';

/** Words every name of a kind ends with; left out of the slug so that it stays short. */
const kindSuffixes: Partial<Record<EntryKind, readonly string[]>> = {
	centers: ['同心实践中心'],
	stations: ['同心实践站'],
	bases: ['示范基地'],
};

const MAX_LENGTH = 60;

/**
 * An ASCII slug from a Chinese name: its pinyin without tones, one syllable per hyphenated part
 * (ü as v), Latin letters and digits kept, e.g. 城关镇同心实践中心 → `cheng-guan-zhen`. Syllables
 * are kept whole when the slug is cut to 60 characters.
 */
export function slugFromName(name: string, kind?: EntryKind): string {
	let text = name.trim();
	for (const suffix of (kind && kindSuffixes[kind]) ?? []) {
		if (text.endsWith(suffix) && text.length > suffix.length) text = text.slice(0, -suffix.length);
	}
	const syllables = pinyin(text, {
		toneType: 'none',
		type: 'array',
		v: true,
		nonZh: 'consecutive',
	});
	const parts = syllables
		.flatMap((syllable) => syllable.toLowerCase().split(/[^a-z0-9]+/))
		.filter(Boolean);
	let slug = '';
	for (const part of parts) {
		const next = slug ? `${slug}-${part}` : part;
		if (next.length > MAX_LENGTH && slug) break;
		slug = next;
	}
	return slug;
}

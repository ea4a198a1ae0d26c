/**
 * The words a page is also found by, besides its text: its title in full pinyin and in initials
 * (陈村镇同心实践中心 → `chencunzhen…`, `ccztxsjzx`, and the same from each word on, so that
 * `tongxin` and `sjzx` find it too), and the other words of any synonym group its title holds.
 * They are indexed as the page's `aliases` meta, which Pagefind searches but never shows.
 */
import { pinyin } from 'pinyin-pro';

/** Pinyin aliases start at each word of the title and run at most this many syllables. */
const MAX_SYLLABLES = 12;

const HAN_CHAR = /\p{Script=Han}/u;
const wordSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Full pinyin and initials of a title, from each of its words to the end (or 12 syllables). */
export function pinyinAliases(title: string): string[] {
	const han = [...title].filter((char) => HAN_CHAR.test(char)).join('');
	if (!han) return [];
	const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true }).map((syllable) =>
		syllable.toLocaleLowerCase('en').replace(/[^a-z]/g, ''),
	);
	const starts = new Set<number>([0]);
	for (const { index } of wordSegmenter.segment(han)) starts.add(index);
	const aliases = new Set<string>();
	for (const start of [...starts].sort((a, b) => a - b)) {
		const run = syllables.slice(start, start + MAX_SYLLABLES);
		if (run.length === 0) continue;
		aliases.add(run.join(''));
		if (run.length > 1) aliases.add(run.map((syllable) => syllable[0] ?? '').join(''));
	}
	return [...aliases].filter(Boolean);
}

/** The other words of each synonym group whose word the title holds. */
export function synonymAliases(title: string, groups: readonly (readonly string[])[]): string[] {
	const text = title.normalize('NFKC').toLocaleLowerCase('zh-CN');
	const found = new Set<string>();
	for (const group of groups) {
		if (!group.some((word) => text.includes(word))) continue;
		for (const word of group) if (!text.includes(word)) found.add(word);
	}
	return [...found];
}

/** The value of the `aliases` meta: pinyin and synonyms, separated by spaces. */
export function titleAliases(title: string, groups: readonly (readonly string[])[] = []): string {
	return [...pinyinAliases(title), ...synonymAliases(title, groups)].join(' ');
}

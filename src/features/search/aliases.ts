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

/**
 * Full pinyin and initials of a title, from each of its words to the end (or 12 syllables), the
 * run from the title's start first: 陈村镇 → `[['chencunzhen', 'ccz'], ['cunzhen', 'cz']]`.
 */
export function pinyinRuns(title: string): string[][] {
	const han = [...title].filter((char) => HAN_CHAR.test(char)).join('');
	if (!han) return [];
	const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true }).map((syllable) =>
		syllable.toLocaleLowerCase('en').replace(/[^a-z]/g, ''),
	);
	const starts = new Set<number>([0]);
	for (const { index } of wordSegmenter.segment(han)) starts.add(index);
	return [...starts]
		.sort((a, b) => a - b)
		.map((start) => syllables.slice(start, start + MAX_SYLLABLES))
		.filter((run) => run.join('').length > 0)
		.map((run) =>
			run.length > 1
				? [run.join(''), run.map((syllable) => syllable[0] ?? '').join('')]
				: [run.join('')],
		);
}

/** Every pinyin alias of a title, once each (see `pinyinRuns`). */
export function pinyinAliases(title: string): string[] {
	return [...new Set(pinyinRuns(title).flat())];
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

/**
 * The page's two alias meta fields: `pinyin`, the whole title's full pinyin and initials (a
 * reader typing it names this page), and `aliases`, the same from each later word of the title
 * and the synonyms (the page is about what was typed, among other things). Words are separated
 * by spaces; either may be empty.
 */
export function titleAliases(
	title: string,
	groups: readonly (readonly string[])[] = [],
): { pinyin: string; aliases: string } {
	const [whole = [], ...later] = pinyinRuns(title);
	const laterWords = [...new Set(later.flat())].filter((word) => !whole.includes(word));
	return {
		pinyin: whole.join(' '),
		aliases: [...laterWords, ...synonymAliases(title, groups)].join(' '),
	};
}

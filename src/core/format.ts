const numberFormat = new Intl.NumberFormat('zh-CN');

/** 22176 → “22,176”: grouped the way Chinese government pages print numbers. */
export function formatNumber(value: number): string {
	return numberFormat.format(value);
}

/** A date as 2023年6月1日 (UTC, since content dates carry no time zone). */
export function formatChineseDate(date: Date): string {
	return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** A date as 2023-06-01, for `<time datetime>`. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Compares Chinese names by pinyin, so lists read in the order Chinese readers expect. */
export function compareChinese(a: string, b: string): number {
	return a.localeCompare(b, 'zh-Hans-CN-u-co-pinyin');
}

/** Newest first, for stories and news. */
export function newestFirst<T extends { data: { date: Date } }>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** A scalar value (text, number, boolean) as text; a stray object is shown as JSON, never `[object Object]`. */
export function textOf(value: unknown): string {
	return value !== null && typeof value === 'object' && !(value instanceof Date)
		? JSON.stringify(value)
		: String(value);
}

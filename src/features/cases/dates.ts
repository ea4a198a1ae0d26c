/** A date an editor writes in a timeline: a day, a month or a year. */
export interface LooseDate {
	/** For `<time datetime>`: 2023-07-12, 2023-07 or 2023. */
	datetime: string;
	/** As readers see it: 2023年7月12日, 2023年7月 or 2023年. */
	label: string;
}

/** Reads `2023-07-12`, `2023-07` or `2023`; anything else gives undefined. */
export function parseLooseDate(text: string): LooseDate | undefined {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
	if (!match) return undefined;
	const [, year, month, day] = match as unknown as [string, string, string?, string?];
	if (month && (Number(month) < 1 || Number(month) > 12)) return undefined;
	if (day) {
		const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
		if (date.getUTCDate() !== Number(day)) return undefined;
		return {
			datetime: `${year}-${month}-${day}`,
			label: `${year}年${Number(month)}月${Number(day)}日`,
		};
	}
	if (month) return { datetime: `${year}-${month}`, label: `${year}年${Number(month)}月` };
	return { datetime: year, label: `${year}年` };
}

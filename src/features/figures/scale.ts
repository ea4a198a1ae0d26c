/** A linear map from a data interval to a drawing interval, as d3's scaleLinear does it. */
export function linearScale(
	[domainStart, domainEnd]: readonly [number, number],
	[rangeStart, rangeEnd]: readonly [number, number],
): (value: number) => number {
	const span = domainEnd - domainStart;
	// A flat domain (every value the same) maps to the middle rather than dividing by zero.
	if (span === 0) return () => (rangeStart + rangeEnd) / 2;
	return (value) => rangeStart + ((value - domainStart) / span) * (rangeEnd - rangeStart);
}

/** A round step (1, 2 or 5 times a power of ten) that splits `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
	if (!(span > 0) || !(count > 0)) return 1;
	const rough = span / count;
	const power = 10 ** Math.floor(Math.log10(rough));
	const fraction = rough / power;
	const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
	return nice * power;
}

/**
 * Round tick values covering `[min, max]`: the first at or below `min`, the last at or above
 * `max`, about `count` steps apart. Used for a trend chart's value axis.
 */
export function niceTicks(min: number, max: number, count = 4): number[] {
	if (min > max) [min, max] = [max, min];
	if (min === max) {
		const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
		min -= pad;
		max += pad;
	}
	const step = niceStep(max - min, count);
	const first = Math.floor(min / step) * step;
	const last = Math.ceil(max / step) * step;
	const ticks: number[] = [];
	// Rounding keeps 0.1 + 0.2 style errors out of the labels.
	for (let value = first; value <= last + step / 2; value += step)
		ticks.push(Number(value.toPrecision(12)));
	return ticks;
}

import { describe, expect, it } from 'vitest';
import { linearScale, niceStep, niceTicks } from '../../../src/features/figures/scale.ts';

describe('linearScale', () => {
	it('maps the ends of the domain to the ends of the range, and proportionally between', () => {
		const scale = linearScale([0, 200], [0, 100]);
		expect(scale(0)).toBe(0);
		expect(scale(200)).toBe(100);
		expect(scale(50)).toBe(25);
	});
	it('can run the range backwards, as an SVG value axis does', () => {
		const y = linearScale([0, 10], [180, 20]);
		expect(y(0)).toBe(180);
		expect(y(10)).toBe(20);
		expect(y(5)).toBe(100);
	});
	it('maps a flat domain to the middle instead of dividing by zero', () => {
		expect(linearScale([3, 3], [0, 100])(3)).toBe(50);
	});
});

describe('niceStep', () => {
	it('picks 1, 2 or 5 times a power of ten', () => {
		expect(niceStep(100, 4)).toBe(50);
		expect(niceStep(2326, 3)).toBe(1000);
		expect(niceStep(7, 4)).toBe(2);
		expect(niceStep(0.9, 3)).toBe(0.5);
	});
});

describe('niceTicks', () => {
	it('covers the values with round ticks', () => {
		const ticks = niceTicks(19850, 22176, 3);
		expect(ticks[0]).toBeLessThanOrEqual(19850);
		expect(ticks.at(-1)).toBeGreaterThanOrEqual(22176);
		expect(ticks).toEqual([19000, 20000, 21000, 22000, 23000]);
	});
	it('gives exact decimals, not floating-point noise', () => {
		expect(niceTicks(0.1, 0.7, 3)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
	});
	it('widens a single value into a range', () => {
		const ticks = niceTicks(5, 5);
		expect(ticks[0]).toBeLessThan(5);
		expect(ticks.at(-1)).toBeGreaterThan(5);
	});
});

// Interval labels at the edges of each unit (the thresholds round to the nearest whole unit).
import { describe, expect, it } from 'vitest';
import { intervalParts } from './format';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('interval labels at their edges', () => {
	it('never shows less than a minute', () => {
		expect(intervalParts(0)).toEqual({ n: 1, unit: 'min' });
		expect(intervalParts(-5 * MIN)).toEqual({ n: 1, unit: 'min' });
		expect(intervalParts(20_000)).toEqual({ n: 1, unit: 'min' });
		expect(intervalParts(59.4 * MIN)).toEqual({ n: 59, unit: 'min' });
	});

	it('turns 59.5 minutes into an hour and 23.5 hours into a day', () => {
		expect(intervalParts(59.5 * MIN)).toEqual({ n: 1, unit: 'h' });
		expect(intervalParts(90 * MIN)).toEqual({ n: 2, unit: 'h' });
		expect(intervalParts(23.4 * H)).toEqual({ n: 23, unit: 'h' });
		expect(intervalParts(23.5 * H)).toEqual({ n: 1, unit: 'd' });
	});

	it('counts months of 30.44 days from 30.5 days, and years of 365.25 from 365 days', () => {
		expect(intervalParts(30.4 * D)).toEqual({ n: 30, unit: 'd' });
		// 30.5 / 30.44 = 1.002 → 1.0
		expect(intervalParts(30.5 * D)).toEqual({ n: 1, unit: 'mo' });
		// 45 / 30.44 = 1.478 → 1.5
		expect(intervalParts(45 * D)).toEqual({ n: 1.5, unit: 'mo' });
		// 364 / 30.44 = 11.958 → 12.0
		expect(intervalParts(364 * D)).toEqual({ n: 12, unit: 'mo' });
		// 365 / 365.25 = 0.9993 → 1.0
		expect(intervalParts(365 * D)).toEqual({ n: 1, unit: 'y' });
		// 500 / 365.25 = 1.369 → 1.4
		expect(intervalParts(500 * D)).toEqual({ n: 1.4, unit: 'y' });
	});
});

import { describe, it, expect } from 'vitest';
import { streak, retention, forecast, heatmap, weekday, level, cardCounts } from './stats';
import { dayNumber, dayStart, parseOffset, dayIso } from './day';
import { intervalParts } from './format';
import { parseSettings } from './settings';

describe('streak', () => {
	it('counts today when done, and yesterday keeps it alive', () => {
		expect(streak([10, 9, 8], 10)).toBe(3);
		expect(streak([9, 8], 10)).toBe(2);
		expect(streak([8, 7], 10)).toBe(0);
		expect(streak([10, 8, 7], 10)).toBe(1);
		expect(streak([], 10)).toBe(0);
	});
});

describe('retention', () => {
	it('is the share of review-state reviews passed, young and mature apart', () => {
		const r = retention([
			{ rating: 3, stateBefore: 2, scheduledDays: 3 },
			{ rating: 1, stateBefore: 2, scheduledDays: 5 },
			{ rating: 4, stateBefore: 2, scheduledDays: 30 },
			{ rating: 2, stateBefore: 2, scheduledDays: 21 },
			{ rating: 1, stateBefore: 2, scheduledDays: 40 },
			{ rating: 1, stateBefore: 0, scheduledDays: 0 },
			{ rating: 1, stateBefore: 1, scheduledDays: 0 }
		]);
		expect(r.young).toEqual({ passed: 1, total: 2, rate: 0.5 });
		expect(r.mature.total).toBe(3);
		expect(r.mature.rate).toBeCloseTo(2 / 3);
		expect(r.all).toEqual({ passed: 3, total: 5, rate: 0.6 });
		expect(retention([]).all.rate).toBeNull();
	});
});

describe('forecast', () => {
	it('has one bar per day and folds overdue cards into today', () => {
		const f = forecast([{ day: 95, count: 4 }, { day: 100, count: 2 }, { day: 102, count: 5 }, { day: 140, count: 9 }], 100, 30);
		expect(f).toHaveLength(30);
		expect(f[0]).toEqual({ day: 100, count: 6 });
		expect(f[2].count).toBe(5);
		expect(f.reduce((n, d) => n + d.count, 0)).toBe(11);
	});
});

describe('heatmap', () => {
	it('lays whole weeks out ending with the current one, levels relative to the busiest day', () => {
		const today = dayNumber(new Date('2025-03-12T12:00:00Z'), 0); // a Wednesday
		expect(weekday(today)).toBe(3);
		const counts = new Map([[today, 8], [today - 1, 2], [today - 30, 4]]);
		const h = heatmap(counts, today, 26, 1);
		expect(h.weeks).toHaveLength(26);
		expect(h.weeks.every((w) => w.length === 7)).toBe(true);
		expect(weekday(h.weeks[0][0].day)).toBe(1);
		const last = h.weeks[25];
		expect(last[2]).toMatchObject({ day: today, count: 8, level: 4, future: false });
		expect(last[3].future).toBe(true);
		expect(h).toMatchObject({ max: 8, total: 14, activeDays: 3 });
		expect(weekday(heatmap(counts, today, 4, 0).weeks[0][0].day)).toBe(0);
		expect([level(0, 8), level(1, 8), level(2, 8), level(5, 8)]).toEqual([0, 1, 1, 3]);
	});
});

describe('card counts', () => {
	it('puts relearning with learning and deleted questions apart', () => {
		expect(
			cardCounts([
				{ state: 0, suspended: false, count: 3 },
				{ state: 1, suspended: false, count: 1 },
				{ state: 3, suspended: false, count: 2 },
				{ state: 2, suspended: false, count: 5 },
				{ state: 2, suspended: true, count: 4 }
			])
		).toEqual({ new: 3, learning: 3, review: 5, suspended: 4, total: 15 });
	});
});

describe('local days', () => {
	it('follows the offset the browser sends', () => {
		const t = new Date('2025-03-10T23:30:00Z');
		expect(dayIso(dayNumber(t, 0))).toBe('2025-03-10');
		expect(dayIso(dayNumber(t, 60))).toBe('2025-03-11');
		expect(dayIso(dayNumber(t, -300))).toBe('2025-03-10');
		expect(dayStart(dayNumber(t, 60), 60).toISOString()).toBe('2025-03-10T23:00:00.000Z');
		expect(parseOffset('60', 0)).toBe(60);
		expect(parseOffset('-330', 0)).toBe(-330);
		expect(parseOffset('9999', 5)).toBe(5);
		expect(parseOffset('abc', 5)).toBe(5);
		expect(parseOffset(undefined, 5)).toBe(5);
	});
});

describe('interval labels', () => {
	it('picks a readable unit', () => {
		expect(intervalParts(60_000)).toEqual({ n: 1, unit: 'min' });
		expect(intervalParts(10 * 60_000)).toEqual({ n: 10, unit: 'min' });
		expect(intervalParts(5 * 3_600_000)).toEqual({ n: 5, unit: 'h' });
		expect(intervalParts(2 * 86_400_000)).toEqual({ n: 2, unit: 'd' });
		expect(intervalParts(90 * 86_400_000)).toEqual({ n: 3, unit: 'mo' });
		expect(intervalParts(800 * 86_400_000)).toEqual({ n: 2.2, unit: 'y' });
	});
});

describe('settings validation', () => {
	it('accepts a percentage or a fraction and whole daily limits in range', () => {
		expect(parseSettings({ retention: '90', newPerDay: '20', reviewsPerDay: '200' })).toEqual({ values: { desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200 } });
		expect(parseSettings({ retention: '0,85', newPerDay: '0', reviewsPerDay: '9999' })).toEqual({ values: { desiredRetention: 0.85, newPerDay: 0, reviewsPerDay: 9999 } });
	});
	it('rejects out-of-range and non-numbers with a code per field', () => {
		expect(parseSettings({ retention: '99', newPerDay: '1000', reviewsPerDay: '-1' })).toEqual({
			errors: { retention: 'retention_range', newPerDay: 'new_range', reviewsPerDay: 'reviews_range' }
		});
		expect(parseSettings({ retention: '', newPerDay: '2.5', reviewsPerDay: 'lots' })).toEqual({
			errors: { retention: 'not_a_number', newPerDay: 'new_range', reviewsPerDay: 'not_a_number' }
		});
	});
});

describe('statistics at their edges', () => {
	it('forecast: 30 days unless told, a fractional day on its day, nothing past the window', () => {
		const f = forecast([{ day: 101.7, count: 1 }, { day: 129, count: 2 }, { day: 130, count: 3 }], 100);
		expect(f).toHaveLength(30);
		expect(f[1]).toEqual({ day: 101, count: 1 });
		expect(f[29]).toEqual({ day: 129, count: 2 });
		expect(f.reduce((n, d) => n + d.count, 0)).toBe(3);
	});

	it('heatmap: 26 weeks from Monday unless told; later days are empty and counted nowhere', () => {
		// Day 20 159 is Wednesday 12 March 2025 (10 March is day 20 157, a Monday).
		const today = 20159;
		const h = heatmap(new Map([[today, 2], [today + 1, 50]]), today);
		expect(h.weeks).toHaveLength(26);
		expect(h.weeks[25][0].day).toBe(20157);
		expect(h.weeks[0][0].day).toBe(20157 - 25 * 7);
		expect(h.weeks[25][3]).toEqual({ day: today + 1, count: 0, level: 0, future: true });
		expect(h).toMatchObject({ max: 2, total: 2, activeDays: 1 });
		expect(h.weeks[25][2]).toEqual({ day: today, count: 2, level: 4, future: false });
		expect(h.weeks[25][1]).toEqual({ day: today - 1, count: 0, level: 0, future: false });
	});

	it('levels: quarters of the busiest day, rounded up; nothing when there is no busiest day', () => {
		expect([level(1, 100), level(25, 100), level(26, 100), level(50, 100), level(51, 100), level(75, 100), level(76, 100), level(100, 100)]).toEqual([
			1, 1, 2, 2, 3, 3, 4, 4
		]);
		expect(level(3, 0)).toBe(0);
		expect(level(-1, 8)).toBe(0);
	});

	it('weekdays before 1970 too', () => {
		// Day −1 is Wednesday 31 December 1969, day −5 Saturday 27 December.
		expect(weekday(-1)).toBe(3);
		expect(weekday(-5)).toBe(6);
		expect(weekday(0)).toBe(4);
	});

	it('retention: a three-week interval is mature, Hard passes', () => {
		const r = retention([
			{ rating: 2, stateBefore: 2, scheduledDays: 21 },
			{ rating: 1, stateBefore: 2, scheduledDays: 20 }
		]);
		expect(r.mature).toEqual({ passed: 1, total: 1, rate: 1 });
		expect(r.young).toEqual({ passed: 0, total: 1, rate: 0 });
	});
});

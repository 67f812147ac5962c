// Local days as integers, with every value worked out by hand: 1 January 2025 is day 20 089
// since 1 January 1970 (55 years of 365 days plus the 14 leap days 1972 … 2024), so 10 March
// 2025 is day 20 089 + 31 + 28 + 9 = 20 157.
import { describe, expect, it } from 'vitest';
import { DAY_MS, dayDate, dayIso, dayNumber, dayStart, parseOffset, serverOffset } from './day';

describe('local days', () => {
	it('numbers the local day at the student’s offset', () => {
		expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
		expect(dayNumber(new Date('2025-01-01T00:00:00Z'), 0)).toBe(20089);
		expect(dayNumber(new Date('2025-03-10T23:30:00Z'), 0)).toBe(20157);
		// 23:30 UTC is already 00:30 on the 11th in Paris (+60 min)…
		expect(dayNumber(new Date('2025-03-10T23:30:00Z'), 60)).toBe(20158);
		// …and 11:59 UTC is still 23:59 on the 9th at −12 h.
		expect(dayNumber(new Date('2025-03-10T11:59:00Z'), -720)).toBe(20156);
		expect(dayNumber(new Date('2025-03-10T12:00:00Z'), -720)).toBe(20157);
		// At +14 h the 11th begins at 10:00 UTC on the 10th.
		expect(dayNumber(Date.parse('2025-03-10T09:59:59Z'), 840)).toBe(20157);
		expect(dayNumber(Date.parse('2025-03-10T10:00:00Z'), 840)).toBe(20158);
	});

	it('gives the instant a local day begins', () => {
		expect(dayStart(20157, 0).toISOString()).toBe('2025-03-10T00:00:00.000Z');
		expect(dayStart(20157, 60).toISOString()).toBe('2025-03-09T23:00:00.000Z');
		expect(dayStart(20157, -720).toISOString()).toBe('2025-03-10T12:00:00.000Z');
		expect(dayStart(20158, 840).toISOString()).toBe('2025-03-10T10:00:00.000Z');
	});

	it('writes the day as a date', () => {
		expect(dayIso(20157)).toBe('2025-03-10');
		expect(dayIso(20089)).toBe('2025-01-01');
		expect(dayDate(20157).toISOString()).toBe('2025-03-10T00:00:00.000Z');
	});
});

describe('the offset cookie', () => {
	it('reads minutes east of UTC within ±14 h', () => {
		expect(parseOffset('60', 0)).toBe(60);
		expect(parseOffset(' -300 ', 0)).toBe(-300);
		expect(parseOffset('840', 0)).toBe(840);
		expect(parseOffset('-840', 0)).toBe(-840);
		expect(parseOffset('0', 99)).toBe(0);
	});

	it('falls back on anything else', () => {
		expect(parseOffset('841', 7)).toBe(7);
		expect(parseOffset('-841', 7)).toBe(7);
		expect(parseOffset('12345', 7)).toBe(7); // five digits
		expect(parseOffset('1.5', 7)).toBe(7);
		expect(parseOffset('+60', 7)).toBe(7);
		expect(parseOffset('60m', 7)).toBe(7);
		expect(parseOffset('x60', 7)).toBe(7);
		expect(parseOffset('', 7)).toBe(7);
		expect(parseOffset(null, 7)).toBe(7);
		expect(parseOffset(undefined, 7)).toBe(7);
	});

	it('takes the server’s own offset east of UTC (getTimezoneOffset counts west)', () => {
		expect(serverOffset({ getTimezoneOffset: () => -60 } as Date)).toBe(60);
		expect(serverOffset({ getTimezoneOffset: () => 300 } as Date)).toBe(-300);
	});
});

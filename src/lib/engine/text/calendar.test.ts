// The calendar the temporal extractor and the answer checker resolve dates against, function by
// function, with values counted on a calendar by hand. Landmarks: 1 January 2025 is a Wednesday,
// so 10 March 2025 (68 days later, 9 weeks and 5 days) is a Monday; 2024 is a leap year.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	addDays,
	addMonths,
	daysBetween,
	decadeFromTwoDigits,
	fmtDay,
	fmtDecade,
	fmtMonth,
	fmtWeek,
	impliedMonthYear,
	impliedYear,
	isoWeekMonday,
	isoWeekOf,
	isoWeeksIn,
	isValidDay,
	parseReference,
	resolveSeason,
	resolveWeekday,
	weekdayOf,
	latestYearNamed
} from './calendar';

const ymd = (y: number, m: number, d: number) => ({ y, m, d });

describe('reference dates', () => {
	afterEach(() => vi.useRealTimers());

	it('reads a day, a month or a year, and falls back to today (UTC)', () => {
		expect(parseReference('2025-03-10')).toEqual(ymd(2025, 3, 10));
		expect(parseReference('2025-03-10T23:30:00+02:00')).toEqual(ymd(2025, 3, 10));
		// Known to the month: its 15th; to the year: 1 July.
		expect(parseReference('2025-03')).toEqual(ymd(2025, 3, 15));
		expect(parseReference('2025')).toEqual(ymd(2025, 7, 1));
		vi.useFakeTimers();
		vi.setSystemTime(new Date('2031-05-06T23:30:00Z'));
		expect(parseReference(null)).toEqual(ymd(2031, 5, 6));
		expect(parseReference(undefined)).toEqual(ymd(2031, 5, 6));
		expect(parseReference('March 2025')).toEqual(ymd(2031, 5, 6));
		expect(parseReference('2025-3')).toEqual(ymd(2031, 5, 6));
		expect(parseReference('x2025')).toEqual(ymd(2031, 5, 6));
		expect(parseReference('x2025-03-10')).toEqual(ymd(2031, 5, 6));
		expect(parseReference('2025-03x')).toEqual(ymd(2031, 5, 6));
	});
});

describe('day arithmetic', () => {
	it('adds days across month, leap-day and year ends', () => {
		expect(addDays(ymd(2024, 2, 28), 1)).toEqual(ymd(2024, 2, 29));
		expect(addDays(ymd(2024, 2, 28), 2)).toEqual(ymd(2024, 3, 1));
		expect(addDays(ymd(2025, 1, 1), -1)).toEqual(ymd(2024, 12, 31));
		expect(addDays(ymd(2025, 1, 1), 68)).toEqual(ymd(2025, 3, 10));
	});

	it('names weekdays from 0 = Sunday', () => {
		expect(weekdayOf(ymd(2025, 1, 1))).toBe(3);
		expect(weekdayOf(ymd(2025, 3, 9))).toBe(0);
		expect(weekdayOf(ymd(2025, 3, 10))).toBe(1);
		expect(weekdayOf(ymd(2025, 3, 15))).toBe(6);
	});

	it('adds months across year ends', () => {
		expect(addMonths(2025, 11, 2)).toEqual({ y: 2026, m: 1 });
		expect(addMonths(2025, 12, 1)).toEqual({ y: 2026, m: 1 });
		expect(addMonths(2025, 1, -1)).toEqual({ y: 2024, m: 12 });
		expect(addMonths(2025, 3, 0)).toEqual({ y: 2025, m: 3 });
		expect(addMonths(2025, 3, 14)).toEqual({ y: 2026, m: 5 });
	});

	it('counts the days between two dates, signed', () => {
		expect(daysBetween(ymd(2025, 1, 1), ymd(2025, 3, 10))).toBe(68);
		expect(daysBetween(ymd(2025, 3, 10), ymd(2025, 1, 1))).toBe(-68);
		expect(daysBetween(ymd(2024, 1, 1), ymd(2025, 1, 1))).toBe(366);
	});

	it('knows which days exist', () => {
		expect(isValidDay(2024, 2, 29)).toBe(true);
		expect(isValidDay(2025, 2, 29)).toBe(false);
		expect(isValidDay(2025, 4, 31)).toBe(false);
		expect(isValidDay(2025, 1, 1)).toBe(true);
		expect(isValidDay(2025, 12, 31)).toBe(true);
		expect(isValidDay(2025, 0, 1)).toBe(false);
		expect(isValidDay(2025, 13, 1)).toBe(false);
		expect(isValidDay(2025, 1, 0)).toBe(false);
		expect(isValidDay(2025, 1, 32)).toBe(false);
		// Month 13 of 2025 rolls over to January 2026 (same day number), a fractional day to a whole one.
		expect(isValidDay(2025, 13, 1)).toBe(false);
		expect(isValidDay(2025, 1, 1.5)).toBe(false);
	});

	it('writes days and months with four-digit years', () => {
		expect(fmtDay(ymd(5, 3, 9))).toBe('0005-03-09');
		expect(fmtDay(ymd(2025, 11, 30))).toBe('2025-11-30');
		expect(fmtMonth(2025, 3)).toBe('2025-03');
		expect(fmtMonth(987, 12)).toBe('0987-12');
	});
});

describe('implied years', () => {
	it('takes the nearest year, the future costing half a day', () => {
		// Read on 10 January 2025: 3 May 2025 is 113 days ahead, 3 May 2024 252 days back.
		expect(impliedYear(5, 3, ymd(2025, 1, 10))).toBe(2025);
		// 20 December 2025: 5 January 2026 is 16 days ahead, 5 January 2025 349 back.
		expect(impliedYear(1, 5, ymd(2025, 12, 20))).toBe(2026);
		// 15 January 2025: 20 December 2024 is 26 days back.
		expect(impliedYear(12, 20, ymd(2025, 1, 15))).toBe(2024);
	});

	it('lets the past win a tie', () => {
		// Read on 2 March 2024: 1 September 2023 is 183 days back and 1 September 2024 183 ahead
		// (the year between them holds 29 February).
		expect(daysBetween(ymd(2024, 3, 2), ymd(2023, 9, 1))).toBe(-183);
		expect(daysBetween(ymd(2024, 3, 2), ymd(2024, 9, 1))).toBe(183);
		expect(impliedYear(9, 1, ymd(2024, 3, 2))).toBe(2023);
		// One day later the past one is 184 days back: the future wins.
		expect(impliedYear(9, 1, ymd(2024, 3, 3))).toBe(2024);
	});

	it('lets the tense outweigh up to 200 days', () => {
		// Read on 1 June 2025: 1 March 2025 is 92 days back, 1 March 2026 273 ahead.
		expect(impliedYear(3, 1, ymd(2025, 6, 1), 'past')).toBe(2025);
		expect(impliedYear(3, 1, ymd(2025, 6, 1), null)).toBe(2025);
		// Future tense: 92 + 200 = 292 > 273, so next year's.
		expect(impliedYear(3, 1, ymd(2025, 6, 1), 'future')).toBe(2026);
		// Read on 10 January 2025, past tense: 3 May 2025 costs 113 + 200 = 313 > 252, so 2024's.
		expect(impliedYear(5, 3, ymd(2025, 1, 10), 'past')).toBe(2024);
		expect(impliedYear(5, 3, ymd(2025, 1, 10), 'future')).toBe(2025);
		// Read on 1 September 2025, future tense: 1 August 2025 is 31 days back (+200 = 231),
		// 1 August 2026 334 ahead: the past one still wins.
		expect(impliedYear(8, 1, ymd(2025, 9, 1), 'future')).toBe(2025);
		// Past tense, 20 November read on 1 October 2025: 50 ahead (+200 = 250) against 315 back.
		expect(impliedYear(11, 20, ymd(2025, 10, 1), 'past')).toBe(2025);
	});

	it('skips years without the day', () => {
		// 29 February exists only in 2024 among 2024 … 2026.
		expect(impliedYear(2, 29, ymd(2025, 3, 10))).toBe(2024);
		// Among 2025 … 2027 it never exists: the reference year is kept.
		expect(impliedYear(2, 29, ymd(2026, 1, 10))).toBe(2026);
		// Read on 2 January 2027 (2028 is a leap year): 29 February 2028 is the only candidate.
		expect(impliedYear(2, 29, ymd(2027, 1, 2))).toBe(2028);
	});

	it('gives a month without a year the latest one, or the next one for the future', () => {
		const ref = ymd(2025, 6, 15);
		expect(impliedMonthYear(6, ref, false)).toBe(2025);
		expect(impliedMonthYear(5, ref, false)).toBe(2025);
		expect(impliedMonthYear(7, ref, false)).toBe(2024);
		expect(impliedMonthYear(6, ref, true)).toBe(2025);
		expect(impliedMonthYear(7, ref, true)).toBe(2025);
		expect(impliedMonthYear(5, ref, true)).toBe(2026);
	});
});

describe('weekdays', () => {
	// 14 March 2025 is a Friday (10 March is the Monday).
	const friday = ymd(2025, 3, 14);

	it('the same weekday: today for past and future, a week away for last and next', () => {
		expect(resolveWeekday(5, friday, 'past')).toEqual(ymd(2025, 3, 14));
		expect(resolveWeekday(5, friday, 'future')).toEqual(ymd(2025, 3, 14));
		expect(resolveWeekday(5, friday, 'last')).toEqual(ymd(2025, 3, 7));
		expect(resolveWeekday(5, friday, 'next')).toEqual(ymd(2025, 3, 21));
	});

	it('another weekday: the nearest one on that side', () => {
		// Tuesday: 11 March back, 18 March ahead.
		expect(resolveWeekday(2, friday, 'past')).toEqual(ymd(2025, 3, 11));
		expect(resolveWeekday(2, friday, 'last')).toEqual(ymd(2025, 3, 11));
		expect(resolveWeekday(2, friday, 'future')).toEqual(ymd(2025, 3, 18));
		expect(resolveWeekday(2, friday, 'next')).toEqual(ymd(2025, 3, 18));
		// Saturday: 8 March back, 15 March ahead; Sunday: 9 back, 16 ahead.
		expect(resolveWeekday(6, friday, 'past')).toEqual(ymd(2025, 3, 8));
		expect(resolveWeekday(6, friday, 'next')).toEqual(ymd(2025, 3, 15));
		expect(resolveWeekday(0, friday, 'last')).toEqual(ymd(2025, 3, 9));
		expect(resolveWeekday(0, friday, 'future')).toEqual(ymd(2025, 3, 16));
	});
});

describe('seasons', () => {
	// Spring from 20 March, summer from 21 June, autumn from 22 September, winter from 21 December,
	// labelled with the year of its January. 'past' of a season is the current one when we are in it.
	it('begins each season on its first day', () => {
		expect(resolveSeason('winter', ymd(2024, 3, 19), 'past')).toBe('2024-winter');
		expect(resolveSeason('spring', ymd(2024, 3, 19), 'past')).toBe('2023-spring');
		expect(resolveSeason('spring', ymd(2024, 3, 20), 'past')).toBe('2024-spring');
		expect(resolveSeason('summer', ymd(2024, 6, 20), 'past')).toBe('2023-summer');
		expect(resolveSeason('summer', ymd(2024, 6, 21), 'past')).toBe('2024-summer');
		expect(resolveSeason('autumn', ymd(2024, 9, 21), 'past')).toBe('2023-autumn');
		expect(resolveSeason('autumn', ymd(2024, 9, 22), 'past')).toBe('2024-autumn');
		expect(resolveSeason('winter', ymd(2024, 12, 20), 'past')).toBe('2024-winter');
		expect(resolveSeason('winter', ymd(2024, 12, 21), 'past')).toBe('2025-winter');
		expect(resolveSeason('winter', ymd(2025, 1, 1), 'past')).toBe('2025-winter');
	});

	it('this, two seasons away either way, leans to the tense', () => {
		// 23 December 2024 is winter 2025: summer 2024 and summer 2025 are as near.
		const late = ymd(2024, 12, 23);
		expect(resolveSeason('summer', late, 'this', 'past')).toBe('2024-summer');
		expect(resolveSeason('summer', late, 'this', 'future')).toBe('2025-summer');
		// 5 October 2024 is autumn: spring 2024 and spring 2025 are as near.
		const october = ymd(2024, 10, 5);
		expect(resolveSeason('spring', october, 'this', 'past')).toBe('2024-spring');
		expect(resolveSeason('spring', october, 'this', 'future')).toBe('2025-spring');
		// One season away, the tense does not move it.
		expect(resolveSeason('winter', october, 'this', 'past')).toBe('2025-winter');
	});

	it('last, next, past and this, read in summer 2024', () => {
		const july = ymd(2024, 7, 1);
		expect(['winter', 'spring', 'summer', 'autumn'].map((s) => resolveSeason(s as never, july, 'last'))).toEqual([
			'2024-winter',
			'2024-spring',
			'2023-summer',
			'2023-autumn'
		]);
		expect(['winter', 'spring', 'summer', 'autumn'].map((s) => resolveSeason(s as never, july, 'next'))).toEqual([
			'2025-winter',
			'2025-spring',
			'2025-summer',
			'2024-autumn'
		]);
		expect(['winter', 'spring', 'summer', 'autumn'].map((s) => resolveSeason(s as never, july, 'past'))).toEqual([
			'2024-winter',
			'2024-spring',
			'2024-summer',
			'2023-autumn'
		]);
		// Nearest; winter is two seasons back or two ahead, and the past wins the tie.
		expect(['winter', 'spring', 'summer', 'autumn'].map((s) => resolveSeason(s as never, july, 'this'))).toEqual([
			'2024-winter',
			'2024-spring',
			'2024-summer',
			'2024-autumn'
		]);
	});

	it('this: three seasons ahead is last year’s, three back is next year’s', () => {
		// In winter 2024 (February), autumn 2024 is three ahead, autumn 2023 one back.
		expect(resolveSeason('autumn', ymd(2024, 2, 1), 'this')).toBe('2023-autumn');
		expect(resolveSeason('summer', ymd(2024, 2, 1), 'this')).toBe('2024-summer');
		// In autumn 2024 (October), winter 2024 is three back, winter 2025 one ahead.
		expect(resolveSeason('winter', ymd(2024, 10, 1), 'this')).toBe('2025-winter');
		expect(resolveSeason('spring', ymd(2024, 10, 1), 'this')).toBe('2024-spring');
	});
});

describe('ISO weeks and decades', () => {
	it('numbers weeks from the one holding the year’s first Thursday', () => {
		expect(isoWeekOf(ymd(2025, 1, 1))).toEqual({ y: 2025, w: 1 });
		expect(isoWeekOf(ymd(2024, 12, 30))).toEqual({ y: 2025, w: 1 });
		expect(isoWeekOf(ymd(2024, 12, 29))).toEqual({ y: 2024, w: 52 });
		expect(isoWeekOf(ymd(2021, 1, 3))).toEqual({ y: 2020, w: 53 });
		expect(isoWeekOf(ymd(2025, 3, 9))).toEqual({ y: 2025, w: 10 });
		expect(isoWeekOf(ymd(2025, 3, 10))).toEqual({ y: 2025, w: 11 });
	});

	it('finds the Monday of a week, and how many weeks a year has', () => {
		expect(isoWeekMonday(2025, 1)).toEqual(ymd(2024, 12, 30));
		expect(isoWeekMonday(2025, 11)).toEqual(ymd(2025, 3, 10));
		expect(isoWeekMonday(2020, 53)).toEqual(ymd(2020, 12, 28));
		// 4 January 2026 is a Sunday: week 1 starts on Monday 29 December 2025.
		expect(isoWeekMonday(2026, 1)).toEqual(ymd(2025, 12, 29));
		// 4 January 2027 is a Monday.
		expect(isoWeekMonday(2027, 1)).toEqual(ymd(2027, 1, 4));
		expect(isoWeeksIn(2020)).toBe(53);
		expect(isoWeeksIn(2025)).toBe(52);
		expect(isoWeeksIn(2026)).toBe(53);
	});

	it('writes weeks and decades', () => {
		expect(fmtWeek(ymd(2021, 1, 3))).toBe('2020-W53');
		expect(fmtWeek(ymd(2025, 3, 10))).toBe('2025-W11');
		expect(fmtDecade(1990)).toBe('199X');
		expect(fmtDecade(2020)).toBe('202X');
		expect(fmtDecade(90)).toBe('009X');
	});

	it('reads a two-digit decade as the latest that has begun', () => {
		expect(decadeFromTwoDigits(90, 2025)).toBe(1990);
		expect(decadeFromTwoDigits(20, 2025)).toBe(2020);
		expect(decadeFromTwoDigits(30, 2025)).toBe(1930);
		expect(decadeFromTwoDigits(20, 2020)).toBe(2020);
		expect(decadeFromTwoDigits(0, 2000)).toBe(2000);
	});
});

describe('latestYearNamed', () => {
	it('reads the latest year named up to a bound, not a grouped count or a decimal', () => {
		const s = (...texts: string[]) => texts.map((text) => ({ text }));
		expect(latestYearNamed(s('Fondé en 1848, le club a fêté ses 175 ans en 2023.', 'Le plan court jusqu’en 2030.'), 2025)).toBe(2023);
		expect(latestYearNamed(s('Le salon a reçu 45 000 visiteurs et 2000 exposants.'), 2025)).toBe(2000);
		expect(latestYearNamed(s('La ville compte 1 999 habitants et 2 015 électeurs, pour 2.019 km².'), 2025)).toBe(0);
	});
});

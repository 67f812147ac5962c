import { describe, it, expect } from 'vitest';
import { pluralWithoutS, unitFor, dateSpan, datePrecisionOf, formatDate, formatDuration, formatFactValue, formatMoney, formatNumber, formatOrdinal, isoFromParts, parseIsoDate, parseIsoDuration } from './format';

describe('format', () => {
	it('formats dates at their precision', () => {
		expect(formatDate('2025-01-17', 'fr')).toBe('17 janvier 2025');
		expect(formatDate('2025-01-17', 'en')).toBe('January 17, 2025');
		expect(formatDate('2025-03-01', 'fr')).toBe('1er mars 2025');
		expect(formatDate('2024-12', 'fr')).toBe('décembre 2024');
		expect(formatDate('2024-12', 'en')).toBe('December 2024');
		expect(formatDate('2024-summer', 'fr')).toBe('été 2024');
		expect(formatDate('2024-summer', 'en')).toBe('summer 2024');
		expect(formatDate('2024', 'fr')).toBe('2024');
		expect(formatDate('2025-01-24T21:54', 'fr')).toBe('24 janvier 2025 à 21 h 54');
		expect(formatDate('not a date', 'fr')).toBe('not a date');
		expect(parseIsoDate('2024-13')).toBeNull();
	});
	// A week by its Monday, written like a day of that language.
	it.each([
		['199X', 'les années 1990', 'the 1990s'],
		['200X', 'les années 2000', 'the 2000s'],
		['2025-W03', 'la semaine du 13 janvier 2025', 'the week of January 13, 2025'],
		['2025-W01', 'la semaine du 30 décembre 2024', 'the week of December 30, 2024'],
		['2025-W49', 'la semaine du 1er décembre 2025', 'the week of December 1, 2025']
	])('formats %s in each language', (value, fr, en) => {
		expect(formatDate(value, 'fr')).toBe(fr);
		expect(formatDate(value, 'en')).toBe(en);
	});
	it('parses, rebuilds and spans decades and weeks', () => {
		expect(parseIsoDate('199X')).toEqual({ year: 1990, decade: true });
		expect(parseIsoDate('2025-W03')).toEqual({ year: 2025, week: 3 });
		expect(parseIsoDate('2025-W53')).toBeNull();
		expect(parseIsoDate('2020-W53')).toEqual({ year: 2020, week: 53 });
		expect(parseIsoDate('2025-W00')).toBeNull();
		expect(isoFromParts({ year: 1990, decade: true })).toBe('199X');
		expect(isoFromParts({ year: 2025, week: 3 })).toBe('2025-W03');
		expect(datePrecisionOf('199X')).toBe('decade');
		expect(datePrecisionOf('2025-W03')).toBe('week');
		expect(datePrecisionOf('2025')).toBe('year');
		expect(dateSpan({ year: 1990, decade: true })).toEqual([19900101, 19991231]);
		expect(dateSpan({ year: 2025, week: 1 })).toEqual([20241230, 20250105]);
	});
	it('formats durations, numbers, ordinals and money', () => {
		expect(formatDuration('P20Y', 'fr')).toBe('20 ans');
		expect(formatDuration('P1Y', 'fr')).toBe('1 an');
		expect(formatDuration('P110000000Y', 'fr')).toBe('110 millions d’années');
		expect(formatDuration('P66000000Y', 'en')).toBe('66 million years');
		expect(formatDuration('P20Y', 'en')).toBe('20 years');
		expect(formatDuration('P6M', 'fr')).toBe('6 mois');
		expect(formatDuration('PT3H', 'en')).toBe('3 hours');
		expect(parseIsoDuration('PT30M')).toEqual({ amount: 30, unit: 'TM' });
		expect(formatNumber(2300, 'fr')).toBe('2300');
		expect(formatNumber(23000, 'fr')).toBe('23 000');
		expect(formatNumber(12.5, 'fr')).toBe('12,5');
		expect(formatNumber(2300, 'en')).toBe('2,300');
		expect(formatOrdinal(4, 'fr')).toBe('quatrième');
		expect(formatOrdinal(1, 'fr', true)).toBe('première');
		// A large ordinal keeps its thousands apart, as the article writes it.
		expect(formatOrdinal(125000, 'fr', false, true)).toBe('125 000e');
		expect(formatOrdinal(125000, 'en', false, true)).toBe('125,000th');
		expect(formatOrdinal(32, 'en')).toBe('32nd');
		// Words up to the thirty-first, so "onzième" is not offered beside "13e" nor "21e siècle" beside
		// "vingtième siècle"; digits when the text wrote them.
		expect(formatOrdinal(21, 'fr')).toBe('vingt et unième');
		expect(formatOrdinal(22, 'en')).toBe('twenty-second');
		expect(formatOrdinal(22, 'en', false, true)).toBe('22nd');
		expect(formatOrdinal(13, 'fr')).toBe('treizième');
		expect(formatOrdinal(17, 'en')).toBe('seventeenth');
		expect(formatOrdinal(12, 'en', false, true)).toBe('12th');
		expect(formatOrdinal(1, 'fr', true, true)).toBe('1re');
		expect(formatOrdinal(11, 'fr', false, true)).toBe('11e');
		expect(formatMoney('1500000 EUR', 'fr')).toBe('1,5 million d\'euros');
		expect(formatMoney('2000000000 USD', 'en')).toBe('$2 billion');
		// A shilling whose country the text does not say keeps its symbol, glued as English papers write it.
		expect(formatMoney('60000 SHS', 'en')).toBe('Sh60,000');
		expect(formatMoney('15000000 SHS', 'en')).toBe('Sh15 million');
		// A French amount of a thousand milliards and more stays in milliards, as French articles write it.
		expect(formatMoney('1100000000000 XOF', 'fr')).toBe('1100 milliards de F CFA');
		expect(formatMoney('1100000000000 USD', 'en')).toBe('$1.1 trillion');
	});

	it('writes an amount’s options as the article wrote it: its cents, and the sign before the figure', () => {
		const money = (value: string, text: string, lang: 'fr' | 'en') => formatFactValue({ id: 'm', type: 'money', value, text, start: 0, end: text.length, sentence: 0, confidence: 1 }, lang);
		expect(money('3.5 USD', '$3.50', 'en')).toBe('$3.50');
		expect(money('4 USD', '$3.50', 'en')).toBe('$4.00');
		expect(money('1.5 EUR', '2,50 €', 'fr')).toBe('1,50 €');
		// (No cents written, none added; a thousands comma is no cent.)
		expect(money('3.5 USD', '$3', 'en')).toBe('$3.5');
		expect(money('1200 USD', '$1,000', 'en')).toBe('$1,200');
		// "Rs 650 crore": the rupee as the article signs it, not ₹; "US$5", "KSh 40 billion" too.
		expect(money('700 INR', 'Rs 650', 'en')).toBe('Rs 700');
		expect(money('7 USD', 'US$5', 'en')).toBe('US$7');
		expect(money('45000000000 KES', 'KSh 40 billion', 'en')).toBe('KSh 45 billion');
		expect(money('700 INR', '₹650', 'en')).toBe('₹700');
	});
});

describe('a French million before its noun', () => {
	it('elides "de" as the noun asks: "d’œuvres", "de hausses" (an aspirated h)', () => {
		const fact = (unit: string) => ({ id: 'q', type: 'quantity', value: '3000000', text: `3 millions ${unit}`, start: 0, end: 10, sentence: 0, unit }) as never;
		expect(formatFactValue(fact('œuvres'), 'fr')).toBe('3 millions d’œuvres');
		expect(formatFactValue(fact('hausses'), 'fr')).toBe('3 millions de hausses');
	});
});

describe('a length of days written as match days or nights', () => {
	it('keeps the text\'s word ("2 journées", "4 nuits", "3 nights"), never "jours"', () => {
		const fact = (value: string, unit: string) => ({ id: 'q', type: 'duration', value, text: `x ${unit}`, start: 0, end: 10, sentence: 0, unit }) as never;
		expect(formatFactValue(fact('P2D', 'journées'), 'fr')).toBe('2 journées');
		expect(formatFactValue(fact('P1D', 'journées'), 'fr')).toBe('1 journée');
		expect(formatFactValue(fact('P4D', 'nuit'), 'fr')).toBe('4 nuits');
		expect(formatFactValue(fact('P3D', 'nights'), 'en')).toBe('3 nights');
		expect(formatFactValue(fact('P3D', 'jours'), 'fr')).toBe('3 jours');
	});
});

describe('a count with the words the text writes around its noun', () => {
	const fact = (text: string, value: string, unit: string, role?: string) => ({ id: 'q', type: 'quantity', value, text, start: 0, end: text.length, sentence: 0, unit, role }) as never;
	it('keeps a capitalised adjective between the number and the noun ("two German vessels"), and an age’s "old"', () => {
		expect(formatFactValue(fact('four Danish trawlers', '4', 'trawlers'), 'en')).toBe('four Danish trawlers');
		expect(formatFactValue(fact('9 years old', '9', 'years', 'age'), 'en')).toBe('9 years old');
		expect(formatFactValue(fact('9 years', '9', 'years', 'age'), 'en')).toBe('9 years');
		// A French million of a named group keeps the one "de" it has ("2 millions de Bretons").
		expect(formatFactValue(fact('2 millions de Bretons', '2000000', 'de Bretons'), 'fr')).toBe('2 millions de Bretons');
	});
});

describe('an English plural without an "s", compounds too', () => {
	it('writes "grand-children" and "townspeople" as they are for many, and in the singular for one', () => {
		expect(unitFor('grand-children', 12, 'en')).toBe('grand-children');
		expect(unitFor('grand-children', 1, 'en')).toBe('grand-child');
		expect(unitFor('schoolchildren', 30, 'en')).toBe('schoolchildren');
		expect(unitFor('townspeople', 1, 'en')).toBe('townsperson');
		expect(pluralWithoutS('great-grandchildren')).toBe(true);
		expect(pluralWithoutS('kitchen')).toBe(false);
	});
});

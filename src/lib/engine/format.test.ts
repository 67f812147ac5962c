import { describe, it, expect } from 'vitest';
import { formatDate, formatDuration, formatMoney, formatNumber, formatOrdinal, parseIsoDate, parseIsoDuration } from './format';

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
	it('formats durations, numbers, ordinals and money', () => {
		expect(formatDuration('P20Y', 'fr')).toBe('20 ans');
		expect(formatDuration('P1Y', 'fr')).toBe('1 an');
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
		expect(formatOrdinal(22, 'en')).toBe('22nd');
		expect(formatMoney('1500000 EUR', 'fr')).toBe('1,5 million d\'euros');
		expect(formatMoney('2000000000 USD', 'en')).toBe('$2 billion');
	});
});

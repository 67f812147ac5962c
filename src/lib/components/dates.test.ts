import { describe, expect, it } from 'vitest';
import { formatArticleDate } from './dates';

describe('formatArticleDate', () => {
	it('says a day in the reader’s language, whatever the server’s time zone', () => {
		expect(formatArticleDate('2025-03-12', 'long', 'fr')).toBe('12 mars 2025');
		expect(formatArticleDate('2025-03-12', 'long', 'en')).toBe('March 12, 2025');
		expect(formatArticleDate('2024-01-01T00:30:00+01:00', 'long', 'en')).toBe('January 1, 2024');
	});

	it('keeps the precision the article gave', () => {
		expect(formatArticleDate('2024-12', 'long', 'fr')).toBe('décembre 2024');
		expect(formatArticleDate('1998', 'long', 'en')).toBe('1998');
	});

	it('shows what it cannot read as it is', () => {
		expect(formatArticleDate('2025-02-30', 'long', 'en')).toBe('2025-02-30');
		expect(formatArticleDate('spring', 'long', 'en')).toBe('spring');
	});
});

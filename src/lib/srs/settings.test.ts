// The review settings form: what is accepted, how it is read, and which error each field gets.
import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings';

const ok = { retention: '90', newPerDay: '20', reviewsPerDay: '200' };

describe('review settings', () => {
	it('reads retention as a percentage or a fraction, with a comma or a % sign', () => {
		expect(parseSettings(ok)).toEqual({ values: { desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200 } });
		expect(parseSettings({ ...ok, retention: '0.85' })).toEqual({ values: { desiredRetention: 0.85, newPerDay: 20, reviewsPerDay: 200 } });
		expect(parseSettings({ ...ok, retention: ' 87,5 % ' })).toEqual({ values: { desiredRetention: 0.875, newPerDay: 20, reviewsPerDay: 200 } });
		expect(parseSettings({ ...ok, retention: '95%' })).toEqual({ values: { desiredRetention: 0.95, newPerDay: 20, reviewsPerDay: 200 } });
		// Rounded to three decimals: 0.8999 → 0.9.
		expect(parseSettings({ ...ok, retention: '0.8999' })).toEqual({ values: { desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200 } });
	});

	it('accepts retention from 80 % to 97 %, both ends included', () => {
		expect(parseSettings({ ...ok, retention: '80' })).toEqual({ values: { desiredRetention: 0.8, newPerDay: 20, reviewsPerDay: 200 } });
		expect(parseSettings({ ...ok, retention: '0.97' })).toEqual({ values: { desiredRetention: 0.97, newPerDay: 20, reviewsPerDay: 200 } });
		expect(parseSettings({ ...ok, retention: '79.9' })).toEqual({ errors: { retention: 'retention_range' } });
		expect(parseSettings({ ...ok, retention: '97.1' })).toEqual({ errors: { retention: 'retention_range' } });
		// 1 is a fraction (100 %), not 1 %: out of range either way.
		expect(parseSettings({ ...ok, retention: '1' })).toEqual({ errors: { retention: 'retention_range' } });
		expect(parseSettings({ ...ok, retention: '0.5' })).toEqual({ errors: { retention: 'retention_range' } });
	});

	it('refuses what is not a plain number', () => {
		for (const bad of ['', 'abc', '9%0', '9O', '1e2', '.9', '9.', '0.9.1', '--90', '0.900000000000']) {
			expect(parseSettings({ ...ok, retention: bad }), bad).toEqual({ errors: { retention: 'not_a_number' } });
		}
		// Twelve characters are still read: 0.9000000000.
		expect(parseSettings({ ...ok, retention: '0.9000000000' })).toEqual({ values: { desiredRetention: 0.9, newPerDay: 20, reviewsPerDay: 200 } });
		expect(parseSettings({ retention: 'x', newPerDay: 'y', reviewsPerDay: '' })).toEqual({
			errors: { retention: 'not_a_number', newPerDay: 'not_a_number', reviewsPerDay: 'not_a_number' }
		});
	});

	it('takes whole numbers of new cards from 0 to 999 and of reviews from 0 to 9999', () => {
		expect(parseSettings({ retention: '90', newPerDay: '0', reviewsPerDay: '0' })).toEqual({ values: { desiredRetention: 0.9, newPerDay: 0, reviewsPerDay: 0 } });
		expect(parseSettings({ retention: '90', newPerDay: '999', reviewsPerDay: '9999' })).toEqual({
			values: { desiredRetention: 0.9, newPerDay: 999, reviewsPerDay: 9999 }
		});
		expect(parseSettings({ retention: '90', newPerDay: '1000', reviewsPerDay: '10000' })).toEqual({
			errors: { newPerDay: 'new_range', reviewsPerDay: 'reviews_range' }
		});
		expect(parseSettings({ retention: '90', newPerDay: '-1', reviewsPerDay: '-1' })).toEqual({
			errors: { newPerDay: 'new_range', reviewsPerDay: 'reviews_range' }
		});
		expect(parseSettings({ retention: '90', newPerDay: '2.5', reviewsPerDay: '7,5' })).toEqual({
			errors: { newPerDay: 'new_range', reviewsPerDay: 'reviews_range' }
		});
	});
});

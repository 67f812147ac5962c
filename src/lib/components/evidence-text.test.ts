import { describe, expect, it } from 'vitest';
import { splitMarks } from './evidence-text';

describe('splitMarks', () => {
	it('emphasises the ranges and keeps every character', () => {
		const parts = splitMarks('Signé le 17 janvier à Moscou.', [[22, 28], [9, 19]]);
		expect(parts).toEqual([
			{ text: 'Signé le ', mark: false },
			{ text: '17 janvier', mark: true },
			{ text: ' à ', mark: false },
			{ text: 'Moscou', mark: true },
			{ text: '.', mark: false }
		]);
	});

	it('merges overlaps and ignores ranges outside the text', () => {
		expect(splitMarks('abcdef', [[1, 4], [2, 5], [10, 12]])).toEqual([
			{ text: 'a', mark: false },
			{ text: 'bcd', mark: true },
			{ text: 'e', mark: true },
			{ text: 'f', mark: false }
		]);
		expect(splitMarks('abc', [])).toEqual([{ text: 'abc', mark: false }]);
	});
});

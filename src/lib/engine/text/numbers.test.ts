import { describe, it, expect } from 'vitest';
import { parseNumber, parseOrdinal, numberWordsPattern, ordinalPattern, parseRoman, ROMAN_ORDINAL_PATTERN } from './numbers';

describe('parseNumber: digits', () => {
	it('reads French thousands with ordinary, non-breaking and narrow spaces', () => {
		expect(parseNumber('2 300', 'fr')).toBe(2300);
		expect(parseNumber('2\u00a0300', 'fr')).toBe(2300);
		expect(parseNumber('1\u202f234\u202f567', 'fr')).toBe(1234567);
	});
	it('reads decimals by language', () => {
		expect(parseNumber('12,5', 'fr')).toBe(12.5);
		expect(parseNumber('12.5', 'en')).toBe(12.5);
		expect(parseNumber('2,300', 'en')).toBe(2300);
		expect(parseNumber('1,234.5', 'en')).toBe(1234.5);
		expect(parseNumber('1.234,5', 'fr')).toBe(1234.5);
		expect(parseNumber('2.300', 'fr')).toBe(2300);
		expect(parseNumber('0,75', 'en')).toBe(0.75);
	});
	it('reads a decimal written without its zero (".17 seconds")', () => {
		expect(parseNumber('.17', 'en')).toBe(0.17);
		expect(parseNumber(',5', 'fr')).toBe(0.5);
		expect(parseNumber('.', 'en')).toBeNull();
	});

	it('reads "half a million", "half a dozen" as half of the whole', () => {
		expect(parseNumber('half a million', 'en')).toBe(500_000);
		expect(parseNumber('half a dozen', 'en')).toBe(6);
		expect(parseNumber('half', 'en')).toBeNull();
		expect(new RegExp(numberWordsPattern('en'), 'iu').exec('stole almost half a million pounds')?.[0]).toBe('half a million');
	});

	it('reads signs and scale words after digits', () => {
		expect(parseNumber('-3', 'en')).toBe(-3);
		expect(parseNumber('1,5 milliard', 'fr')).toBe(1_500_000_000);
		expect(parseNumber('2 millions', 'fr')).toBe(2_000_000);
		expect(parseNumber('1.5 million', 'en')).toBe(1_500_000);
		expect(parseNumber('2 billion', 'en')).toBe(2_000_000_000);
	});
	it('rejects what is not one number', () => {
		expect(parseNumber('12 5', 'fr')).toBeNull();
		expect(parseNumber('abc', 'fr')).toBeNull();
		expect(parseNumber('', 'en')).toBeNull();
		expect(parseNumber('COVID-19', 'en')).toBeNull();
		expect(parseNumber('3,', 'en')).toBeNull();
	});
});

describe('parseNumber: words', () => {
	it.each([
		['vingt', 20],
		['vingt-deux', 22],
		['vingt et un', 21],
		['quatre-vingts', 80],
		['quatre-vingt-dix', 90],
		['quatre-vingt-dix-neuf', 99],
		['soixante et onze', 71],
		['soixante-dix-sept', 77],
		['deux mille', 2000],
		['deux cents', 200],
		['mille neuf cent quatre-vingt-dix-huit', 1998],
		['trois millions deux cent mille', 3_200_000],
		['douze', 12],
		['Quatre-Vingt', 80],
		['nonante', 90],
		['deux et demi', 2.5]
	])('fr %s → %d', (text, n) => {
		expect(parseNumber(text, 'fr')).toBe(n);
	});
	it.each([
		['seventeen', 17],
		['twenty-one', 21],
		['a hundred', 100],
		['a hundred and five', 105],
		['one hundred and twenty-three', 123],
		['three million', 3_000_000],
		['two thousand and twenty-four', 2024],
		['two dozen', 24],
		['one and a half', 1.5]
	])('en %s → %d', (text, n) => {
		expect(parseNumber(text, 'en')).toBe(n);
	});
	it('reads the other language too (a student may answer in English)', () => {
		expect(parseNumber('twenty', 'fr')).toBe(20);
		expect(parseNumber('vingt', 'en')).toBe(20);
	});
	it('reads a unit after a unit as two numbers ("toutes deux une petite frange" is not three)', () => {
		expect(parseNumber('deux une', 'fr')).toBeNull();
		expect(parseNumber('five two', 'en')).toBeNull();
		expect(parseNumber('cent deux', 'fr')).toBe(102);
		expect(parseNumber('vingt deux', 'fr')).toBe(22);
	});
	it('reads "cinq et six" as two numbers, not eleven ("les Cinq et Six nations")', () => {
		expect(parseNumber('cinq et six', 'fr')).toBeNull();
		expect(parseNumber('three and four', 'en')).toBeNull();
		expect(parseNumber('deux et deux', 'fr')).toBeNull();
	});
	it('rejects sentences that merely contain numbers', () => {
		expect(parseNumber('vingt soldats', 'fr')).toBeNull();
		expect(parseNumber('and', 'en')).toBeNull();
		expect(parseNumber('et deux', 'fr')).toBeNull();
	});
});

describe('ordinals', () => {
	it.each([
		['premier', 1],
		['première', 1],
		['deuxième', 2],
		['deuxieme', 2],
		['quatrième', 4],
		['cinquième', 5],
		['neuvième', 9],
		['vingt et unième', 21],
		['quatre-vingt-dixième', 90],
		['centième', 100],
		['4e', 4],
		['4ème', 4],
		['1er', 1],
		['1re', 1],
		['IVe', 4],
		['XXIe', 21]
	])('fr %s → %d', (text, n) => {
		expect(parseOrdinal(text, 'fr')).toBe(n);
		expect(parseNumber(text, 'fr')).toBe(n);
	});
	it.each([
		['first', 1],
		['fifth', 5],
		['twenty-first', 21],
		['twelfth', 12],
		['4th', 4],
		['2nd', 2],
		['hundredth', 100]
	])('en %s → %d', (text, n) => {
		expect(parseOrdinal(text, 'en')).toBe(n);
	});
	it('is not fooled by cardinals or lower-case words', () => {
		expect(parseOrdinal('quatre', 'fr')).toBeNull();
		expect(parseOrdinal('four', 'en')).toBeNull();
		expect(parseOrdinal('me', 'fr')).toBeNull();
		expect(parseOrdinal('ive', 'en')).toBeNull();
	});
	it('reads Roman numerals', () => {
		expect(parseRoman('XIV')).toBe(14);
		expect(parseRoman('MCMXCVIII')).toBe(1998);
		expect(parseRoman('IIII')).toBeNull();
	});
});

describe('patterns', () => {
	it('finds number words in running text', () => {
		const re = new RegExp(numberWordsPattern('fr'), 'giu');
		const text = 'Il y a quatre-vingt-dix soldats et soixante et onze chars, plus deux mille civils.';
		expect(text.match(re)).toEqual(['quatre-vingt-dix', 'soixante et onze', 'deux mille']);
		const en = new RegExp(numberWordsPattern('en'), 'giu');
		expect('about a hundred and five people, twenty-one of them'.match(en)).toEqual([
			'a hundred and five',
			'twenty-one'
		]);
		// Words containing a number word are not numbers.
		expect('dixième, sixties, someone'.match(en)).toBeNull();
	});
	it('finds ordinals in running text', () => {
		const re = new RegExp(ordinalPattern('fr'), 'giu');
		expect('sa quatrième année, le 1er mai, au XXIe siècle'.match(re)).toEqual(['quatrième', '1er']);
		const roman = new RegExp(ROMAN_ORDINAL_PATTERN, 'gu');
		expect('Le IVe siècle, le XXIe, une Île. Ce Ve'.match(roman)).toEqual(['IVe', 'XXIe', 'Ve']);
		const en = new RegExp(ordinalPattern('en'), 'giu');
		expect('the fifth attempt on the 4th day, twenty-first'.match(en)).toEqual(['fifth', '4th', 'twenty-first']);
	});
});

import { describe, it, expect } from 'vitest';
import { checkAnswer, parseGivenDate, type ExpectedAnswer } from './answer-check';
import { normalizeText } from '../text/normalize';

const short = (answer: string, answerValue = answer): ExpectedAnswer => ({ type: 'short', answer, answerValue });
const v = (given: string, expected: ExpectedAnswer, lang: 'fr' | 'en' = 'fr', ref = '2025-01-24') =>
	checkAnswer(given, expected, lang, ref).verdict;

describe('normalizeText', () => {
	it('folds case, accents, punctuation, apostrophes and odd spaces', () => {
		expect(normalizeText('  L’Élysée,\u00a0« Téhéran » !')).toBe('l elysee teheran');
		expect(normalizeText('Bachar al-Assad')).toBe('bachar al assad');
		expect(normalizeText('Cœur')).toBe('coeur');
	});
	it('keeps decimal separators inside numbers', () => {
		expect(normalizeText('12,5 %')).toBe('12.5');
	});
});

describe('checkAnswer: text', () => {
	it('forgives accents, case, articles and punctuation', () => {
		expect(v('moscou', short('Moscou'))).toBe('correct');
		expect(v('TEHERAN', short('Téhéran'))).toBe('correct');
		expect(v('la Corée du Nord.', short('Corée du Nord'))).toBe('correct');
		expect(v('the Kremlin', short('Kremlin'), 'en')).toBe('correct');
	});
	it('marks a small typo close, relative to the length', () => {
		expect(v('Moscu', short('Moscou'))).toBe('close');
		expect(v('Mehr Nwes Agency', short('Mehr News Agency'))).toBe('close');
		expect(v('Teheren', short('Téhéran'))).toBe('close');
		expect(v('Mosc', short('Moscou'))).toBe('wrong');
		expect(v('Paris', short('Moscou'))).toBe('wrong');
	});
	it('does not forgive typos on tiny words', () => {
		expect(v('ONG', short('ONU'))).toBe('wrong');
	});
	it('takes the acronym the article gives after a name as the name', () => {
		const e = short('Office fédéral des forêts (OFF)', 'Office fédéral des forêts');
		expect(v('OFF', e)).toBe('correct');
		expect(v('l’office fédéral des forêts', e)).toBe('correct');
		expect(v('ONF', e)).toBe('wrong');
		expect(v('anssi', short('Agence nationale de la sécurité des systèmes d’information (Anssi)', 'Agence nationale de la sécurité des systèmes d’information'))).toBe('correct');
		// Without the acronym in the answer, three capitals are no answer.
		expect(v('OFF', short('Office fédéral des forêts'))).toBe('wrong');
	});
	it('treats an empty answer as wrong', () => {
		expect(v('   ', short('Moscou'))).toBe('wrong');
	});
	it('gives close for the main words of a long answer', () => {
		const e = short('missiles balistiques à courte portée');
		expect(v('missiles balistiques à courte portée', e)).toBe('correct');
		expect(v('des missiles balistiques', e)).toBe('close');
		expect(v('des drones', e)).toBe('wrong');
	});
});

describe('checkAnswer: people', () => {
	const poutine = short('Vladimir Poutine');
	it('accepts the surname alone, with or without a title', () => {
		expect(v('Poutine', poutine)).toBe('correct');
		expect(v('M. Poutine', poutine)).toBe('correct');
		expect(v('vladimir poutine', poutine)).toBe('correct');
		expect(v('Assad', short('Bachar al-Assad'))).toBe('correct');
		expect(v('al-Assad', short('Bachar al-Assad'))).toBe('correct');
	});
	it('gives a first name alone close at most', () => {
		expect(v('Vladimir', poutine)).toBe('close');
	});
	it('marks a misspelt surname close and another person wrong', () => {
		expect(v('Pezeshkian', short('Massoud Pezechkian'))).toBe('close');
		expect(v('Pezechkian', poutine)).toBe('wrong');
	});
	it('does not treat the last word of a place as a surname', () => {
		expect(v('Nord', short('Corée du Nord'))).toBe('wrong');
	});
	it('grades whosaid by the speaker', () => {
		const e: ExpectedAnswer = {
			type: 'whosaid',
			answer: 'Massoud Pezechkian',
			answerValue: 'Massoud Pezechkian',
			choices: ['Vladimir Poutine', 'Massoud Pezechkian', 'Bachar al-Assad', 'Adam Morrow']
		};
		expect(v('Pezechkian', e)).toBe('correct');
		expect(v('b', e)).toBe('correct');
		expect(v('2', e)).toBe('correct');
		expect(v('A)', e)).toBe('wrong');
		expect(v('Poutine', e)).toBe('wrong');
	});
});

describe('checkAnswer: race times', () => {
	it('accepts a time in hours, minutes and seconds however it is typed, and a decimal without its zero', () => {
		const race = short('2h 07m 43s', 'PT2H7M43S');
		for (const g of ['2h 07m 43s', '2h07m43s', '2:07:43', '2 h 7 min 43 s', '2 heures 7 minutes 43 secondes']) expect(v(g, race), g).toBe('correct');
		expect(v('2:07:44', race)).toBe('wrong');
		const margin = short('0.17 seconds', 'PT0.17S');
		expect(v('.17 seconds', margin, 'en')).toBe('correct');
		expect(v('17 seconds', margin, 'en')).toBe('wrong');
	});
});

describe('checkAnswer: dates', () => {
	const day = short('17 janvier 2025', '2025-01-17');
	it('accepts every common way to write the day', () => {
		for (const g of ['17/01/2025', '17 janvier 2025', 'le 17 janvier 2025', 'January 17, 2025', '2025-01-17', '17.01.2025', '17 janvier'])
			expect(v(g, day), g).toBe('correct');
		expect(v('Jan 17, 2025', day, 'en')).toBe('correct');
	});
	it('rejects another day, month or year', () => {
		expect(v('18 janvier 2025', day)).toBe('wrong');
		expect(v('17 février 2025', day)).toBe('wrong');
		expect(v('17/01/2024', day)).toBe('wrong');
		expect(v('janvier 2025', day)).toBe('wrong');
	});
	it('reads months, years and seasons', () => {
		const month = short('décembre 2024', '2024-12');
		expect(v('décembre 2024', month)).toBe('correct');
		expect(v('December 2024', month, 'en')).toBe('correct');
		expect(v('12/2024', month)).toBe('correct');
		expect(v('en décembre 2024', month)).toBe('correct');
		expect(v('décembre', month)).toBe('close');
		expect(v('novembre 2024', month)).toBe('wrong');
		const year = short('2024', '2024');
		expect(v('2024', year)).toBe('correct');
		expect(v('en 2024', year)).toBe('correct');
		expect(v('2023', year)).toBe('wrong');
		const season = short('été 2024', '2024-summer');
		expect(v('été 2024', season)).toBe('correct');
		expect(v("l'été 2024", season)).toBe('correct');
		expect(v('summer 2024', season, 'en')).toBe('correct');
		expect(v('ete', season)).toBe('correct');
		expect(v('hiver 2024', season)).toBe('wrong');
		expect(v('automne 2023', season)).toBe('wrong');
	});
	it('parses dates typed without a year with the reference year', () => {
		expect(parseGivenDate('17 janvier', 'fr', '2025-01-24')).toMatchObject({ year: 2025, month: 1, day: 17, yearGiven: false });
		expect(parseGivenDate('n’importe quoi', 'fr')).toBeNull();
	});
});

describe('checkAnswer: decades and weeks', () => {
	it('accepts a decade however it is written, a year inside it as close', () => {
		const fr = short('les années 1990', '199X');
		for (const g of ['les années 1990', 'années 90', 'dans les années 90', '1990s', '90s', 'the ’90s', "1990's", 'early 1990s', '199X'])
			expect(v(g, fr), g).toBe('correct');
		expect(v('the 1990s', short('the 1990s', '199X'), 'en')).toBe('correct');
		expect(v('1990', fr)).toBe('close');
		expect(v('1995', fr)).toBe('close');
		for (const g of ['les années 1980', 'années 80', '2000s', '2000', '1989']) expect(v(g, fr), g).toBe('wrong');
		// Two digits: the latest such decade by the reference year.
		expect(v('années 20', short('les années 2020', '202X'))).toBe('correct');
		expect(v('années 20', short('les années 1920', '192X'))).toBe('wrong');
	});
	it('does not take a decade for a year', () => {
		expect(v('1990s', short('1994', '1994'), 'en')).toBe('wrong');
		expect(v('les années 1990', short('1990', '1990'))).toBe('wrong');
		expect(v('1990', short('1990', '1990'))).toBe('correct');
	});
	it('accepts a week as formatted, a day inside it as close', () => {
		const fr = short('la semaine du 13 janvier 2025', '2025-W03');
		for (const g of ['la semaine du 13 janvier 2025', 'semaine du 15 janvier 2025', '2025-W03']) expect(v(g, fr), g).toBe('correct');
		expect(v('the week of January 13, 2025', short('the week of January 13, 2025', '2025-W03'), 'en')).toBe('correct');
		for (const g of ['15 janvier 2025', '15 janvier', '19/01/2025']) expect(v(g, fr), g).toBe('close');
		expect(v('January 17, 2025', fr, 'en')).toBe('close');
		for (const g of ['20 janvier 2025', '12 janvier 2025', 'janvier 2025', 'la semaine du 20 janvier 2025', '2025']) expect(v(g, fr), g).toBe('wrong');
		// A cloze on "la semaine dernière" is filled by its own words.
		expect(v('la semaine dernière', short('la semaine dernière', '2025-W03'))).toBe('correct');
		// A week for a day says less than was asked.
		expect(v('la semaine du 13 janvier 2025', short('15 janvier 2025', '2025-01-15'))).toBe('wrong');
	});
});

describe('checkAnswer: numbers and durations', () => {
	const dur = short('20 ans', 'P20Y');
	it('accepts digits, words and units', () => {
		for (const g of ['20', '20 ans', 'vingt', 'vingt ans', '20 années'])
			expect(v(g, dur), g).toBe('correct');
		expect(v('twenty years', short('20 years', 'P20Y'), 'en')).toBe('correct');
	});
	it('reads a round count said in words as its number', () => {
		const count = short('Une vingtaine de prévenus', '20');
		for (const g of ['une vingtaine de prévenus', 'une vingtaine', 'vingtaine', '20']) expect(v(g, count), g).toBe('correct');
		expect(v('une trentaine', count)).toBe('wrong');
	});
	it('rejects another number or another unit', () => {
		expect(v('25 ans', dur)).toBe('wrong');
		expect(v('20 mois', dur)).toBe('wrong');
		expect(v('quinze', dur)).toBe('wrong');
	});
	it('reads plain numbers and ordinals', () => {
		const four = short('quatrième', '4');
		expect(v('4', four)).toBe('correct');
		expect(v('quatrième', four)).toBe('correct');
		expect(v('4e', four)).toBe('correct');
		expect(v('troisième', four)).toBe('wrong');
		const qty = short('20', '20');
		expect(v('vingt', qty)).toBe('correct');
		expect(v('21', qty)).toBe('wrong');
		expect(v('2 300', short('2 300', '2300'))).toBe('correct');
		expect(v('12,5 %', short('12,5 %', '12.5'))).toBe('correct');
	});
});

describe('checkAnswer: true/false and order', () => {
	const f: ExpectedAnswer = { type: 'truefalse', answer: 'Faux', answerValue: 'false', choices: ['Vrai', 'Faux'] };
	const t: ExpectedAnswer = { type: 'truefalse', answer: 'True', answerValue: 'true', choices: ['True', 'False'] };
	it('reads the usual words in both languages', () => {
		for (const g of ['faux', 'Faux', 'F', 'false', 'non', 'no']) expect(v(g, f), g).toBe('correct');
		for (const g of ['vrai', 'true', 'v', 't', 'oui', 'yes', 'Vrai !']) expect(v(g, f), g).toBe('wrong');
		for (const g of ['vrai', 'true', 'v', 't', 'oui', 'yes']) expect(v(g, t, 'en'), g).toBe('correct');
		expect(v('peut-être', t)).toBe('wrong');
	});
	it('compares the order as indices (0- or 1-based) or letters', () => {
		const o: ExpectedAnswer = { type: 'order', answer: '', answerValue: '2,0,1,3', choices: ['a', 'b', 'c', 'd'] };
		expect(v('2,0,1,3', o)).toBe('correct');
		expect(v('2, 0, 1, 3', o)).toBe('correct');
		expect(v('3,1,2,4', o)).toBe('correct');
		expect(v('c b a d', o)).toBe('wrong');
		expect(v('c a b d', o)).toBe('correct');
		expect(v('0,1,2,3', o)).toBe('wrong');
		expect(v('2,0,1', o)).toBe('wrong');
	});
});

describe('checkAnswer: mcq', () => {
	const e: ExpectedAnswer = { type: 'mcq', answer: 'Moscou', answerValue: 'Moscou', choices: ['Téhéran', 'Moscou', 'Kiev', 'Damas'] };
	it('accepts the text or the letter/number of the right choice', () => {
		expect(v('Moscou', e)).toBe('correct');
		expect(v('B', e)).toBe('correct');
		expect(v('2', e)).toBe('correct');
		expect(v('c', e)).toBe('wrong');
		expect(v('Damas', e)).toBe('wrong');
	});
});

describe('checkAnswer: digits, years and both date orders', () => {
	it('never forgives another digit, even one edit away', () => {
		// "ligue 2" vs "ligue 1": one edit in 7 characters would be within the typo tolerance (1),
		// but the digits differ ("2" ≠ "1"), so it is wrong, not close (close counts as right).
		expect(v('Ligue 2', short('Ligue 1'))).toBe('wrong');
		expect(v('Airbus A321', short('Airbus A320'), 'en')).toBe('wrong');
		expect(v('ligue 1', short('Ligue 1'))).toBe('correct');
		// A letter typo beside the same digit is still close: "ligeu 1" is "ligue 1" with two letters swapped.
		expect(v('Ligeu 1', short('Ligue 1'))).toBe('close');
	});

	it('does not accept a year answer without a typed year', () => {
		// Reference 24 January 2025: "janvier" or "été" alone would be read in 2025, but the student
		// never typed 2025.
		const year = short('2025', '2025');
		expect(v('2025', year)).toBe('correct');
		expect(v('janvier', year)).toBe('wrong');
		expect(v('été', year)).toBe('wrong');
		expect(v('le 3 mars', year)).toBe('wrong');
		expect(v('March', year, 'en')).toBe('wrong');
		expect(v('janvier 2025', year)).toBe('correct');
	});

	it('reads a numeric date day-first in French and month-first in English when both could be meant', () => {
		// "03/04/2025": 3 April in French, 4 March (month 03, day 04) in English.
		expect(parseGivenDate('03/04/2025', 'fr')).toMatchObject({ year: 2025, month: 4, day: 3, yearGiven: true });
		expect(parseGivenDate('03/04/2025', 'en')).toMatchObject({ year: 2025, month: 3, day: 4, yearGiven: true });
		const march4 = short('March 4, 2025', '2025-03-04');
		const april3 = short('3 avril 2025', '2025-04-03');
		expect(v('03/04/2025', march4, 'en')).toBe('correct');
		expect(v('03/04/2025', april3, 'en')).toBe('wrong');
		expect(v('03/04/2025', april3, 'fr')).toBe('correct');
		expect(v('03/04/2025', march4, 'fr')).toBe('wrong');
		// Only one reading possible: 25 can only be the day, in either language.
		expect(parseGivenDate('25/03/2025', 'en')).toMatchObject({ month: 3, day: 25 });
		expect(parseGivenDate('03/25/2025', 'fr')).toMatchObject({ month: 3, day: 25 });
		expect(v('03/25/2025', short('25 mars 2025', '2025-03-25'))).toBe('correct');
		// Two-digit year: 2000 + 25.
		expect(parseGivenDate('12/11/25', 'en')).toMatchObject({ year: 2025, month: 12, day: 11 });
		expect(parseGivenDate('12/11/25', 'fr')).toMatchObject({ year: 2025, month: 11, day: 12 });
	});
});

// Every word of the checker's tables, one by one: a word dropped from a table or given another
// value changes the verdict written here.
describe('checkAnswer: the word tables, entry by entry', () => {
	it('reads every month name and abbreviation alone, in the reference year', () => {
		const fr: [string, number][] = [
			['janvier', 1], ['janv', 1], ['février', 2], ['févr', 2], ['fév', 2], ['mars', 3], ['avril', 4], ['avr', 4], ['mai', 5],
			['juin', 6], ['juillet', 7], ['juil', 7], ['août', 8], ['septembre', 9], ['sept', 9], ['octobre', 10], ['oct', 10],
			['novembre', 11], ['nov', 11], ['décembre', 12], ['déc', 12]
		];
		const en: [string, number][] = [
			['January', 1], ['Jan', 1], ['February', 2], ['Feb', 2], ['March', 3], ['Mar', 3], ['April', 4], ['Apr', 4], ['May', 5],
			['June', 6], ['Jun', 6], ['July', 7], ['Jul', 7], ['August', 8], ['Aug', 8], ['September', 9], ['Sep', 9],
			['October', 10], ['November', 11], ['December', 12]
		];
		for (const [word, month] of fr) expect(parseGivenDate(word, 'fr', '2025-01-24'), word).toEqual({ year: 2025, month, yearGiven: false });
		for (const [word, month] of en) expect(parseGivenDate(word, 'en', '2025-01-24'), word).toEqual({ year: 2025, month, yearGiven: false });
	});

	it('drops every little word a student may add', () => {
		for (const w of ['le', 'la', 'les', 'l’', 'un', 'une', 'des', 'du', 'de', 'd’', 'au', 'aux', 'en', 'à', 'the', 'an', 'of', 'in', 'on']) {
			expect(v(`${w} Moscou`.replace('’ ', '’'), short('Moscou')), w).toBe('correct');
		}
		// "a" is French "à" once accents are folded, and English "a" too.
		expect(v('a Moscou', short('Moscou'), 'en')).toBe('correct');
	});

	it('reads every true and false word', () => {
		const yes: ExpectedAnswer = { type: 'truefalse', answer: 'Vrai', answerValue: 'true' };
		const no: ExpectedAnswer = { type: 'truefalse', answer: 'Faux', answerValue: 'false' };
		for (const w of ['vrai', 'true', 'V', 't', 'oui', 'Yes', 'y', 'o', 'correct', 'exact', 'juste', '1']) {
			expect(v(w, yes), w).toBe('correct');
			expect(v(w, no), w).toBe('wrong');
		}
		for (const w of ['faux', 'False', 'f', 'non', 'no', 'n', 'incorrect', 'inexact', 'wrong', '0']) {
			expect(v(w, no), w).toBe('correct');
			expect(v(w, yes), w).toBe('wrong');
		}
	});

	it('reads every unit word of a length of time, and refuses another unit', () => {
		const units: [string, string, string][] = [
			// word, the duration it names, a duration in another unit
			['an', 'P3Y', 'P3M'], ['ans', 'P3Y', 'P3M'], ['année', 'P3Y', 'P3M'], ['années', 'P3Y', 'P3M'], ['year', 'P3Y', 'P3M'],
			['years', 'P3Y', 'P3M'], ['yr', 'P3Y', 'P3M'], ['yrs', 'P3Y', 'P3M'],
			['mois', 'P3M', 'P3Y'], ['month', 'P3M', 'P3Y'], ['months', 'P3M', 'P3Y'],
			['semaine', 'P3W', 'P3D'], ['semaines', 'P3W', 'P3D'], ['week', 'P3W', 'P3D'], ['weeks', 'P3W', 'P3D'],
			['jour', 'P3D', 'P3W'], ['jours', 'P3D', 'P3W'], ['day', 'P3D', 'P3W'], ['days', 'P3D', 'P3W'],
			['heure', 'PT3H', 'PT3M'], ['heures', 'PT3H', 'PT3M'], ['h', 'PT3H', 'PT3M'], ['hour', 'PT3H', 'PT3M'], ['hours', 'PT3H', 'PT3M'],
			['minute', 'PT3M', 'P3M'], ['minutes', 'PT3M', 'P3M'], ['min', 'PT3M', 'P3M'],
			['seconde', 'PT3S', 'PT3M'], ['secondes', 'PT3S', 'PT3M'], ['second', 'PT3S', 'PT3M'], ['seconds', 'PT3S', 'PT3M'], ['s', 'PT3S', 'PT3M']
		];
		for (const [word, right, other] of units) {
			expect(v(`3 ${word}`, short('3', right)), `${word} = ${right}`).toBe('correct');
			expect(v(`3 ${word}`, short('3', other)), `${word} ≠ ${other}`).toBe('wrong');
		}
	});

	it('never takes the last word of a place or an organisation for a surname', () => {
		const words = [
			'Nord', 'Sud', 'Est', 'Ouest', 'North', 'South', 'East', 'West', 'Unis', 'United', 'States', 'Agency', 'Agence', 'News',
			'Times', 'Post', 'Press', 'Bank', 'Banque', 'Group', 'Groupe', 'Ministry', 'Ministère', 'Council', 'Conseil', 'Union',
			'Nations', 'Party', 'Parti', 'Company', 'Inc', 'Ltd', 'SA', 'Corp', 'University', 'Université', 'Institute', 'Institut',
			'Republic', 'République', 'Kingdom', 'Royaume', 'City', 'Ville', 'Airlines', 'Motors', 'Foundation', 'Fondation'
		];
		// "Grande Nord" read as a person would accept "Nord" alone as the surname.
		for (const w of words) expect(v(w, short(`Grande ${w}`)), w).toBe('wrong');
		expect(v('Dupont', short('Grande Dupont'))).toBe('correct');
	});

	it('lets every name particle stand inside a name', () => {
		for (const p of ['al', 'el', 'de', 'du', 'des', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'bin', 'ben', 'ibn', 'abu', 'la', 'le', 'mc', 'st']) {
			expect(v('Dupont', short(`Jean ${p} Dupont`)), p).toBe('correct');
		}
		// Lower case and not a particle: not a name.
		expect(v('Dupont', short('Jean xy Dupont'))).not.toBe('correct');
	});

	it('ignores every title before a surname', () => {
		for (const t of ['M.', 'Mr', 'Mme', 'Mrs', 'Ms', 'Dr', 'Président', 'Monsieur', 'Madame', 'Pr', 'Sir']) {
			expect(v(`${t} Poutine`, short('Vladimir Poutine')), t).toBe('correct');
		}
	});
});

describe('checkAnswer: typos, exactly', () => {
	it('allows no edit up to 3 letters, one up to 7, two from 8', () => {
		// "ros" against "rose": one edit, but the shorter word has 3 letters.
		expect(v('Ros', short('Rose'))).toBe('wrong');
		// "pologne" (7 letters) typed with two wrong letters: too many; "allemagne" (9) with two: close.
		expect(v('Polagme', short('Pologne'))).toBe('wrong');
		expect(v('Alemagme', short('Allemagne'))).toBe('close');
	});

	it('counts two swapped neighbours as one edit, and nothing else', () => {
		expect(v('Moscuo', short('Moscou'))).toBe('close');
		// Letters 2 and 4 swapped (not neighbours): two edits.
		expect(v('Mcsoou', short('Moscou'))).toBe('wrong');
		// Two neighbours replaced, only one of them by the other's letter: two edits.
		expect(v('Moxsou', short('Moscou'))).toBe('wrong');
		expect(v('Mocxou', short('Moscou'))).toBe('wrong');
		// "mosoc": a swap at the end plus a missing letter (two edits, lengths differ).
		expect(v('Mosoc', short('Moscou'))).toBe('wrong');
		// "mosoco": three letters differ, the first two swapped: still two edits.
		expect(v('Mosoco', short('Moscou'))).toBe('wrong');
	});

	it('compares the numbers as they are grouped', () => {
		expect(v('route 12 3', short('route 1 23'))).toBe('wrong');
	});

	it('takes words stuck together as a typo, however many', () => {
		// Three spaces missing: three edits, but the same letters.
		expect(v('motpasseusageunique', short('mot de passe à usage unique'))).toBe('close');
	});

	it('a text that is only little words is no answer, even for a number', () => {
		expect(v('le', short('20'))).toBe('wrong');
		expect(v('le', short('Moscou'))).toBe('wrong');
	});
});

describe('checkAnswer: surnames, exactly', () => {
	it('forgives one letter in a surname, none in a three-letter one', () => {
		expect(v('Poutin', short('Vladimir Poutine'))).toBe('close');
		expect(v('Lou', short('Jean Loup'))).toBe('wrong');
	});
});

describe('parseGivenDate: every form a student types', () => {
	const p = (s: string, lang: 'fr' | 'en' = 'fr') => parseGivenDate(s, lang, '2025-01-24');

	it('a month and year with a slash, a dot or a dash, only for months 1 to 12', () => {
		expect(p('12/2024')).toEqual({ year: 2024, month: 12, yearGiven: true });
		expect(p('1.2024')).toEqual({ year: 2024, month: 1, yearGiven: true });
		expect(p('03-2024')).toEqual({ year: 2024, month: 3, yearGiven: true });
		expect(p(' 12/2024\u00a0')).toEqual({ year: 2024, month: 12, yearGiven: true });
		expect(p('13/2024')).toBeNull();
		expect(p('0/2024')).toBeNull();
		expect(p('123/2024')).toBeNull();
	});

	it('a year alone', () => {
		expect(p('2024')).toEqual({ year: 2024, yearGiven: true });
		expect(p('en 2024')).toEqual({ year: 2024, yearGiven: true });
		expect(p('l’année 2024')).toEqual({ year: 2024, yearGiven: true });
		expect(p('the year 2024', 'en')).toEqual({ year: 2024, yearGiven: true });
	});

	it('a day, month and year in figures: day first, unless impossible or English', () => {
		expect(p('17/01/2025')).toEqual({ year: 2025, month: 1, day: 17, yearGiven: true });
		expect(p('17.01.25')).toEqual({ year: 2025, month: 1, day: 17, yearGiven: true });
		expect(p('03/04/2025')).toEqual({ year: 2025, month: 4, day: 3, yearGiven: true });
		expect(p('03/04/2025', 'en')).toEqual({ year: 2025, month: 3, day: 4, yearGiven: true });
		// 13 cannot be a month: month first in French too.
		expect(p('01/13/2025')).toEqual({ year: 2025, month: 1, day: 13, yearGiven: true });
		// English, but 17 cannot be a month: day first.
		expect(p('17/01/2025', 'en')).toEqual({ year: 2025, month: 1, day: 17, yearGiven: true });
		// Boundaries: day 31 and month 12 exist, 1 and 1 too.
		expect(p('31/12/2024')).toEqual({ year: 2024, month: 12, day: 31, yearGiven: true });
		expect(p('01/01/2024')).toEqual({ year: 2024, month: 1, day: 1, yearGiven: true });
		expect(p('12/12/2024', 'en')).toEqual({ year: 2024, month: 12, day: 12, yearGiven: true });
	});

	it('impossible figures are no date', () => {
		expect(p('32/01/2025')).toBeNull();
		expect(p('00/01/2025')).toBeNull();
		expect(p('13/13/2025')).toBeNull();
		expect(p('12/00/2025')).toBeNull();
		expect(p('17/01/202')).toBeNull();
	});

	it('drops "mois", "month", "année", "year" before a month or a year', () => {
		expect(p('le mois de mai')).toEqual({ year: 2025, month: 5, yearGiven: false });
		expect(p('the month of May', 'en')).toEqual({ year: 2025, month: 5, yearGiven: false });
		expect(p('mai 2024')).toEqual({ year: 2024, month: 5, yearGiven: true });
		// A second word that is not a four-digit year: not a month-year.
		expect(p('mai 24')).not.toEqual({ year: 24, month: 5, yearGiven: true });
	});

	it('seasons with or without a year', () => {
		expect(p('été')).toEqual({ year: 2025, season: 'summer', yearGiven: false });
		expect(p('l’été 2024')).toEqual({ year: 2024, season: 'summer', yearGiven: true });
		expect(p('summer of 2024', 'en')).toEqual({ year: 2024, season: 'summer', yearGiven: true });
		expect(p('été 24')).toBeNull();
		expect(p('été 2024 chaud')).toBeNull();
	});

	it('weeks and decades', () => {
		// 13 January 2025 is the Monday of ISO week 3.
		expect(p('semaine du 13 janvier 2025')).toEqual({ year: 2025, week: 3, yearGiven: true });
		expect(p('week of 13 January 2025', 'en')).toEqual({ year: 2025, week: 3, yearGiven: true });
		expect(p('semaine')).toBeNull();
		expect(p('semaine de janvier 2025')).toBeNull();
		expect(p('1990s', 'en')).toEqual({ year: 1990, decade: true, yearGiven: true });
		expect(p('années 90')).toEqual({ year: 1990, decade: true, yearGiven: true });
		expect(p('les années 1980')).toEqual({ year: 1980, decade: true, yearGiven: true });
		expect(p('early 2000s', 'en')).toEqual({ year: 2000, decade: true, yearGiven: true });
		expect(p('x1990s', 'en')).toBeNull();
		expect(p('années 1985')).toBeNull();
	});

	it('a written date with a time of day', () => {
		expect(p('17 janvier 2025 à 14h30')).toEqual({ year: 2025, month: 1, day: 17, hour: 14, minute: 30, yearGiven: true });
		expect(p('17 janvier 2025 à 14h')).toEqual({ year: 2025, month: 1, day: 17, hour: 14, minute: 0, yearGiven: true });
		expect(p('17 janvier 2025')).toEqual({ year: 2025, month: 1, day: 17, yearGiven: true });
		expect(p('January 17, 2025 at 2:30 pm', 'en')).toEqual({ year: 2025, month: 1, day: 17, hour: 14, minute: 30, yearGiven: true });
		// Read in English first for an English student, French first for a French one.
		expect(p('17 janvier', 'en')).toEqual({ year: 2025, month: 1, day: 17, yearGiven: false });
		expect(p('January 17', 'fr')).toEqual({ year: 2025, month: 1, day: 17, yearGiven: false });
	});
});

describe('checkAnswer: times of day', () => {
	const at = short('17 janvier 2025 à 14 h 30', '2025-01-17T14:30');
	it('a time, when typed, must be the right one', () => {
		expect(v('17 janvier 2025 à 14h30', at)).toBe('correct');
		expect(v('17 janvier 2025', at)).toBe('correct');
		expect(v('17 janvier 2025 à 15h30', at)).toBe('wrong');
		expect(v('17 janvier 2025 à 14h45', at)).toBe('wrong');
		expect(v('17 janvier 2025 à 14h', short('17 janvier 2025 à 14 h', '2025-01-17T14:00'))).toBe('correct');
		// A time typed for a day answer is not held against the student.
		expect(v('17 janvier 2025 à 15h', short('17 janvier 2025', '2025-01-17'))).toBe('correct');
	});
});

describe('checkAnswer: numbers and durations, exactly', () => {
	const twenty = short('20', '20');
	it('reads number words in the other language too', () => {
		expect(v('twenty', twenty, 'fr')).toBe('correct');
		expect(v('vingt', twenty, 'en')).toBe('correct');
	});
	it('drops "environ", "près de" and the words after the number', () => {
		expect(v('environ 20 ans', twenty)).toBe('correct');
		expect(v('près de 20 morts', twenty)).toBe('correct');
		// Two words to drop after the number.
		expect(v('20 ans environ', twenty)).toBe('correct');
		expect(v('vingt et un ans', short('21', '21'))).toBe('correct');
		expect(v('19', twenty)).toBe('wrong');
		expect(v('21', twenty)).toBe('wrong');
	});
	it('reads an amount with its currency code, a decimal and a sign', () => {
		expect(v('1 500', short('1 500 €', '1500 EUR'))).toBe('correct');
		expect(v('1 600', short('1 500 €', '1500 EUR'))).toBe('wrong');
		expect(v('12,5', short('12,5', '12.5'))).toBe('correct');
		expect(v('-3', short('-3', '-3'))).toBe('correct');
		expect(v('3', short('-3', '-3'))).toBe('wrong');
	});
	it('a length of time it cannot read is wrong, not undecided', () => {
		expect(v('longtemps', short('20 ans', 'P20Y'))).toBe('wrong');
		// Not an ISO duration after all: graded as text.
		expect(v('3', short('3 x', 'P3X'))).toBe('wrong');
	});
	it('a long answer with a figure in it is still read word by word', () => {
		expect(v('mousquetaires du roi', short('les 3 mousquetaires du roi'))).toBe('close');
	});
});

describe('checkAnswer: the answer and its value, exactly', () => {
	it('the label or the value, whichever the student matches', () => {
		expect(v('capitale russe', short('la capitale russe', 'Moscou'))).toBe('correct');
		expect(v('Moscu', short('Moscou', 'Moskva'))).toBe('close');
		expect(v('Moscu', short('la capitale', 'Moscou'))).toBe('close');
	});
	it('the acronym must end the answer, and may hold a figure', () => {
		expect(v('G7', short('Groupe des sept (G7)', 'Groupe des sept'))).toBe('correct');
		expect(v('OFF', short('Office fédéral des forêts (OFF) ', 'Office fédéral des forêts'))).toBe('correct');
		expect(v('OFF', short('Office (OFF) des forêts', 'Office des forêts'))).toBe('wrong');
	});
	it('main words of an answer of three words or more: all of the student’s words in it, half of its words at least', () => {
		const e = short('missiles balistiques iraniens');
		expect(v('missiles balistiques', e)).toBe('close');
		expect(v('missiles nucléaires', e)).toBe('wrong');
		const four = short('missiles balistiques à courte portée');
		expect(v('missiles', four)).toBe('wrong');
		expect(v('missiles balistiques nucléaires', four)).toBe('wrong');
	});
	it('true/false labels that are not yes or no words are compared as text', () => {
		const e: ExpectedAnswer = { type: 'truefalse', answer: 'C’est bien cela', answerValue: 'true' };
		expect(v('c’est bien cela', e)).toBe('correct');
		expect(v('c’est autre chose', e)).toBe('wrong');
	});
});

describe('checkAnswer: names, exactly', () => {
	it('two to five words starting with a capital or a particle make a name', () => {
		expect(v('Dupont', short('Jean Pierre Marie Paul Dupont'))).toBe('correct');
		expect(v('Durand', short('Jean Pierre Marie Paul Dupont Durand'))).toBe('wrong');
		expect(v('Dupont', short('Jean  Dupont'))).toBe('correct');
		expect(v('dupont', short('Jean dupont'))).toBe('wrong');
		expect(v('duPont', short('Jean duPont'))).toBe('wrong');
		// A name starts with a capital: "van Gogh" alone is not read as one.
		expect(v('Gogh', short('van Gogh'))).toBe('wrong');
	});
	it('little words before a surname are dropped, and only the whole surname counts', () => {
		expect(v('le Poutine', short('Vladimir Poutine'))).toBe('correct');
		expect(v('le', short('Vladimir Poutine'))).toBe('wrong');
		expect(v('Poutine Dupont', short('Vladimir Poutine'))).toBe('wrong');
		expect(v('el Assad', short('Bachar al-Assad'))).toBe('wrong');
		// A particle alone is no surname.
		expect(v('van', short('Ludwig van'))).toBe('wrong');
	});
	it('who said it: the speaker as a name even when the answer is not written as one', () => {
		const e: ExpectedAnswer = { type: 'whosaid', answer: 'vladimir poutine', answerValue: 'vladimir poutine' };
		expect(v('Poutine', e)).toBe('correct');
	});
	it('a name given by its value, and by the answer when the value does not match', () => {
		expect(v('Vladimirovitch Poutine', short('Vladimir Vladimirovitch Poutine', 'Vladimir Poutine'))).toBe('correct');
		expect(v('Poutin', short('le président russe', 'Vladimir Poutine'))).toBe('close');
	});
});

describe('checkAnswer: choices and orders, exactly', () => {
	const mcq: ExpectedAnswer = { type: 'mcq', answer: 'Moscou', answerValue: 'Moscou', choices: ['Téhéran', 'Moscou', 'Bakou', 'Minsk'] };
	it('a letter or a number however it is written', () => {
		for (const g of ['b', 'B)', '(b)', '( b )', '(  b)', 'b.', 'b:', '[b]', ' b) ', '2', '(2)']) expect(v(g, mcq), g).toBe('correct');
		for (const g of ['a', 'e', '1', '0', '5', 'b(']) expect(v(g, mcq), g).toBe('wrong');
		expect(v('1', { ...mcq, choices: ['Moscou', 'Bakou'] })).toBe('correct');
		const ten = { ...mcq, choices: ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'Moscou'] };
		expect(v('10', ten)).toBe('correct');
		expect(v('j', ten)).toBe('correct');
	});
	it('choices count only for choice questions', () => {
		expect(v('b', { type: 'short', answer: 'Moscou', answerValue: 'Moscou', choices: ['Paris', 'Moscou'] })).toBe('wrong');
	});
	const order: ExpectedAnswer = { type: 'order', answer: 'a → b → c', answerValue: '2,0,1' };
	it('orders: separators around, letters only as single letters, anything else wrong', () => {
		expect(v(' c, a, b ', order)).toBe('correct');
		expect(v('cd ab bc', order)).toBe('wrong');
		expect(v('x y z', order)).toBe('wrong');
		const tenItems: ExpectedAnswer = { type: 'order', answer: '…', answerValue: '9,8,7,6,5,4,3,2,1,0' };
		expect(v('10 9 8 7 6 5 4 3 2 1', tenItems)).toBe('correct');
	});
});

describe('checkAnswer: two more, exactly', () => {
	it('reads "faux" under an English label', () => {
		expect(v('faux', { type: 'truefalse', answer: 'False', answerValue: 'false' })).toBe('correct');
	});
	it('words typed apart that the answer writes together are a typo too', () => {
		expect(v('mot passe usage unique', short('motpasseusageunique'))).toBe('close');
	});
});

// Grades what a student typed or picked against a question's answer. Lenient where a teacher
// would be (accents, case, punctuation, articles, a small typo, a surname for a full name,
// "17/01/2025" for "17 janvier 2025", "vingt" for "20") and strict where meaning changes
// (another digit, another day, a first name alone).
// The two locales read, not chrono's sixteen (the server thread that checks answers loads this).
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import { distance } from 'fastest-levenshtein';
import { datePrecisionOf, dateSpan, parseIsoDate, parseIsoDuration, type DateParts } from '../text/format';
import { parseNumber, roundCountValue } from '../text/numbers';
import { decadeFromTwoDigits, isoWeekOf, parseReference } from '../text/calendar';
import { LINEAGE_PARTICLES, SEASONS } from '../text/lexicon';
import type { Lang, QuestionType } from '../types';
import { normalizeText } from '../text/normalize';

export type Verdict = 'correct' | 'close' | 'wrong';

export interface ExpectedAnswer {
	type: QuestionType;
	answer: string;
	answerValue: string;
	/** mcq/whosaid/order: the choices as shown, so a letter or a number can name one. */
	choices?: string[];
}

// Determiners and little words a student may add or drop without changing the answer.
const FILLERS = new Set([
	'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'en', 'a',
	'the', 'an', 'of', 'in', 'on'
]);

function keyTokens(s: string): string[] {
	return normalizeText(s)
		.split(' ')
		.filter((t) => t && !FILLERS.has(t));
}

/** Edits allowed for a string of this length: none when tiny, 1 when short, 2 when longer. */
function tolerance(len: number): number {
	if (len <= 3) return 0;
	if (len <= 7) return 1;
	return 2;
}

// fastest-levenshtein counts a swap of two letters as 2 edits; a typist makes it as one.
function editDistance(a: string, b: string): number {
	const d = distance(a, b);
	if (d === 2 && a.length === b.length) {
		const diff: number[] = [];
		for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
		if (diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]])
			return 1;
	}
	return d;
}

function digitsOf(s: string): string {
	return (s.match(/\d+/g) ?? []).join(' ');
}

/** Same words, exactly ('correct') or within typo tolerance ('close'). Digits never forgive. */
function compareText(given: string, expected: string): Verdict {
	const g = keyTokens(given).join(' ');
	const e = keyTokens(expected).join(' ');
	if (!g || !e) return 'wrong';
	if (g === e) return 'correct';
	if (digitsOf(g) !== digitsOf(e)) return 'wrong';
	// Sticking words together or apart ("al assad" / "alassad") is a typo too.
	if (g.replace(/ /g, '') === e.replace(/ /g, '')) return 'close';
	return editDistance(g, e) <= tolerance(Math.min(g.length, e.length)) ? 'close' : 'wrong';
}

function tokenClose(a: string, b: string): boolean {
	return a === b || editDistance(a, b) <= tolerance(Math.min(a.length, b.length));
}

// ---------------------------------------------------------------- true / false

const TRUE_WORDS = new Set(['vrai', 'true', 'v', 't', 'oui', 'yes', 'y', 'o', 'correct', 'exact', 'juste', '1']);
const FALSE_WORDS = new Set(['faux', 'false', 'f', 'non', 'no', 'n', 'incorrect', 'inexact', 'wrong', '0']);

function readBoolean(given: string): boolean | null {
	const g = normalizeText(given);
	if (TRUE_WORDS.has(g)) return true;
	if (FALSE_WORDS.has(g)) return false;
	return null;
}

// ---------------------------------------------------------------- dates

const FR_MONTHS: Record<string, number> = {
	janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
	juillet: 7, juil: 7, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
	decembre: 12, dec: 12
};
const EN_MONTHS: Record<string, number> = {
	january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
	jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, october: 10, november: 11,
	december: 12
	// sept, oct, nov, dec: read from FR_MONTHS, which is looked up first.
};

interface GivenDate extends DateParts {
	/** False when the text gave no year ("17 janvier"). */
	yearGiven: boolean;
}

/** Noon of the reference day (today without one): what chrono and a date typed without its year read against. */
function referenceDate(reference?: string): Date {
	const { y, m, d } = parseReference(reference);
	return new Date(y, m - 1, d, 12);
}

/** Reads a date the way a student types it, at the precision they typed. */
export function parseGivenDate(given: string, lang: Lang, reference?: string): GivenDate | null {
	const raw = given.replace(/[\u00a0\u202f]/g, ' ').trim();
	const iso = parseIsoDate(raw);
	if (iso) return { ...iso, yearGiven: true };
	const n = normalizeText(raw);
	const words = n.split(' ').filter((t) => !FILLERS.has(t) && t !== 'mois' && t !== 'month' && t !== 'annee' && t !== 'year');
	const decade = readDecade(words.join(' '), reference);
	if (decade !== null) return { year: decade, decade: true, yearGiven: true };
	if (words.length > 1 && (words[0] === 'semaine' || words[0] === 'week')) return weekOf(parseGivenDate(words.slice(1).join(' '), lang, reference));
	// Season (± year): "été 2024", "summer of 2024".
	if (words.length >= 1 && words.length <= 2 && SEASONS[words[0]]) {
		const year = words[1] && /^\d{4}$/.test(words[1]) ? Number(words[1]) : undefined;
		if (words.length === 1 || year !== undefined)
			return { year: year ?? referenceDate(reference).getFullYear(), season: SEASONS[words[0]], yearGiven: year !== undefined };
	}
	// Month (± year): "décembre 2024", "Dec. 2024", "12/2024", "octobre".
	const monthOf = (w: string) => FR_MONTHS[w] ?? EN_MONTHS[w];
	if (words.length >= 1 && words.length <= 2 && monthOf(words[0])) {
		const year = words[1] && /^\d{4}$/.test(words[1]) ? Number(words[1]) : undefined;
		if (words.length === 1 || year !== undefined)
			return { year: year ?? referenceDate(reference).getFullYear(), month: monthOf(words[0]), yearGiven: year !== undefined };
	}
	let m = /^(\d{1,2})[/.-](\d{4})$/.exec(raw);
	if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { year: Number(m[2]), month: Number(m[1]), yearGiven: true };
	if (words.length === 1 && /^\d{4}$/.test(words[0])) return { year: Number(words[0]), yearGiven: true };
	m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(raw);
	if (m) {
		// Day first unless that is impossible (or the student writes in English and the month-first reading works).
		let [d, mo] = [Number(m[1]), Number(m[2])];
		if (mo > 12 || (lang === 'en' && d <= 12)) [d, mo] = [mo, d];
		const y = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
		if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return { year: y, month: mo, day: d, yearGiven: true };
	}
	const ref = referenceDate(reference);
	const parsers = lang === 'fr' ? [chronoFr, chronoEn] : [chronoEn, chronoFr];
	for (const p of parsers) {
		const r = p.parse(raw, ref)[0];
		if (!r || !r.start.isCertain('month')) continue;
		const c = r.start;
		const parts: GivenDate = {
			year: c.get('year') ?? ref.getFullYear(),
			month: c.get('month') ?? undefined,
			yearGiven: c.isCertain('year')
		};
		if (c.isCertain('day')) parts.day = c.get('day') ?? undefined;
		if (c.isCertain('hour')) {
			parts.hour = c.get('hour') ?? undefined;
			parts.minute = c.get('minute') ?? 0;
		}
		return parts;
	}
	return null;
}

// "années 90", "1990s", "the '90s" (apostrophes are spaces by now), "early 2000s": the decade's first year.
const DECADE_TYPED = /^(?:(?:early|mid|late|debut|milieu|fin|dans)\s)?(?:annees\s(\d{3}0|\d0)|(\d{3}0|\d0)\s?s)$/;

function readDecade(words: string, reference?: string): number | null {
	const m = DECADE_TYPED.exec(words);
	if (!m) return null;
	const digits = m[1] ?? m[2];
	return digits.length === 4 ? Number(digits) : decadeFromTwoDigits(Number(digits), referenceDate(reference).getFullYear());
}

/** "semaine du 13 janvier 2025", "week of January 13": the ISO week of that day. */
function weekOf(day: GivenDate | null): GivenDate | null {
	if (day?.day === undefined || day.month === undefined) return null;
	const { y, w } = isoWeekOf({ y: day.year, m: day.month, d: day.day });
	return { year: y, week: w, yearGiven: day.yearGiven };
}

/**
 * Decades and weeks: the same one is correct; a date inside it ("1995" or "1990" for the 1990s, a
 * day of that week) is close; anything else, a wider answer included, is wrong.
 */
function checkSpan(g: GivenDate, want: DateParts, precision: 'decade' | 'week'): Verdict {
	if (precision === 'decade' ? g.decade && g.year === want.year : g.week === want.week && g.year === want.year) return 'correct';
	const [a, b] = dateSpan(g);
	const [lo, hi] = dateSpan(want);
	return a >= lo && b <= hi && (g.yearGiven || precision === 'week') ? 'close' : 'wrong';
}

function checkDate(given: string, expectedValue: string, lang: Lang, reference?: string): Verdict | null {
	const want = parseIsoDate(expectedValue);
	const g = parseGivenDate(given, lang, reference);
	if (!want || !g) return null;
	const precision = datePrecisionOf(expectedValue);
	if (precision === 'decade' || precision === 'week') return checkSpan(g, want, precision);
	// A decade or a week for a year or a day says less than was asked.
	if (g.decade || g.week !== undefined) return 'wrong';
	if (precision === 'season') return g.season === want.season && (!g.yearGiven || g.year === want.year) ? 'correct' : 'wrong';
	if (precision === 'year') return g.year === want.year && g.yearGiven ? 'correct' : 'wrong';
	if (g.yearGiven && g.year !== want.year) return 'wrong';
	if (g.month !== want.month) return 'wrong';
	// A missing year is forgiven (the article itself often omits it); a missing day is not.
	if (precision === 'month') return g.yearGiven ? 'correct' : 'close';
	if (g.day !== want.day) return 'wrong';
	if (precision === 'time' && g.hour !== undefined && (g.hour !== want.hour || (g.minute ?? 0) !== want.minute))
		return 'wrong';
	return 'correct';
}

// ---------------------------------------------------------------- numbers and durations

const DURATION_WORDS: Record<string, string> = {
	an: 'Y', ans: 'Y', annee: 'Y', annees: 'Y', year: 'Y', years: 'Y', yr: 'Y', yrs: 'Y',
	mois: 'M', month: 'M', months: 'M',
	semaine: 'W', semaines: 'W', week: 'W', weeks: 'W',
	jour: 'D', jours: 'D', day: 'D', days: 'D',
	heure: 'H', heures: 'H', h: 'H', hour: 'H', hours: 'H',
	minute: 'TM', minutes: 'TM', min: 'TM',
	seconde: 'S', secondes: 'S', second: 'S', seconds: 'S', s: 'S'
};

/** The number in what the student typed, with an optional unit word after it removed first. */
function readNumber(given: string, lang: Lang): number | null {
	// "une vingtaine" is 20, not the "une" that opens it.
	const round = roundCountValue(given);
	if (round !== null) return round;
	const direct = parseNumber(given, lang) ?? parseNumber(given, lang === 'fr' ? 'en' : 'fr');
	if (direct !== null) return direct;
	// "20 ans", "vingt années", "12,5 %", "1 500 €", "environ 20": drop the words around the number.
	const stripped = given
		.replace(/[%€$£]/g, ' ')
		.replace(/^\s*(?:environ|about|around|approximately|pr[eè]s de|some|plus de|more than)\s+/i, '')
		.trim();
	const words = stripped.split(/\s+/);
	for (let cut = words.length - 1; cut >= 1; cut--) {
		const head = words.slice(0, cut).join(' ');
		const n = parseNumber(head, lang) ?? parseNumber(head, lang === 'fr' ? 'en' : 'fr');
		if (n !== null) return n;
	}
	return null;
}

/** A time in hours, minutes and seconds as a student may type it ("2:07:43", "2h07m43s", "2 h 7 min 43 s"), in seconds. */
function givenSeconds(given: string): number | null {
	const t = given.trim().replace(',', '.');
	const colon = /^(\d{1,2}):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(t);
	if (colon) return +colon[1] * 3600 + +colon[2] * 60 + +colon[3];
	const words = /^(\d{1,2})\s*(?:h|hr|hrs|hours?|heures?)\s*(\d{1,2})\s*(?:m|min|mins|minutes?|['’′])\s*(?:(\d{1,2}(?:\.\d+)?)\s*(?:s|sec|secs|seconds?|secondes?|"|''|’’|″)?)?$/iu.exec(t);
	return words ? +words[1] * 3600 + +words[2] * 60 + +(words[3] ?? 0) : null;
}

function checkDuration(given: string, expectedValue: string, lang: Lang): Verdict | null {
	// A race time ("PT2H7M43S"): the same number of seconds, however it is written.
	const parts = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(expectedValue);
	if (parts && [parts[1], parts[2], parts[3]].filter(Boolean).length >= 2) {
		const seconds = givenSeconds(given);
		if (seconds === null) return null;
		return Math.abs(seconds - (+(parts[1] ?? 0) * 3600 + +(parts[2] ?? 0) * 60 + +(parts[3] ?? 0))) < 0.005 ? 'correct' : 'wrong';
	}
	const want = parseIsoDuration(expectedValue);
	if (!want) return null;
	const n = readNumber(given, lang);
	if (n === null) return null;
	const unitWord = normalizeText(given)
		.split(' ')
		.find((t) => t in DURATION_WORDS);
	const unit = unitWord ? DURATION_WORDS[unitWord] : undefined;
	if (n !== want.amount) return 'wrong';
	return unit === undefined || unit === want.unit ? 'correct' : 'wrong';
}

function checkNumber(given: string, expectedValue: string, lang: Lang): Verdict | null {
	const m = /^(-?\d+(?:\.\d+)?)(?:\s+[A-Z]{3})?$/.exec(expectedValue.trim());
	if (!m) return null;
	const n = readNumber(given, lang);
	if (n === null) return null;
	return Math.abs(n - Number(m[1])) < 1e-9 ? 'correct' : 'wrong';
}

// ---------------------------------------------------------------- names

// Last words that make a name a thing (place, organisation) rather than a person's surname.
const NOT_SURNAME = new Set([
	'nord', 'sud', 'est', 'ouest', 'north', 'south', 'east', 'west', 'unis', 'united', 'states',
	'agency', 'agence', 'news', 'times', 'post', 'press', 'bank', 'banque', 'group', 'groupe',
	'ministry', 'ministere', 'council', 'conseil', 'union', 'nations', 'party', 'parti', 'company',
	'inc', 'ltd', 'sa', 'corp', 'university', 'universite', 'institute', 'institut', 'republic',
	'republique', 'kingdom', 'royaume', 'city', 'ville', 'airlines', 'motors', 'foundation', 'fondation'
]);

// Person names: two to five words, each capitalised or a name particle.
const PARTICLES = new Set(['al', 'el', 'de', 'du', 'des', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'ben', 'abu', 'la', 'le', 'mc', 'st', ...LINEAGE_PARTICLES]);

function looksLikePersonName(name: string): boolean {
	const words = name.trim().split(/\s+/);
	if (words.length < 2 || words.length > 5) return false;
	const folded = words.map((w) => normalizeText(w));
	if (NOT_SURNAME.has(folded[folded.length - 1].split(' ').pop() ?? '')) return false;
	return words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && PARTICLES.has(normalizeText(w).split(' ')[0])));
}

/** A surname (or the name minus the first name) is enough; a first name alone is close at most. */
function checkPerson(given: string, expected: string): Verdict {
	const full = compareText(given, expected);
	if (full !== 'wrong') return full;
	const e = normalizeText(expected).split(' ');
	const g = normalizeText(given).split(' ').filter((t) => !FILLERS.has(t));
	if (g.length === 0) return 'wrong';
	// Surname: any tail of the name ("al assad", "assad"); a title before it is ignored ("M. Poutine").
	const titles = new Set(['m', 'mr', 'mme', 'mrs', 'ms', 'dr', 'president', 'monsieur', 'madame', 'pr', 'sir']);
	const gg = g.filter((t, i) => !(i < g.length - 1 && titles.has(t)));
	let best: Verdict = 'wrong';
	for (let start = 1; start < e.length; start++) {
		const tail = e.slice(start);
		if (tail.length !== gg.length) continue;
		if (PARTICLES.has(tail[0]) && tail.length === 1) continue;
		if (tail.every((t, i) => t === gg[i])) return 'correct';
		if (tail.every((t, i) => tokenClose(t, gg[i]))) best = 'close';
	}
	if (best === 'close') return best;
	// First name alone: on the way, not enough.
	if (gg.length === 1 && tokenClose(gg[0], e[0])) return 'close';
	return 'wrong';
}

// ---------------------------------------------------------------- choices

const LETTERS = 'abcdefghij';

/** "b", "B)", "2", "(c)" → the index of the choice, else null. */
function choiceIndex(given: string, count: number): number | null {
	const g = given.trim().toLowerCase().replace(/^[([]\s*|\s*[)\].:]$/g, '');
	if (/^[a-j]$/.test(g)) {
		const i = LETTERS.indexOf(g);
		return i < count ? i : null;
	}
	if (/^\d{1,2}$/.test(g)) {
		const i = Number(g) - 1;
		return i >= 0 && i < count ? i : null;
	}
	return null;
}

function checkOrder(given: string, expected: ExpectedAnswer): Verdict {
	const want = expected.answerValue.split(',').map((s) => Number(s.trim()));
	const tokens = given
		.toLowerCase()
		.split(/[\s,;>→\-–/]+/)
		.filter(Boolean);
	if (tokens.length !== want.length) return 'wrong';
	let got: number[];
	if (tokens.every((t) => /^[a-j]$/.test(t))) got = tokens.map((t) => LETTERS.indexOf(t));
	else if (tokens.every((t) => /^\d+$/.test(t))) {
		got = tokens.map(Number);
		// People count from 1: "1,3,2" over three items means indices 0,2,1. An order counted from 0
		// holds a 0 (n numbers below n without a 0 repeat one, which is wrong either way).
		const zeroBased = got.includes(0);
		if (!zeroBased) got = got.map((i) => i - 1);
	} else return 'wrong';
	return got.every((v, i) => v === want[i]) ? 'correct' : 'wrong';
}

// ---------------------------------------------------------------- entry point

/** Grades `given` against a question's expected answer. `reference` (an ISO date, its day is read) resolves a date typed without its year, "hier", "années 20". */
export function checkAnswer(
	given: string,
	expected: ExpectedAnswer,
	lang: Lang,
	reference?: string
): { verdict: Verdict } {
	const verdict = grade(given ?? '', expected, lang, reference);
	return { verdict };
}

function grade(given: string, expected: ExpectedAnswer, lang: Lang, reference?: string): Verdict {
	if (!given.trim()) return 'wrong';
	const { type, answer, answerValue } = expected;
	if (type === 'truefalse') {
		const b = readBoolean(given);
		const want = answerValue === 'true';
		if (b !== null) return b === want ? 'correct' : 'wrong';
		// The label itself, in either language.
		return compareText(given, answer) === 'correct' ? 'correct' : 'wrong';
	}
	if (type === 'order') return checkOrder(given, expected);
	if ((type === 'mcq' || type === 'whosaid') && expected.choices?.length) {
		const i = choiceIndex(given, expected.choices.length);
		if (i !== null) return compareText(expected.choices[i], answer) === 'correct' ? 'correct' : 'wrong';
	}
	return gradeValue(given, type, answer, answerValue, lang, reference);
}

function gradeValue(
	given: string,
	type: QuestionType,
	answer: string,
	answerValue: string,
	lang: Lang,
	reference?: string
): Verdict {
	if (/^-?\d{3}(?:\d(?:-|$)|X$)/.test(answerValue) && datePrecisionOf(answerValue)) {
		const v = checkDate(given, answerValue, lang, reference);
		// A bare number for a year answer ("2024") or a date-looking text decides; else fall through.
		if (v !== null) return v;
	}
	if (/^PT?\d/.test(answerValue)) {
		const v = checkDuration(given, answerValue, lang);
		if (v !== null) return v;
	}
	if (/^-?\d/.test(answerValue)) {
		const v = checkNumber(given, answerValue, lang);
		if (v !== null) return v;
		return compareText(given, answer);
	}
	if (type === 'whosaid' || looksLikePersonName(answerValue)) {
		const v = checkPerson(given, answerValue);
		if (v !== 'wrong' || answer === answerValue) return v;
		return checkPerson(given, answer);
	}
	const byValue = compareText(given, answerValue);
	if (byValue === 'correct') return byValue;
	const byAnswer = answer === answerValue ? byValue : compareText(given, answer);
	if (byAnswer === 'correct') return byAnswer;
	if (byValue === 'close' || byAnswer === 'close') return 'close';
	// "Centre national d’études spatiales (CNES)", "… (Anssi)": the acronym the article gives is the name too.
	const acronym = /\((\p{Lu}[\p{Lu}\p{Ll}\p{N}&.-]{1,9})\)$/u.exec(answer.trim())?.[1];
	if (acronym && normalizeText(given) === normalizeText(acronym)) return 'correct';
	return containsAnswer(given, answerValue);
}

// Longer answers (an event, a list): the student who names one of its parts, or the main words, is close.
function containsAnswer(given: string, expected: string): Verdict {
	const e = keyTokens(expected);
	const g = keyTokens(given);
	if (e.length < 3 || g.length === 0) return 'wrong';
	const hits = g.filter((t) => e.some((x) => tokenClose(t, x))).length;
	if (hits === g.length && hits / e.length >= 0.5) return 'close';
	return 'wrong';
}

// Number reading shared by the temporal extractor and the answer checker: digits with French or
// English separators, number words (cardinal and ordinal) and ordinal suffixes ("4e", "4th", "IVe").
// Everything is matched on a folded form (lower case, no accents) so a student typing
// "deuxieme" or "Quatre-Vingt" is read like the article's "deuxième".
import type { Lang } from '../types';

/** Lower case, accents stripped, every kind of space folded to ' ', curly apostrophes to "'". */
export function foldNumberText(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[\s\u00a0\u202f\u2009\u2007\u2008\u200a]+/g, ' ')
		.replace(/[’‘`´]/g, "'")
		.replace(/[‐‑‒–]/g, '-')
		.trim();
}

// Units below 100, French. Belgian/Swiss forms included: articles from Brussels or Geneva use them.
const FR_UNITS: Record<string, number> = {
	zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
	dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
	vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
	septante: 70, huitante: 80, octante: 80, nonante: 90
};
const EN_UNITS: Record<string, number> = {
	zero: 0, nil: 0, none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
	ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
	seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40,
	fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12
};
const FR_SCALES: Record<string, number> = {
	cent: 100, cents: 100, mille: 1000, mil: 1000, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
	billion: 1e12, billions: 1e12
};
const EN_SCALES: Record<string, number> = {
	hundred: 100, hundreds: 100, thousand: 1000, thousands: 1000, million: 1e6, millions: 1e6,
	billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12, trillions: 1e12
};
// "millions"/"milliards"/"billion" also follow digits: "1,5 milliard", "$2 billion".
const FR_DIGIT_SCALES: Record<string, number> = {
	mille: 1000, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9,
	mrd: 1e9, mrds: 1e9, billion: 1e12, billions: 1e12,
	// Swiss: "285,5 mio CHF", "1,2 mia de francs".
	mio: 1e6, mia: 1e9
};
export const EN_DIGIT_SCALES: Record<string, number> = {
	thousand: 1000, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, billion: 1e9, billions: 1e9, bn: 1e9,
	trillion: 1e12, trillions: 1e12, trn: 1e12, tn: 1e12
};

const EN_ORDINALS: Record<string, number> = {
	first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
	tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
	seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
	fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
	thousandth: 1000, millionth: 1e6, billionth: 1e9
};
const FR_ORDINAL_SPECIAL: Record<string, number> = {
	premier: 1, premiere: 1, premiers: 1, premieres: 1, second: 2, seconde: 2, seconds: 2, secondes: 2
};
// Stems that lose or change letters before "-ième": cinq → cinquième, neuf → neuvième, quatre → quatrième.
const FR_ORDINAL_STEMS: Record<string, string> = {
	un: 'un', deux: 'deux', trois: 'trois', quatr: 'quatre', cinqu: 'cinq', six: 'six', sept: 'sept',
	huit: 'huit', neuv: 'neuf', dix: 'dix', onz: 'onze', douz: 'douze', treiz: 'treize', quatorz: 'quatorze',
	quinz: 'quinze', seiz: 'seize', vingt: 'vingt', trent: 'trente', quarant: 'quarante',
	cinquant: 'cinquante', soixant: 'soixante', cent: 'cent', mill: 'mille', millionn: 'million',
	million: 'million', milliard: 'milliard', septant: 'septante', huitant: 'huitante', nonant: 'nonante',
	octant: 'octante'
};

/** Value of one folded French ordinal word ("quatrieme" → 4, "premiere" → 1), else null. */
function frOrdinalWord(w: string): number | null {
	if (w in FR_ORDINAL_SPECIAL) return FR_ORDINAL_SPECIAL[w];
	const m = /^([a-z]+?)iemes?$/.exec(w);
	if (!m) return null;
	const base = FR_ORDINAL_STEMS[m[1]];
	if (base === undefined) return null;
	return FR_UNITS[base] ?? FR_SCALES[base] ?? null;
}

function enOrdinalWord(w: string): number | null {
	return EN_ORDINALS[w] ?? EN_ORDINALS[w.replace(/s$/, '')] ?? null;
}

interface WordParse {
	value: number;
	ordinal: boolean;
}

/**
 * Reads a sequence of number words ("quatre-vingt-dix-neuf", "a hundred and five",
 * "twenty-first", "deux et demi"). Returns null when any word is not a number word.
 */
function parseWords(folded: string, lang: Lang): WordParse | null {
	const words = folded.split(/[\s-]+/).filter(Boolean);
	if (!words.length) return null;
	// Both languages' tables: an English answer to a French question still reads as a number.
	const tables = lang === 'fr' ? ['fr', 'en'] : ['en', 'fr'];
	for (const t of tables) {
		const r = t === 'fr' ? parseFrWords(words) : parseEnWords(words);
		if (r) return r;
	}
	return null;
}

function accumulate(
	words: string[],
	units: Record<string, number>,
	scales: Record<string, number>,
	ordinalOf: (w: string) => number | null,
	fillers: Set<string>,
	halfWords: Set<string>
): WordParse | null {
	let total = 0;
	let current = 0;
	let seen = false;
	let ordinal = false;
	let half = false;
	// The last number word's value, and whether an "and"/"et" came after it.
	let previous = 0;
	let joined = false;
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		if (fillers.has(w)) {
			// "and"/"et" only joins numbers: not first, not last.
			if (i === 0 || i === words.length - 1) return null;
			joined = true;
			continue;
		}
		if (halfWords.has(w)) {
			if (!seen) return null;
			half = true;
			continue;
		}
		// The English article "a/an" counts as one before a scale: "a hundred", "a million".
		if ((w === 'a' || w === 'an') && i + 1 < words.length && scales[words[i + 1]] !== undefined) {
			current = 1;
			seen = true;
			continue;
		}
		let v: number | undefined;
		let isScale = false;
		if (units[w] !== undefined) v = units[w];
		else if (scales[w] !== undefined) {
			v = scales[w];
			isScale = true;
		} else if (i === words.length - 1) {
			const o = ordinalOf(w);
			if (o === null) return null;
			// "premier"/"first" only stands alone: "un premier" is not 2nd.
			if (o <= 2 && words.length === 2 && ['un', 'une', 'one', 'a', 'an'].includes(words[0])) return null;
			ordinal = true;
			v = o;
			isScale = o >= 100;
		} else return null;
		if (half) return null; // nothing may follow "et demi"
		// "vingt et un", "a hundred and five" add a smaller number; "cinq et six" is two numbers.
		if (joined && v >= previous) return null;
		joined = false;
		previous = v;
		seen = true;
		if (isScale) {
			if (v === 100) current = (current || 1) * 100;
			else {
				total += (current || 1) * v;
				current = 0;
			}
		} else if (v === 20 && current % 100 === 4 && lang80(units)) {
			// French "quatre-vingt(s)": 4 × 20.
			current = current - 4 + 80;
		} else if (v === 12 && w === 'dozen') {
			current = (current || 1) * 12;
		} else {
			// "deux une petite", "five two": a unit after a unit is two numbers ("vingt deux", "dix
			// sept", "soixante onze" add to a round ten).
			if (v < 20 && current % 10 !== 0) return null;
			current += v;
		}
	}
	if (!seen) return null;
	return { value: total + current + (half ? 0.5 : 0), ordinal };
}

function lang80(units: Record<string, number>): boolean {
	return units === FR_UNITS;
}

const FR_FILLERS = new Set(['et']);
const EN_FILLERS = new Set(['and']);
const FR_HALF = new Set(['demi', 'demie']);
const EN_HALF = new Set(['half']);

function parseFrWords(words: string[]): WordParse | null {
	return accumulate(words, FR_UNITS, FR_SCALES, frOrdinalWord, FR_FILLERS, FR_HALF);
}

function parseEnWords(words: string[]): WordParse | null {
	// "one and a half": drop the "a" before "half".
	const ws = words.filter((w, i) => !(w === 'a' && words[i + 1] === 'half'));
	// "half a million", "half a dozen": half of what the article and its scale say.
	if (ws[0] === 'half' && (ws[1] === 'a' || ws[1] === 'an') && ws.length === 3) {
		const whole = ws[2] === 'dozen' ? { value: 12, ordinal: false } : accumulate(ws.slice(1), EN_UNITS, EN_SCALES, enOrdinalWord, EN_FILLERS, EN_HALF);
		return whole && !whole.ordinal ? { value: whole.value / 2, ordinal: false } : null;
	}
	return accumulate(ws, EN_UNITS, EN_SCALES, enOrdinalWord, EN_FILLERS, EN_HALF);
}

// An integer part grouped by thousands with this separator ("1.234", "12,345,678")…
const GROUPED_INT: Record<string, RegExp> = { ',': /^\d{1,3}(,\d{3})*$/, '.': /^\d{1,3}(\.\d{3})*$/ };
// …with at least one separator.
const THOUSANDS: Record<string, RegExp> = { ',': /^\d{1,3}(,\d{3})+$/, '.': /^\d{1,3}(\.\d{3})+$/ };

/** Reads a digit string with French or English separators; null when it is not one number. */
function parseDigits(s: string, lang: Lang): number | null {
	let t = s; // spaces already folded to ' ' by foldNumberText
	let sign = 1;
	if (/^[-−]/.test(t)) {
		sign = -1;
		t = t.slice(1).trim();
	} else if (t.startsWith('+')) t = t.slice(1).trim();
	// ".17 seconds": a decimal written without its zero.
	if (/^[.,]\d+$/.test(t)) t = `0${t}`;
	if (!/^\d[\d ',.]*$/.test(t) || /[ ',.]$/.test(t)) return null;
	// Thousands separated by spaces or apostrophes (fr, Swiss): every later group has 3 digits.
	if (/[ ']/.test(t)) {
		if (!/^\d{1,3}([ ']\d{3})+([.,]\d+)?$/.test(t)) return null;
		t = t.replace(/[ ']/g, '');
	}
	const hasComma = t.includes(',');
	const hasDot = t.includes('.');
	let normal: string;
	if (hasComma && hasDot) {
		// The later separator is the decimal one: "1.234,5" (fr/de) or "1,234.5" (en).
		const decimalIsComma = t.lastIndexOf(',') > t.lastIndexOf('.');
		const group = decimalIsComma ? '.' : ',';
		const [intPart, dec] = decimalIsComma ? splitLast(t, ',') : splitLast(t, '.');
		if (!GROUPED_INT[group].test(intPart) || !/^\d+$/.test(dec)) return null;
		normal = intPart.split(group).join('') + '.' + dec;
	} else if (hasComma || hasDot) {
		const sep = hasComma ? ',' : '.';
		// The separator groups thousands when it repeats or, in the language that groups with it,
		// when exactly three digits follow ("2,300" en, "2.300" fr); otherwise it is a decimal point.
		const groupsThousands = THOUSANDS[sep].test(t);
		const count = t.split(sep).length - 1;
		const groupingSep = lang === 'fr' ? '.' : ',';
		if (groupsThousands && (count > 1 || sep === groupingSep)) normal = t.split(sep).join('');
		else if (count === 1) normal = t.replace(sep, '.');
		else return null;
	} else normal = t;
	const n = Number(normal);
	return Number.isFinite(n) ? sign * n : null;
}

function splitLast(s: string, sep: string): [string, string] {
	const i = s.lastIndexOf(sep);
	return [s.slice(0, i), s.slice(i + 1)];
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** "xiv" → 14; null when not a well-formed Roman numeral. */
export function parseRoman(s: string): number | null {
	const t = s.toLowerCase();
	if (!/^(m{0,3})(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/.test(t) || !t) return null;
	let n = 0;
	for (let i = 0; i < t.length; i++) {
		const v = ROMAN[t[i]];
		const next = ROMAN[t[i + 1]] ?? 0;
		n += v < next ? -v : v;
	}
	return n;
}

// Digit ordinals: "4e", "4ème", "4è", "1er", "1re", "1ère", "2nd", "4th"; Roman with a French suffix: "IVe", "XXIe".
const DIGIT_ORDINAL = /^(\d+)\s?(?:e|eme|emes|es|er|ers|re|res|ere|eres|ieme|iemes|nd|st|rd|th|o|°)$/;
const ROMAN_ORDINAL = /^([ivxlcdm]+)\s?(?:e|eme|er|re|ere|ieme)$/;

/** The ordinal's number when `text` is an ordinal ("quatrième", "fifth", "4e", "4th", "IVe"), else null. */
export function parseOrdinal(text: string, lang: Lang): number | null {
	const f = foldNumberText(text);
	if (!f) return null;
	let m = DIGIT_ORDINAL.exec(f);
	if (m) return Number(m[1]);
	m = ROMAN_ORDINAL.exec(f);
	if (m) {
		// Only upper-case Roman numerals in the source: "ie" or "me" in running text is not one.
		const raw = text.trim();
		if (raw.slice(0, m[1].length) !== m[1].toUpperCase()) return null;
		return parseRoman(m[1]);
	}
	const w = parseWords(f, lang);
	return w && w.ordinal ? w.value : null;
}

/**
 * The number `text` states, or null. Digits with French/English separators ("2 300", "2,300",
 * "12,5" fr, "12.5" en), an optional scale word ("1,5 milliard", "2 billion"), number words in
 * either language ("vingt-deux", "quatre-vingt-dix", "a hundred and five") and ordinals ("4e",
 * "quatrième", "fifth") which read as their number.
 */
export function parseNumber(text: string, lang: Lang): number | null {
	// "12½": a vulgar fraction glued to the digits.
	const frac = /^(\d+)([½¼¾])$/u.exec(text.trim());
	if (frac) return +frac[1] + ({ '½': 0.5, '¼': 0.25, '¾': 0.75 } as Record<string, number>)[frac[2]];
	const f = foldNumberText(text);
	if (!f) return null;
	const d = parseDigits(f, lang);
	if (d !== null) return d;
	// Digits followed by a scale word: "1,5 milliard", "2.5 million", "3 mille".
	const m = /^([-−+]?\d[\d ',.]*?)\s*([a-z]+)$/.exec(f);
	if (m) {
		const scale =
			(lang === 'fr' ? FR_DIGIT_SCALES : EN_DIGIT_SCALES)[m[2]] ??
			(lang === 'fr' ? EN_DIGIT_SCALES : FR_DIGIT_SCALES)[m[2]];
		if (scale !== undefined) {
			const base = parseDigits(m[1].trim(), lang);
			if (base !== null) return round(base * scale);
		}
	}
	const o = parseOrdinal(text, lang);
	if (o !== null) return o;
	const w = parseWords(f, lang);
	return w ? w.value : null;
}

// Floating point: 1.5 × 1e9 must print as 1500000000, 0.1 × 3 as 0.3.
function round(n: number): number {
	return Math.round(n * 1e6) / 1e6;
}

// Regex sources (for building larger patterns, used with the 'iu' flags) matching one number
// written in words. They match the accented spelling as articles print it.
const FR_WORD_ALT =
	'z[ée]ro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante|cents?|mille|millions?|milliards?';
const EN_WORD_ALT =
	'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen';

/** "une vingtaine", "une centaine": the round counts French says in words, and what they stand for. */
export const ROUND_COUNT: Readonly<Record<string, number>> = {
	dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100
};
/** The round-count words as a regex alternation ("dizaine|douzaine|…"). */
export const ROUND_COUNT_ALT = Object.keys(ROUND_COUNT).join('|');
const ROUND_COUNT_WORD = new RegExp(`(?<![\\p{L}])(${ROUND_COUNT_ALT})(?![\\p{L}])`, 'iu');
const ROUND_COUNT_PHRASE = new RegExp(`(?<![\\p{L}])(${ROUND_COUNT_ALT})[\\s\\u00a0]+(de[\\s\\u00a0]+|d['’])(\\p{L}[\\p{L}-]*)`, 'iu');

/** "une vingtaine de prévenus" → the round word and the noun counted; null for a count in figures. */
export function roundCount(text: string): { word: string; de: string; noun: string } | null {
	const m = ROUND_COUNT_PHRASE.exec(text);
	return m ? { word: m[1].toLowerCase(), de: m[2].trim() === 'de' ? 'de ' : m[2], noun: m[3] } : null;
}

/** The value of a round count said in words ("une vingtaine de prévenus" → 20), or null. */
export function roundCountValue(text: string): number | null {
	const m = ROUND_COUNT_WORD.exec(text);
	return m ? ROUND_COUNT[m[1].toLowerCase()] : null;
}

/**
 * Regex source for one number word of either language ("trois", "twelve", "cent"), never the French
 * article "un"/"une" ("un accord" names no count). Word-bounded on its right; use with 'iu'.
 */
export const CARDINAL_WORD = `(?!une?(?![\\p{L}]))(?:${FR_WORD_ALT}|${EN_WORD_ALT})(?![\\p{L}])`;

/**
 * Regex source matching a number written in words: "vingt-deux", "quatre-vingt-dix",
 * "soixante et onze", "deux mille", "twenty-one", "a hundred and five", "three million".
 * Word-bounded; use with the 'iu' flags.
 */
export function numberWordsPattern(lang: Lang): string {
	if (lang === 'fr') {
		const w = `(?:${FR_WORD_ALT})`;
		return `(?<![\\p{L}\\p{N}])${w}(?:(?:[\\s\\u00a0\\u202f-]+|\\s+et\\s+)${w})*(?![\\p{L}\\p{N}])`;
	}
	const w = `(?:${EN_WORD_ALT})`;
	return `(?<![\\p{L}\\p{N}])(?:(?:half\\s+)?an?\\s+(?=hundred|thousand|million|billion|dozen))?${w}(?:(?:[\\s\\u00a0\\u202f-]+|\\s+and\\s+)${w})*(?![\\p{L}\\p{N}])`;
}

/**
 * Regex source matching a French Roman-numeral ordinal ("IVe", "XXIe siècle"). Case matters, so
 * use it WITHOUT the 'i' flag ('gu'); ordinalPattern() leaves it out for that reason.
 */
// A lone L or C would read "Le" and "Ce" as 50th and 100th: single letters are limited to I, V, X.
export const ROMAN_ORDINAL_PATTERN = '(?<![\\p{L}\\p{N}])(?:[IVX]|[IVXLC]{2,})(?:e|ème|er)(?![\\p{L}\\p{N}])';

/** Regex source matching an ordinal in words or digits ("quatrième", "twenty-first", "4e", "4th", "1er"). */
export function ordinalPattern(lang: Lang): string {
	if (lang === 'fr') {
		const card = `(?:${FR_WORD_ALT})`;
		const ord =
			'(?:premi[èe]re?s?|secondes?|(?:un|deux|trois|quatr|cinqu|six|sept|huit|neuv|dix|onz|douz|treiz|quatorz|quinz|seiz|vingt|trent|quarant|cinquant|soixant|septant|huitant|nonant|cent|mill|millionn|milliard)i[èe]mes?)';
		// "un premier bilan" is no compound ordinal: "un"/"une" never lead one.
		return `(?<![\\p{L}\\p{N}])(?:(?!une?[\\s\\u00a0\\u202f-])(?:${card})(?:[\\s\\u00a0\\u202f-]+|\\s+et\\s+))*${ord}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])\\d+(?:e|[èe]me|er|re|[èe]re)s?(?![\\p{L}\\p{N}])`;
	}
	const card = `(?:${EN_WORD_ALT})`;
	const ord = `(?:${Object.keys(EN_ORDINALS).join('|')})`;
	return `(?<![\\p{L}\\p{N}])(?:${card}[\\s-]+)*${ord}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])\\d+(?:st|nd|rd|th)(?![\\p{L}\\p{N}])`;
}

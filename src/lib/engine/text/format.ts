// Human formatting of normalised fact values (the conventions of Fact.value) in French or
// English: what a question shows as its answer and its choices.
import { addDays, fmtDay, fmtDecade, isoWeekMonday, isoWeeksIn, type Ymd } from './calendar';
import type { DatePrecision, Fact, Lang } from '../types';
import { parseNumber } from './numbers';
import { elides, MONTH_FULL_ALT } from './lexicon';

/** "d’euros", "de tonnes", "de hausses": a French "de" before a noun, elided as the noun asks. */
const ofFrench = (noun: string) => (elides(noun) ? `d’${noun}` : `de ${noun}`);

export const MONTHS: Record<Lang, string[]> = {
	fr: [
		'janvier',
		'février',
		'mars',
		'avril',
		'mai',
		'juin',
		'juillet',
		'août',
		'septembre',
		'octobre',
		'novembre',
		'décembre'
	],
	en: [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	]
};
/** Every month's name in either language, as a regex alternation (the lexicon's, which also takes them unaccented). */
export const MONTH_ALT = `${MONTH_FULL_ALT.fr}|${MONTH_FULL_ALT.en}`;

export const SEASONS: Record<Lang, Record<string, string>> = {
	fr: { spring: 'printemps', summer: 'été', autumn: 'automne', winter: 'hiver' },
	en: { spring: 'spring', summer: 'summer', autumn: 'autumn', winter: 'winter' }
};

const ISO_DATE = /^(-?\d{1,4})(?:-(\d{2}|spring|summer|autumn|fall|winter)(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;
// EDTF decades ("199X") and ISO weeks ("2025-W03").
const ISO_DECADE = /^(\d{3})X$/;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

export interface DateParts {
	/** For a decade its first year; for a week its ISO week-year. */
	year: number;
	decade?: boolean;
	/** ISO week number, 1..53. */
	week?: number;
	month?: number;
	day?: number;
	season?: string;
	hour?: number;
	minute?: number;
}

/** Splits an ISO value at its precision ("2024-summer", "2025-01-17T21:54"); null when it is not one. */
export function parseIsoDate(value: string): DateParts | null {
	const v = value.trim();
	const dec = ISO_DECADE.exec(v);
	if (dec) return { year: Number(dec[1]) * 10, decade: true };
	const wk = ISO_WEEK.exec(v);
	if (wk) return Number(wk[2]) >= 1 && Number(wk[2]) <= isoWeeksIn(Number(wk[1])) ? { year: Number(wk[1]), week: Number(wk[2]) } : null;
	const m = ISO_DATE.exec(v);
	if (!m) return null;
	const parts: DateParts = { year: Number(m[1]) };
	if (m[2]) {
		if (/^\d+$/.test(m[2])) {
			parts.month = Number(m[2]);
			if (parts.month < 1 || parts.month > 12) return null;
		} else parts.season = m[2] === 'fall' ? 'autumn' : m[2];
	}
	if (m[3]) parts.day = Number(m[3]);
	if (m[4]) {
		parts.hour = Number(m[4]);
		parts.minute = Number(m[5]);
	}
	return parts;
}

export function isoFromParts(p: DateParts): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	let s = String(p.year);
	if (p.decade) return fmtDecade(p.year);
	if (p.week !== undefined) return `${s}-W${pad(p.week)}`;
	if (p.season) return `${s}-${p.season}`;
	if (p.month === undefined) return s;
	s += `-${pad(p.month)}`;
	if (p.day === undefined) return s;
	s += `-${pad(p.day)}`;
	if (p.hour === undefined) return s;
	return `${s}T${pad(p.hour)}:${pad(p.minute ?? 0)}`;
}

export function datePrecisionOf(value: string): DatePrecision | null {
	const p = parseIsoDate(value);
	if (!p) return null;
	if (p.decade) return 'decade';
	if (p.week !== undefined) return 'week';
	if (p.hour !== undefined) return 'time';
	if (p.day !== undefined) return 'day';
	if (p.month !== undefined) return 'month';
	if (p.season) return 'season';
	return 'year';
}

/** The first and last month of each season (northern; winter's run on past December: 12 to 14). */
export const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 14] };
const dayKey = (d: Ymd) => d.y * 10000 + d.m * 100 + d.d;

/**
 * First and last day a date covers, as comparable numbers (yyyymmdd): what chronological order
 * and "a day inside that week" compare.
 */
export function dateSpan(p: DateParts): [number, number] {
	const y = p.year * 10000;
	if (p.decade) return [y + 101, (p.year + 9) * 10000 + 1231];
	if (p.week !== undefined) {
		const monday = isoWeekMonday(p.year, p.week);
		return [dayKey(monday), dayKey(addDays(monday, 6))];
	}
	if (p.season) {
		const [a, b] = SEASON_MONTHS[p.season];
		return [y + a * 100 + 1, y + b * 100 + 31];
	}
	if (p.month === undefined) return [y + 101, y + 1231];
	if (p.day === undefined) return [y + p.month * 100 + 1, y + p.month * 100 + 31];
	return [y + p.month * 100 + p.day, y + p.month * 100 + p.day];
}

/** "2025-01-17" → "17 janvier 2025" / "January 17, 2025"; "2024-summer" → "été 2024" / "summer 2024". */
export function formatDate(value: string, lang: Lang): string {
	// Intervals "2025-05-03/2025-05-04": "du 3 au 4 mai 2025" / "May 3–4, 2025".
	const slash = value.indexOf('/');
	if (slash > 0) {
		const a = parseIsoDate(value.slice(0, slash));
		const b = parseIsoDate(value.slice(slash + 1));
		if (a?.day && b?.day && a.year === b.year && a.month === b.month)
			return lang === 'fr'
				? `du ${a.day === 1 ? '1er' : a.day} au ${b.day} ${MONTHS.fr[a.month! - 1]} ${a.year}`
				: `${MONTHS.en[a.month! - 1]} ${a.day}–${b.day}, ${a.year}`;
		if (a && b) return lang === 'fr' ? `du ${formatDate(value.slice(0, slash), lang)} au ${formatDate(value.slice(slash + 1), lang)}` : `${formatDate(value.slice(0, slash), lang)} – ${formatDate(value.slice(slash + 1), lang)}`;
	}
	const p = parseIsoDate(value);
	if (!p) return value;
	const year = p.year < 0 ? `${-p.year} av. J.-C.` : String(p.year);
	if (p.decade) return lang === 'fr' ? `les années ${year}` : `the ${year}s`;
	if (p.week !== undefined) {
		const monday = formatDate(fmtDay(isoWeekMonday(p.year, p.week)), lang);
		return lang === 'fr' ? `la semaine du ${monday}` : `the week of ${monday}`;
	}
	if (p.season) return `${SEASONS[lang][p.season] ?? p.season} ${year}`;
	if (p.month === undefined) return year;
	const month = MONTHS[lang][p.month - 1];
	if (p.day === undefined) return `${month} ${year}`;
	let s =
		lang === 'fr' ? `${p.day === 1 ? '1er' : p.day} ${month} ${year}` : `${month} ${p.day}, ${year}`;
	if (p.hour !== undefined) {
		const mm = String(p.minute ?? 0).padStart(2, '0');
		s += lang === 'fr' ? ` à ${p.hour} h ${mm}` : ` at ${p.hour}:${mm}`;
	}
	return s;
}

const DURATION_UNITS: Record<string, { fr: [string, string]; en: [string, string] }> = {
	Y: { fr: ['an', 'ans'], en: ['year', 'years'] },
	M: { fr: ['mois', 'mois'], en: ['month', 'months'] },
	W: { fr: ['semaine', 'semaines'], en: ['week', 'weeks'] },
	D: { fr: ['jour', 'jours'], en: ['day', 'days'] },
	H: { fr: ['heure', 'heures'], en: ['hour', 'hours'] },
	TM: { fr: ['minute', 'minutes'], en: ['minute', 'minutes'] },
	S: { fr: ['seconde', 'secondes'], en: ['second', 'seconds'] }
};

export interface DurationParts {
	amount: number;
	/** Y, M, W, D, H, TM (minutes), S. */
	unit: string;
}

/** "P20Y" → { amount: 20, unit: 'Y' }; only single-unit durations (what articles state). */
export function parseIsoDuration(value: string): DurationParts | null {
	const m = /^P(?:(\d+(?:\.\d+)?)([YMWD])|T(\d+(?:\.\d+)?)([HMS]))$/.exec(value.trim());
	if (!m) return null;
	if (m[1]) return { amount: Number(m[1]), unit: m[2] };
	return { amount: Number(m[3]), unit: m[4] === 'M' ? 'TM' : m[4] };
}

export function isoFromDuration(d: DurationParts): string {
	if (d.unit === 'H' || d.unit === 'TM' || d.unit === 'S')
		return `PT${d.amount}${d.unit === 'TM' ? 'M' : d.unit}`;
	return `P${d.amount}${d.unit}`;
}

// A day's word that is no plain day: a match day, a night, a night's stay.
const DAY_WORD_KEPT = /^(journée|nuitée|nuit|night)s?$/iu;

/** "P20Y" → "20 ans" / "20 years"; `written`, the word the text used, when it says more than the ISO unit ("2 journées"). */
export function formatDuration(value: string, lang: Lang, written?: string): string {
	const d = parseIsoDuration(value);
	if (!d) return value;
	// "deux journées de la fin", "quatre nuits en garde à vue": days counted as match days or nights
	// keep the article's word ("2 jours" says another thing).
	const kept = d.unit === 'D' ? DAY_WORD_KEPT.exec(written ?? '') : null;
	if (kept) return `${formatNumber(d.amount, lang)} ${kept[1].toLowerCase()}${d.amount >= 2 || (lang === 'en' && d.amount !== 1) ? 's' : ''}`;
	const names = DURATION_UNITS[d.unit]?.[lang];
	if (!names) return value;
	const shown = formatNumber(d.amount, lang);
	const unit = d.amount >= 2 || (lang === 'en' && d.amount !== 1) ? names[1] : names[0];
	// "110 millions d’années", never "110 millions ans": a French million takes "de" and the long noun.
	if (lang === 'fr' && /(?:millions?|milliards?)$/.test(shown)) {
		const noun = unit === 'ans' ? 'années' : unit;
		return `${shown} ${ofFrench(noun)}`;
	}
	return `${shown} ${unit}`;
}

/** Decimal comma and spaced thousands in French; commas in English. */
export function formatNumber(n: number, lang: Lang): string {
	if (!Number.isFinite(n)) return String(n);
	// "110 millions", "2.5 billion": large round amounts read as the article writes them.
	for (const [size, fr, en] of [[1e9, 'milliard', 'billion'], [1e6, 'million', 'million']] as const) {
		const k = n / size;
		if (Math.abs(n) >= size && Math.abs(k * 100 - Math.round(k * 100)) < 1e-6) {
			const shown = formatNumber(Math.round(k * 100) / 100, lang);
			return lang === 'fr' ? `${shown} ${fr}${Math.abs(k) >= 2 ? 's' : ''}` : `${shown} ${en}`;
		}
	}
	const [int, dec] = String(Math.abs(n)).split('.');
	const sep = lang === 'fr' ? ' ' : ',';
	const grouped = int.length > 4 || lang === 'en' ? int.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : int;
	return (n < 0 ? '-' : '') + grouped + (dec ? (lang === 'fr' ? ',' : '.') + dec : '');
}

/** A count written in words when the text spells it ("aux deux partenaires", "three GOP members"): two to twenty. */
export const spellable = (n: number) => Number.isInteger(n) && n >= 2 && n <= 20;
/** Whether the text spells the fact's count ("neuf voix", not "9 voix"). */
export const spelledInText = (fact: Fact) => /^\p{L}/u.test(fact.text.trim());

const CARDINALS: Record<Lang, string[]> = {
	fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf', 'vingt'],
	en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']
};

/**
 * A count as its text writes it: in words when the text spells its number ("deux partenaires" asks
 * "trois partenaires", never "2 partenaires"), from two to twenty (French "un"/"une" needs the noun's
 * gender); a capital when the text's count opens its sentence. Otherwise in digits. (A question whose
 * options pass twenty puts them all in digits: `candidatesFor`.)
 */
function shownCount(n: number, fact: Fact, lang: Lang): string {
	const written = fact.text.trim();
	if (!spelledInText(fact) || !spellable(n)) return formatNumber(n, lang);
	const word = CARDINALS[lang][n];
	return /^\p{Lu}/u.test(written) ? word[0].toUpperCase() + word.slice(1) : word;
}

const ORDINALS: Record<Lang, string[]> = {
	fr: [
		'',
		'premier',
		'deuxième',
		'troisième',
		'quatrième',
		'cinquième',
		'sixième',
		'septième',
		'huitième',
		'neuvième',
		'dixième',
		'onzième',
		'douzième',
		'treizième',
		'quatorzième',
		'quinzième',
		'seizième',
		'dix-septième',
		'dix-huitième',
		'dix-neuvième',
		'vingtième',
		'vingt et unième',
		'vingt-deuxième',
		'vingt-troisième',
		'vingt-quatrième',
		'vingt-cinquième',
		'vingt-sixième',
		'vingt-septième',
		'vingt-huitième',
		'vingt-neuvième',
		'trentième',
		'trente et unième'
	],
	en: [
		'',
		'first',
		'second',
		'third',
		'fourth',
		'fifth',
		'sixth',
		'seventh',
		'eighth',
		'ninth',
		'tenth',
		'eleventh',
		'twelfth',
		'thirteenth',
		'fourteenth',
		'fifteenth',
		'sixteenth',
		'seventeenth',
		'eighteenth',
		'nineteenth',
		'twentieth',
		'twenty-first',
		'twenty-second',
		'twenty-third',
		'twenty-fourth',
		'twenty-fifth',
		'twenty-sixth',
		'twenty-seventh',
		'twenty-eighth',
		'twenty-ninth',
		'thirtieth',
		'thirty-first'
	]
};

/** 4 → "quatrième" / "fourth" (to 31: "vingt et unième siècle" beside "vingtième"); beyond, or `digits` (the text wrote "12th"): "32e" / "32nd". */
export function formatOrdinal(n: number, lang: Lang, feminine = false, digits = false): string {
	if (!digits && Number.isInteger(n) && n >= 1 && n < ORDINALS[lang].length) {
		const w = ORDINALS[lang][n];
		return lang === 'fr' && n === 1 && feminine ? 'première' : w;
	}
	// "125 000e", "125,000th": a large ordinal keeps its thousands apart.
	const shown = n >= 10000 ? formatNumber(n, lang) : String(n);
	if (lang === 'fr') return n === 1 ? (feminine ? '1re' : '1er') : `${shown}e`;
	const mod100 = n % 100;
	const suffix =
		mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${shown}${suffix}`;
}

// (RLS, RYL and SHS are no codes: a rial, a riyal or a shilling whose country the text does not say.)
const CURRENCY_SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥', KES: 'KSh', INR: '₹', NGN: '₦', GMD: 'D', GHS: 'GH₵', UGX: 'USh', XOF: 'F CFA', RLS: 'rials', RYL: 'riyals', SHS: 'Sh' };

/**
 * How the article wrote an amount, for its options to read alike: with cents ("$2.50", "3,50 €"),
 * and the sign it wrote before the figure where the code has another ("Rs 650" for ₹, "US$5").
 */
export interface MoneyStyle {
	cents?: boolean;
	sign?: string;
}
/** The style of an amount's surface in the text ("$2.50" → cents, "Rs 650" → sign "Rs "). */
export function moneyStyleOf(text: string): MoneyStyle {
	const t = text.trim();
	const sign = /^([\p{Lu}][\p{L}]{0,2}\.?[\s\u00a0]?|\p{Lu}{1,2}\p{Sc})(?=\d)/u.exec(t)?.[1];
	return { cents: /\d[.,]\d{2}(?!\d)/u.test(t), sign: sign?.replace(/\u00a0/gu, ' ') };
}

export function formatMoney(value: string, lang: Lang, style: MoneyStyle = {}): string {
	const m = /^(-?\d+(?:\.\d+)?)\s*([A-Z]{3})?$/.exec(value.trim());
	if (!m) return value;
	const n = Number(m[1]);
	const cur = m[2] ?? '';
	const sym = CURRENCY_SYMBOLS[cur] ?? cur;
	const big = (div: number, fr: string, en: string) =>
		`${formatNumber(Math.round((n / div) * 100) / 100, lang)} ${lang === 'fr' ? fr : en}`;
	let amount: string;
	// (French articles count thousands of milliards, "1 100 milliards de FCFA": a French "billion",
	// a million millions, reads as a rare word, or as the English one.)
	if (Math.abs(n) >= 1e12 && n % 1e10 === 0 && lang === 'en') amount = big(1e12, 'billion', 'trillion');
	else if (Math.abs(n) >= 1e9 && n % 1e7 === 0)
		amount = big(1e9, n / 1e9 >= 2 ? 'milliards' : 'milliard', 'billion');
	else if (Math.abs(n) >= 1e6 && n % 1e4 === 0)
		amount = big(1e6, n / 1e6 >= 2 ? 'millions' : 'million', 'million');
	else {
		amount = formatNumber(n, lang);
		// "$2.50 a week": cents the article wrote stay two digits ("$2.5" reads as no price).
		if (style.cents) {
			const dec = lang === 'fr' ? ',' : '.';
			const at = amount.indexOf(dec);
			amount = at < 0 ? `${amount}${dec}00` : amount.padEnd(at + 3, '0');
		}
	}
	if (!sym) return amount;
	if (lang === 'en' && style.sign) return `${style.sign}${amount}`;
	// ("Sh60,000": English papers glue the shilling to the amount too.)
	if (lang === 'en' && (sym.length === 1 || cur === 'SHS')) return `${sym}${amount}`;
	if (lang === 'fr' && /million|milliard/.test(amount)) return `${amount} ${cur === 'EUR' ? "d'euros" : `de ${sym}`}`;
	return `${amount} ${sym}`;
}

const EN_IRREGULAR: Record<string, string> = {
	children: 'child', people: 'person', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', police: 'police', staff: 'staff', cattle: 'cattle', sheep: 'sheep', fish: 'fish', deer: 'deer', aircraft: 'aircraft', crew: 'crew',
	personnel: 'personnel', livestock: 'livestock', poultry: 'poultry', clergy: 'clergy', offspring: 'offspring', series: 'series', species: 'species', data: 'data', media: 'media'
};
const EN_SINGULAR_OF = new Map(Object.entries(EN_IRREGULAR));

/** The singular of an English plural without an "s", compounds too ("grand-children", "townspeople"). */
function singularOf(word: string): string | undefined {
	const w = word.toLowerCase();
	const whole = EN_SINGULAR_OF.get(w);
	if (whole) return whole;
	const tail = /^(.+?[-\s]?)(children|people)$/u.exec(w);
	return tail ? tail[1] + EN_SINGULAR_OF.get(tail[2]) : undefined;
}

/** An English noun that counts in the plural without an "s" ("people", "children", "grand-children", "cattle", "species"). */
export function pluralWithoutS(word: string): boolean {
	return singularOf(word) !== undefined;
}

export const UNIT_SYMBOL = /^(?:km|kg|mg|g|m|cm|mm|ha|l|ml|cl|mph|kph|km\/h|mw|kw|gw|kwh|mwh|gwh|twh|lb|oz|ft|yd|mi|t|bn|°c|°f)$/iu;

/** "year" → "years" for 31 in English, "partie" → "parties" for 2 in French; a plural or a symbol as the article writes it. */
export function unitFor(unit: string, n: number, lang: Lang): string {
	const single = singularOf(unit) ?? (/[a-z]men$/.test(unit) ? unit.replace(/men$/, 'man') : undefined);
	// "children" and "fishermen" are already plural: "3 children", and "1 child".
	if (lang === 'en' && single) return Math.abs(n) === 1 ? single : unit;
	// French: "une seule partie" against "2 parties"; a plural the article wrote stays as it is.
	if (lang === 'fr') {
		// Only a plain lower-case word takes the plural: not a phrase, an acronym or a symbol.
		if (Math.abs(n) < 2 || !/^\p{Ll}+$/u.test(unit) || /[sxz]$/.test(unit) || UNIT_SYMBOL.test(unit)) return unit;
		if (/(?:eau|eu)$/.test(unit)) return `${unit}x`;
		if (/al$/.test(unit) && !/^(?:bal|carnaval|festival|récital|régal|chacal)$/.test(unit)) return `${unit.slice(0, -2)}aux`;
		return `${unit}s`;
	}
	// An acronym ("GMT", "GOP") or a unit symbol ("km", "kWh") takes no plural.
	if (lang !== 'en' || Math.abs(n) === 1 || /s$/.test(unit) || /\s/.test(unit) || /^\p{Lu}+$/u.test(unit) || UNIT_SYMBOL.test(unit)) return unit;
	if (/(?:ch|sh|x)$/.test(unit)) return `${unit}es`;
	if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
	return `${unit}s`;
}

/** An English count above one written with its noun in the singular ("19 gold", "3.6 billion kwacha"). */
function writtenInvariable(fact: Fact, lang: Lang): boolean {
	const unit = fact.unit ?? '';
	if (lang !== 'en' || !/^\p{Ll}{3,}$/u.test(unit) || /s$/.test(unit) || pluralWithoutS(unit) || /men$/.test(unit)) return false;
	const text = fact.text.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
	// (One thing, not "1 million kwacha".)
	return text.toLowerCase().endsWith(` ${unit}`) && !/^(?:1|one|a|an|single)(?![\p{L}\d.,])(?![\s\u00a0\u202f]+(?:million|billion|thousand|hundred|millions|billions)(?![\p{L}]))/iu.test(text);
}

// ("two German vessels", "three Labour councillors": a capitalised adjective or party too.)
const MODIFIER_WORD = /^(?:\p{Ll}{3,}|\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,})$/u;
/** Words that scale a count ("3 millions", "des centaines"); "mille" and "cent" are counts too. */
export const NUMBER_SCALE = /^(?:millions?|milliards?|billions?|thousands?|hundreds?|mille|cents?|dozens?|douzaines?|dizaines?|centaines?|milliers?)$/iu;

/** The one or two words between a count's number and its noun ("derniers grands", "GOP"), or null. */
export function countModifiers(fact: Fact): string | null {
	if (!fact.unit) return null;
	const text = fact.text.replace(/[\s\u00a0\u202f]+/gu, ' ').trim();
	const at = text.toLowerCase().lastIndexOf(fact.unit.toLowerCase());
	if (at <= 0) return null;
	const middle = text.slice(0, at).trim().split(' ').slice(1);
	// ("trente quatre cas": the second number word, the hyphen lost, is part of the number, not a modifier.)
	if (!middle.length || middle.length > 2 || !middle.every((w) => MODIFIER_WORD.test(w) && !NUMBER_SCALE.test(w) && parseNumber(w, 'fr') === null && parseNumber(w, 'en') === null)) return null;
	return middle.join(' ');
}

/** The value of a fact as a person reads it, in the article's language; `digits` writes a count in digits whatever the text does. */
export function formatFactValue(fact: Fact, lang: Lang, digits = false): string {
	switch (fact.type) {
		case 'date':
			return formatDate(fact.value, lang);
		case 'duration':
			return formatDuration(fact.value, lang, fact.unit);
		case 'ordinal': {
			const n = Number(fact.value);
			if (!Number.isFinite(n)) return fact.value;
			// "12th century" in the text: its options in digits too, never "twelfth" beside "13th".
			return formatOrdinal(n, lang, /premi[eè]re|\b1(?:re|ère)\b/i.test(fact.text), /^\d/u.test(fact.text.trim()));
		}
		case 'quantity': {
			const n = Number(fact.value);
			if (!Number.isFinite(n)) return fact.value;
			const shown = digits ? formatNumber(n, lang) : shownCount(n, fact, lang);
			if (!fact.unit) return shown;
			// "les cinq derniers grands championnats", "three GOP members": the words between the number
			// and its noun stay, or an option does not fill the blank the text's words left.
			const modifiers = countModifiers(fact);
			// "19 gold, 12 silver", "3.6 billion kwacha": a noun the article leaves singular after a
			// count above one is invariable, in every option too ("17 gold", not "17 golds").
			const noun = writtenInvariable(fact, lang) ? fact.unit : unitFor(fact.unit, n, lang);
			// "12 years old": the age's "old" stays with it ("when she was only _____" → "12 years old").
			const old = lang === 'en' && fact.role === 'age' && /(?:^|\s)years?[\s\u00a0\u202f]+old$/iu.test(fact.text.trim()) ? ' old' : '';
			const unit = (modifiers ? `${modifiers} ${noun}` : noun) + old;
			// "110 millions d’années": a French "million" takes "de" before its noun.
			// ("3 millions de Français": a count of a named group keeps the "de" it has already.)
			if (lang === 'fr' && /(?:millions?|milliards?)$/.test(shown)) return `${shown} ${/^(?:de[\s\u00a0]|d['’])/u.test(unit) ? unit : ofFrench(unit)}`;
			return `${shown} ${unit}`;
		}
		case 'money':
			return formatMoney(fact.value, lang, moneyStyleOf(fact.text));
		case 'percent': {
			const n = Number(fact.value);
			if (!Number.isFinite(n)) return fact.value;
			return lang === 'fr' ? `${formatNumber(n, lang)} %` : `${formatNumber(n, lang)}%`;
		}
		case 'negation':
			return lang === 'fr' ? 'Faux' : 'False';
		default:
			return fact.value;
	}
}

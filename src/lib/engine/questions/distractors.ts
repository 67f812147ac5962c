// Wrong options of the same kind as the answer: dates near the true one at the same precision,
// numbers of the same magnitude and unit, people, places of the same kind, organisations.
// Deterministic: every choice is driven by a seed derived from the fact id.
import { distance } from 'fastest-levenshtein';
import { nameGender, type Gender } from './gender';
import { containsWords, inOrder, normalizeText } from '../text/normalize';
import {
	datePrecisionOf,
	formatDate,
	formatFactValue,
	isoFromDuration,
	isoFromParts,
	parseIsoDate,
	parseIsoDuration,
	pluralWithoutS,
	type DateParts
} from '../text/format';
import { addDays, addMonths, fmtWeek, isoWeekMonday } from '../text/calendar';
import { citiesBeside, isFirstName, isOrgHead, lookupPlace } from '../extract/gazetteer';
import { ACRONYM } from '../extract/names';
import { ROUND_COUNT, roundCount } from '../text/numbers';
import { ALIAS_CUE, LINEAGE_PARTICLES, TIME_ZONES } from '../text/lexicon';
import type { Fact, Lang } from '../types';
import { hashString, seededRandom } from '../../seeded-random';

export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
	const out = items.slice();
	const rnd = seededRandom(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(rnd() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** One option: its normalised value and how it is shown. */
export interface Option {
	value: string;
	label: string;
}

// Well-known fallbacks when the article has too few items of the kind (never for a city: its own
// country's towns, GOVERNMENT_CAPITALS for a capital that acts). Both spellings are kept per
// language because French and English write many of these names differently.
const COUNTRIES: Record<Lang, string[]> = {
	fr: ['France', 'Allemagne', 'Chine', 'États-Unis', 'Royaume-Uni', 'Turquie', 'Inde', 'Brésil', 'Italie', 'Espagne', 'Japon', 'Iran', 'Russie', 'Ukraine', 'Syrie', 'Corée du Nord', 'Israël', 'Égypte', 'Pologne', 'Canada'],
	en: ['France', 'Germany', 'China', 'United States', 'United Kingdom', 'Turkey', 'India', 'Brazil', 'Italy', 'Spain', 'Japan', 'Iran', 'Russia', 'Ukraine', 'Syria', 'North Korea', 'Israel', 'Egypt', 'Poland', 'Canada']
};
const REGIONS: Record<Lang, string[]> = {
	fr: ['Caucase du Sud', 'Moyen-Orient', 'Balkans', 'Sahel', 'Asie centrale', 'Europe de l’Est', 'Maghreb', 'Golfe Persique'],
	en: ['South Caucasus', 'Middle East', 'Balkans', 'Sahel', 'Central Asia', 'Eastern Europe', 'Maghreb', 'Persian Gulf']
};
const PEOPLE: Record<Lang, string[]> = {
	fr: ['Emmanuel Macron', 'Joe Biden', 'Donald Trump', 'Xi Jinping', 'Olaf Scholz', 'Volodymyr Zelensky', 'Recep Tayyip Erdogan', 'Narendra Modi', 'Vladimir Poutine', 'Ursula von der Leyen'],
	en: ['Emmanuel Macron', 'Joe Biden', 'Donald Trump', 'Xi Jinping', 'Olaf Scholz', 'Volodymyr Zelensky', 'Recep Tayyip Erdogan', 'Narendra Modi', 'Vladimir Putin', 'Ursula von der Leyen']
};
// Country → capital, both languages: the cities an article's countries suggest are the most
// plausible wrong answers for a city ("Téhéran" for "Moscou" in an article on Russia and Iran).
const CAPITALS: [string, string, string, string][] = [
	['Russie', 'Moscou', 'Russia', 'Moscow'], ['Iran', 'Téhéran', 'Iran', 'Tehran'],
	['Corée du Nord', 'Pyongyang', 'North Korea', 'Pyongyang'], ['Ukraine', 'Kiev', 'Ukraine', 'Kyiv'],
	['Syrie', 'Damas', 'Syria', 'Damascus'], ['Liban', 'Beyrouth', 'Lebanon', 'Beirut'],
	['États-Unis', 'Washington', 'United States', 'Washington'], ['France', 'Paris', 'France', 'Paris'],
	['Royaume-Uni', 'Londres', 'United Kingdom', 'London'], ['Allemagne', 'Berlin', 'Germany', 'Berlin'],
	['Chine', 'Pékin', 'China', 'Beijing'], ['Japon', 'Tokyo', 'Japan', 'Tokyo'],
	['Turquie', 'Ankara', 'Turkey', 'Ankara'], ['Israël', 'Jérusalem', 'Israel', 'Jerusalem'],
	['Égypte', 'Le Caire', 'Egypt', 'Cairo'], ['Irak', 'Bagdad', 'Iraq', 'Baghdad'],
	['Arabie saoudite', 'Riyad', 'Saudi Arabia', 'Riyadh'], ['Italie', 'Rome', 'Italy', 'Rome'],
	['Espagne', 'Madrid', 'Spain', 'Madrid'], ['Pologne', 'Varsovie', 'Poland', 'Warsaw'],
	['Belgique', 'Bruxelles', 'Belgium', 'Brussels'], ['Inde', 'New Delhi', 'India', 'New Delhi'],
	['Corée du Sud', 'Séoul', 'South Korea', 'Seoul'], ['Biélorussie', 'Minsk', 'Belarus', 'Minsk'],
	['Afghanistan', 'Kaboul', 'Afghanistan', 'Kabul'], ['Canada', 'Ottawa', 'Canada', 'Ottawa'],
	['Brésil', 'Brasilia', 'Brazil', 'Brasília'], ['Mexique', 'Mexico', 'Mexico', 'Mexico City'],
	['Algérie', 'Alger', 'Algeria', 'Algiers'], ['Maroc', 'Rabat', 'Morocco', 'Rabat']
];

/** Capitals of the countries named among `places` (and countries of the cities named), in the language. */
const CAPITAL_KEYS = CAPITALS.map((row) => row.map((n) => normalizeText(n)));

function relatedPlaces(places: string[], kind: 'city' | 'country', lang: Lang): string[] {
	const keys = new Set(places.map(normalizeText));
	const out: string[] = [];
	for (let r = 0; r < CAPITALS.length; r++) {
		const [cFr, capFr, cEn, capEn] = CAPITALS[r];
		const hit = CAPITAL_KEYS[r].some((n) => keys.has(n));
		if (!hit) continue;
		if (kind === 'city') out.push(lang === 'fr' ? capFr : capEn);
		else out.push(lang === 'fr' ? cFr : cEn);
	}
	return out;
}

const NEWS_AGENCIES = ['Reuters', 'Associated Press', 'Agence France-Presse', 'TASS', 'IRNA', 'Xinhua', 'Anadolu'];
// Agencies as articles name them, acronyms included (never offered, only recognised).
const AGENCY_KEYS: ReadonlySet<string> = new Set([...NEWS_AGENCIES, 'AFP', 'AP', 'PNA', 'PTI', 'ANI', 'UPI', 'Belga', 'ATS', 'dpa', 'EFE', 'ANSA'].map(normalizeText));

/** Whether a name is a news agency's ("AFP", "Reuters"). */
export function isNewsAgency(name: string): boolean {
	return AGENCY_KEYS.has(normalizeText(name));
}

function lastName(s: string): string {
	const w = normalizeText(s).split(' ');
	return w[w.length - 1] ?? '';
}

/** "Mistley" against "Mistley Village Hall": one name inside the other, as whole words (names only: no digits). */
function nested(a: string, b: string): boolean {
	if (!a || !b || /\d/.test(a) || /\d/.test(b) || a === b) return false;
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	return ` ${long} `.includes(` ${short} `);
}

/**
 * One name of two or more words inside the other with a complement added in one run ("tribunal
 * correctionnel de lausanne" in "tribunal correctionnel de l arrondissement de lausanne"); an
 * adjective added makes another body ("tribunal penal federal" beside "tribunal federal").
 */
function wordsWithin(a: string, b: string): boolean {
	if (!a || !b || /\d/.test(a) || /\d/.test(b) || a === b) return false;
	const [short, long] = a.length < b.length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
	if (short.length < 2 || long.length <= short.length) return false;
	// The shorter is the longer with one run of words taken out, the run opening on a particle.
	const added = long.length - short.length;
	for (let at = 1; at + added <= long.length; at++) {
		if (!COMPLEMENT_OPENER.has(long[at])) continue;
		if (long.slice(0, at).join(' ') === short.slice(0, at).join(' ') && long.slice(at + added).join(' ') === short.slice(at).join(' ')) return true;
	}
	return false;
}
const COMPLEMENT_OPENER = new Set(['de', 'du', 'des', 'd', 'l', 'of', 'for']);

/**
 * One person's name and a longer form of it: the same first word, and the shorter one's words all in
 * the longer in order ("Hugo Chavez", "Hugo Rafael Chavez Frias"). For people only: "Supreme Court" and
 * "Supreme Administrative Court" are two bodies.
 */
function shorterNameOf(a: string, b: string): boolean {
	const words = (s: string) => normalizeText(s).split(' ');
	const [x, y] = [words(a), words(b)];
	const [short, long] = x.length < y.length ? [x, y] : [y, x];
	return short.length >= 2 && short.length < long.length && short[0] === long[0] && inOrder(short, long);
}

/** Whether one of two names is a single word of the other ("thames" and "river thames"); not numbers. */
function oneWordOf(a: string, b: string): boolean {
	if (/\d/.test(a) || /\d/.test(b) || a === b) return false;
	const [short, long] = a.length < b.length ? [a, b] : [b, a];
	return !short.includes(' ') && short.length >= 3 && long.split(' ').includes(short);
}

/**
 * Picks `count` options from candidate lists in priority order (earlier lists first, each list
 * in a seeded order), skipping anything equal to the answer or to an option already taken, and any
 * option `oneOf` says is one of those again.
 */
function pick(answer: Option, lists: Option[][], count: number, seed: number, sameKey = normalizeText, oneOf?: (a: string, b: string) => boolean): Option[] {
	const taken = new Set([sameKey(answer.value), sameKey(answer.label)]);
	const answerKey = normalizeText(answer.label);
	// The names of several words among the answer and the candidates, read when a bare head comes up.
	let longer: string[][] | null = null;
	const inLonger = (word: string) => (longer ??= [answer, ...lists.flat()].map((o) => normalizeText(o.label).split(' ')).filter((w) => w.length > 1)).some((w) => w.includes(word));
	const out: Option[] = [];
	// The answer's and the options' normalised labels, read by every check below.
	const shown = [answerKey];
	lists.forEach((list, i) => {
		for (const o of seededShuffle(list, seed + i)) {
			if (out.length >= count) return;
			const k1 = sameKey(o.value);
			const k2 = sameKey(o.label);
			if (!k1 || taken.has(k1) || taken.has(k2)) continue;
			// A part of the answer's name, or a longer name holding it, is the answer half-said; two
			// options one of which holds the other are one option twice.
			const key = normalizeText(o.label);
			// ("The Safer Seas Service" beside "Safer Seas Service": two options, one inside the other; what
			// the caller says is one thing twice, too.)
			if (shown.some((t) => nested(key, t) || wordsWithin(key, t)) || (oneOf && [answer, ...out].some((t) => oneOf(o.label, t.label)))) continue;
			// "Hospital" out of "St. Thomas's Hospital": a bare head that is a word of a longer name of the
			// article is a fragment of it, no option ("Confédération" alone names a body).
			if (/^\p{Lu}\p{Ll}+$/u.test(o.label) && isOrgHead(o.label) && inLonger(key)) continue;
			// "Thames" beside "River Thames": a name and the same name with its noun are one option twice.
			if (shown.some((t) => oneWordOf(key, t))) continue;
			// "Thongping" beside "Thongpiny": one name spelt two ways (a typo of the source) is one option
			// twice; two places the gazetteer knows are two ("Gambia" and "Zambia").
			if (!/\d/.test(key) && [answer, ...out].some((t) => !/\d/.test(t.label) && sameSpelling(o.label, t.label) && !(lookupPlace(o.label) && lookupPlace(t.label)))) continue;
			// "CHU" beside "centre hospitalier universitaire": a name and its initials are one option twice.
			if ([answer, ...out].some((t) => acronymOf(o.label, t.label) || acronymOf(t.label, o.label))) continue;
			taken.add(k1);
			taken.add(k2);
			out.push(o);
			shown.push(key);
		}
	});
	return out;
}

// ---------------------------------------------------------------- dates

function shiftMonth(p: DateParts, delta: number): DateParts {
	const { y, m } = addMonths(p.year, p.month ?? 1, delta);
	return { ...p, year: y, month: m };
}

const SEASON_ORDER = ['spring', 'summer', 'autumn', 'winter'];

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Dates near `value` at its precision, the closest first. */
export function nearbyDates(value: string, seed: number, sameYear = false): string[][] {
	const p = parseIsoDate(value);
	if (!p) return [];
	if (p.decade) {
		const decade = (n: number) => isoFromParts({ ...p, year: p.year + 10 * n });
		return [[-1, 1, -2].map(decade), [2, -3].map(decade)];
	}
	if (p.week !== undefined) {
		const monday = isoWeekMonday(p.year, p.week);
		const week = (n: number) => fmtWeek(addDays(monday, 7 * n));
		return [[-1, 1, -2, 2].map(week), [-4, 4, -52].map(week)];
	}
	if (p.season) {
		const i = SEASON_ORDER.indexOf(p.season);
		const other = SEASON_ORDER.filter((_, j) => j !== i).map((s) => isoFromParts({ year: p.year, season: s }));
		// (The same season other years in reserve: after "au" only "printemps" fits.)
		return [other, [-1, 1, -2].map((n) => isoFromParts({ ...p, year: p.year + n }))];
	}
	if (p.month === undefined)
		return [[p.year - 1, p.year + 1, p.year - 2].map(String), [p.year + 2, p.year - 3, p.year - 5].map(String)];
	if (p.day === undefined)
		return [
			[shiftMonth(p, -1), shiftMonth(p, 1), shiftMonth(p, -2), shiftMonth(p, 2)].map(isoFromParts),
			[shiftMonth(p, -12), shiftMonth(p, 12), shiftMonth(p, -3)].map(isoFromParts)
		];
	// Day: same day another month or year, or another day of the same month.
	const max = daysIn(p.year, p.month);
	const otherDay = [7, -7, 3, -3, 10, -10]
		.map((d) => p.day! + d)
		.filter((d) => d >= 1 && d <= max);
	const rnd = seededRandom(seed);
	const day = otherDay.length ? otherDay[Math.floor(rnd() * otherDay.length)] : p.day;
	const fitDay = (q: DateParts) => ({ ...q, day: Math.min(p.day!, daysIn(q.year, q.month!)) });
	// Without the year in the text, the reserve is other days of the month, not the same day a year off.
	const reserve = sameYear ? otherDay.filter((d) => d !== day).map((d) => ({ ...p, day: d })) : [fitDay(shiftMonth(p, -12)), fitDay(shiftMonth(p, 12))];
	return [[fitDay(shiftMonth(p, 1)), fitDay(shiftMonth(p, -1)), { ...p, day }].map(isoFromParts), reserve.map(isoFromParts)];
}

/** Same precision ("2025-01-17" and other days, "2024-12" and other months) ⇔ same key. */
function precisionKey(value: string): string {
	return datePrecisionOf(value) ?? '';
}

// The article's dates by precision, once per list (each date fact used to reparse them all).
const datesByPrecision = new WeakMap<readonly string[], Map<string, string[]>>();

function datesLike(dates: readonly string[], value: string): string[] {
	let byKey = datesByPrecision.get(dates);
	if (!byKey) {
		byKey = new Map();
		for (const d of dates) {
			const k = precisionKey(d);
			if (!k) continue;
			const list = byKey.get(k);
			if (list) list.push(d);
			else byKey.set(k, [d]);
		}
		datesByPrecision.set(dates, byKey);
	}
	const k = precisionKey(value);
	return k ? (byKey.get(k) ?? []) : [];
}

/**
 * `cycle`: the answer is the year of an event held every `cycle` years ("les Jeux de 2008"): the
 * options are other editions (2004, 2012), never a year with no Games.
 */
export function dateDistractors(value: string, lang: Lang, articleDates: string[], seed: number, count = 3, cycle = 1, notAfter?: string, sameYear = false, weekly = false): Option[] {
	const answer = { value, label: formatDate(value, lang) };
	// "Samedi dernier" read on 8 May: 4 June had not happened yet, so it is no option.
	const possible = (v: string) => !notAfter || !/^\d{4}(?:-\d{2}){0,2}$/.test(v) || v <= notAfter.slice(0, v.length);
	const toOpt = (v: string) => ({ value: v, label: formatDate(v, lang) });
	const year = parseIsoDate(value)?.year;
	if (cycle > 1 && year !== undefined && /^\d{4}$/.test(value)) {
		// The nearest editions, and two more in reserve for an edition the prompt already names.
		const editions = [-1, 1, -2, 2, -3].map((k) => toOpt(String(year + k * cycle)));
		return pick(answer, [editions.slice(0, 3), editions.slice(3)], count + 2, seed);
	}
	const p = parseIsoDate(value);
	// "mardi 23 mars": the weekday stays in the stem, so every option is a Tuesday (a week or two off).
	const day = weekly && p?.day !== undefined && p.month !== undefined ? { y: p.year, m: p.month, d: p.day } : null;
	const weekdayOf = (v: string) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T12:00:00Z`).getUTCDay() : -1);
	const weeks = (ks: number[]) => ks.map((k) => addDays(day!, 7 * k)).map((x) => isoFromParts({ year: x.y, month: x.m, day: x.d }));
	const [near, far] = day ? [weeks([-1, 1, -2, 2]), weeks([-3, 3, -4])] : nearbyDates(value, seed, sameYear);
	// One date of the article (a plausible confusion), then the nearest neighbours. A date decades
	// away ("7 novembre 1867", her birth, among days of November 1911) is the odd one out.
	const span = parseIsoDate(value)?.decade ? 30 : 5;
	const close = datesLike(articleDates, value).filter((d) => (year === undefined || (sameYear ? parseIsoDate(d)?.year === year : Math.abs((parseIsoDate(d)?.year ?? year) - year) <= span)) && (!day || weekdayOf(d) === weekdayOf(value)));
	const fromArticle = pick(answer, [close.filter(possible).map(toOpt)], 1, seed);
	// When later days are ruled out, earlier days of the same weeks stand in for them.
	const earlier =
		notAfter && !day && p?.day !== undefined && p.month !== undefined
			? [-7, -3, -14, -10].map((n) => {
					const x = addDays({ y: p.year, m: p.month!, d: p.day! }, n);
					return isoFromParts({ year: x.y, month: x.m, day: x.d });
				})
			: [];
	const rest = pick(
		answer,
		[(near ?? []).filter(possible).map(toOpt), (far ?? []).filter(possible).map(toOpt), earlier.map(toOpt)],
		count,
		seed,
		(s) => (/^\d/.test(s) ? s : normalizeText(s))
	).filter((o) => !fromArticle.some((a) => a.value === o.value));
	return [...fromArticle, ...rest].slice(0, count);
}

// ---------------------------------------------------------------- numbers

const RACE_DISTANCES = [50, 100, 200, 400, 800, 1500, 3000, 5000, 10000];

// "une vingtaine de prévenus": a count French gives as a round word is offered in round words
// ("une dizaine", "une trentaine"), never as the exact "20 prévenus" the text does not say.
const ROUND_OPTIONS = ['dizaine', 'vingtaine', 'trentaine', 'quarantaine', 'cinquantaine', 'soixantaine', 'centaine'];

/** The answer and three options in round words, when the fact is said with one; null otherwise. */
export function roundCountOptions(fact: Pick<Fact, 'text'>): { answer: Option; options: Option[] } | null {
	const r = roundCount(fact.text);
	if (!r) return null;
	const { word } = r;
	const n = ROUND_COUNT[word];
	const phrase = (w: string) => `une ${w} ${r.de}${r.noun}`;
	const options = ROUND_OPTIONS.filter((w) => w !== word)
		.sort((a, b) => Math.abs(ROUND_COUNT[a] - n) - Math.abs(ROUND_COUNT[b] - n) || ROUND_COUNT[a] - ROUND_COUNT[b])
		.slice(0, 3)
		.map((w) => ({ value: String(ROUND_COUNT[w]), label: phrase(w) }));
	return { answer: { value: String(n), label: phrase(word) }, options };
}

/** The round step (1, 2 or 5 times a power of ten) nearest to x on a log scale. */
function niceStep(x: number): number {
	const p = Math.pow(10, Math.floor(Math.log10(x)));
	return [1, 2, 5, 10].map((k) => k * p).reduce((best, c) => (Math.abs(Math.log(c / x)) < Math.abs(Math.log(best / x)) ? c : best));
}

/** Round numbers of the same magnitude: 20 → 10, 15, 25, 30; 4 → 2, 3, 5, 6. */
export function nearbyNumbers(n: number): number[] {
	if (!Number.isFinite(n)) return [];
	if (Number.isInteger(n) && Math.abs(n) <= 6) return [n - 1, n + 1, n + 2, n - 2, n + 3].filter((x) => x >= 1 || n <= 0);
	const mag = Math.pow(10, Math.floor(Math.log10(Math.abs(n))));
	// Options keep the answer's precision: 0.6 → 0.5, 0.7, never 0.55 or 0.65.
	const decimals = (String(n).split('.')[1] ?? '').length;
	// Steps of about a fifth of the answer, never more than half its order of magnitude: 110° gets
	// 90° and 130°, not 10° and 210°; 12 months gets 10 and 14, not 2 and 17.
	const step = Number.isInteger(n) && Math.abs(n) < 10 ? 1 : Math.max(Math.min(mag / 2, niceStep(Math.abs(n) / 5)), decimals ? Math.pow(10, -decimals) : 0);
	const nice = (x: number) => (Number.isInteger(n) ? Math.round(x) : Math.round(x * 100) / 100);
	const out = [n - step, n + step, n + 2 * step, n - 2 * step, n * 2, n / 2]
		.map(nice)
		.filter((x) => x > 0 && x !== n);
	return [...new Set(out)];
}

// Series with a fixed number of parts: a year has four quarters and two halves, a match two
// halves ("la cinquième mi-temps", "the sixth quarter" are no options).
const SERIES_MAX: Record<string, number> = {
	quarter: 4,
	trimestre: 4,
	'quart-temps': 4,
	half: 2,
	'mi-temps': 2,
	semester: 2,
	semestre: 2,
	// "la première marche du podium": a podium has three steps.
	marche: 3
};

// "deux tiers des sénateurs", "three quarters": a fraction counts fewer parts than make the whole.
const FRACTION_PARTS: Record<string, number> = { tier: 3, tiers: 3, third: 3, thirds: 3, quart: 4, quarts: 4, quarter: 4, quarters: 4, cinquième: 5, cinquièmes: 5, fifth: 5, fifths: 5, dixième: 10, dixièmes: 10, tenth: 10, tenths: 10 };

function seriesMax(fact: Fact): number | undefined {
	if (fact.type === 'quantity' && fact.unit && FRACTION_PARTS[fact.unit.toLowerCase()]) return FRACTION_PARTS[fact.unit.toLowerCase()] - 1;
	if (fact.type !== 'ordinal' || !fact.unit) return undefined;
	const unit = fact.unit.toLowerCase().replace(/(?<=[a-z])s$/u, '');
	return SERIES_MAX[unit] ?? (unit === 'halve' ? 2 : undefined);
}

const SUPERLATIVE_AFTER = /^[\p{L}\d-]+[\s\u00a0]+(?:biggest|largest|highest|lowest|smallest|greatest|most|least|best|worst|oldest|youngest|richest|poorest|longest|shortest|busiest|fastest|strongest)(?![\p{L}])/iu;

/** Options for a number; `max` is a whole the sentence gives ("11 médailles sur 14"). */
export function numberDistractors(fact: Fact, lang: Lang, seed: number, count = 3, max?: number, range?: Range, rough = false): Option[] {
	// Another amount in the fact's own value format, labelled as the answer is.
	let n: number;
	let valueOf: (x: number) => string;
	if (fact.type === 'duration') {
		const d = parseIsoDuration(fact.value);
		if (!d) return [];
		n = d.amount;
		valueOf = (x) => isoFromDuration({ amount: x, unit: d.unit });
	} else {
		const [amount, cur] = fact.type === 'money' ? fact.value.split(' ') : [fact.value];
		n = Number(amount);
		valueOf = (x) => (cur ? `${x} ${cur}` : String(x));
	}
	if (!Number.isFinite(n)) return [];
	// "1 spécimens", "0 children": a plural unit takes a plural count.
	const pluralUnit = !!fact.unit && n > 1 && (/[sx]$/iu.test(fact.unit) || pluralWithoutS(fact.unit));
	// A century past the twenty-first has not happened.
	const century = fact.type === 'ordinal' && /^(?:century|centuries|siècles?)$/iu.test(fact.unit ?? '');
	// Centuries are close neighbours: "the twelfth century" against the eleventh and thirteenth, not the second.
	// An age is a few years off, never half or twice it ("un jeune homme de 11 ans" for 21).
	const age = fact.role === 'age' && Number.isInteger(n) && n > 6;
	// "the 800 m freestyle", "le 100 m haies": a race is run over set distances (45 m, 55 m, 140 m are none).
	const race = /^(?:m|metres|meters|mètres)$/iu.test(fact.unit ?? '') && RACE_DISTANCES.includes(n);
	const round = century
		? [n - 1, n + 1, n - 2, n + 2, n + 3].filter((x) => x >= 1)
		: age
			? [n - 2, n + 3, n + 5, n - 4, n + 7].filter((x) => x > 0)
			: race
				? RACE_DISTANCES.filter((x) => x !== n).sort((a, b) => Math.abs(Math.log(a / n)) - Math.abs(Math.log(b / n)) || a - b)
				: nearbyNumbers(n);
	// A series has so many parts, a count is part of its whole: no option above; when few round
	// neighbours are left under it, the counts just around the answer.
	const limit = Math.min(seriesMax(fact) ?? Infinity, max ?? Infinity);
	const near = limit === Infinity ? round : [...new Set([...round, n - 1, n + 1, n - 2, n + 2, n - 3, n + 3])].filter((x) => x >= 1 && x <= limit);
	// "a baissé à 7,1 %, contre 7,4 %": a fall leaves no option at or above the figure it fell from;
	// the neighbours left, then steps of about 7 % of the answer in its own precision (6,6 %, 6,1 %).
	let inRange = near;
	if (range) {
		const fits = (x: number) => x > 0 && x / n > 0.6 && x / n < 1.6 && (range.above === undefined || x > range.above) && (range.below === undefined || x < range.below);
		const decimals = String(n).split('.')[1]?.length ?? 0;
		// The answer's own precision: "54 milliards" (54e9) steps by whole billions, not to "50,22
		// milliards"; a round 1,000 by hundreds (a step of a thousand leaves no option in range).
		const unit = decimals ? 10 ** -decimals : Math.min(10 ** (/0+$/u.exec(String(n))?.[0].length ?? 0), Math.max(1, 10 ** (Math.floor(Math.log10(n)) - 1)));
		const d = Math.max(unit, Math.round((n * 0.07) / (unit * 5)) * unit * 5 || unit);
		const steps = [1, 2, 3, 4].flatMap((k) => [n - k * d, n + k * d]).map((x) => Number(x.toFixed(decimals)));
		inRange = [...new Set([...near.filter(fits), ...steps.filter(fits)])];
	}
	// "premier attaque": French "premier/première" agrees with a noun the options cannot know; "the
	// third biggest party": "first biggest" is no English (the biggest is first).
	const noFirst = fact.type === 'ordinal' && ((lang === 'fr' && !!fact.unit) || SUPERLATIVE_AFTER.test(fact.text));
	const opts = inRange
		// (A share above 100 % — debt to GDP at 112 % — has options above it too.)
		.filter((x) => fact.type !== 'percent' || x <= 100 || n > 100)
		.filter((x) => !(x === 1 && noFirst))
		.filter((x) => !century || x <= 21)
		.filter((x) => !pluralUnit || x > 1)
		// (Said roughly, the answer has no option a twentieth away: "environ 9" against "9,5".)
		.filter((x) => !rough || n === 0 || Math.abs(x - n) / Math.abs(n) >= 0.06)
		.map((x) => {
			const value = valueOf(x);
			return { value, label: formatFactValue({ ...fact, value }, lang) };
		});
	return pick({ value: fact.value, label: formatFactValue(fact, lang) }, [opts.slice(0, 4), opts.slice(4)], count, seed, (s) => s);
}

// ---------------------------------------------------------------- names

/**
 * What the name distractors need from an article's facts, computed once per facts array (each
 * fact asked about used to rescan every fact: quadratic on a long article).
 */
interface NamePool {
	/** Distinct person and quote values, in order, with their folded surname. */
	people: { value: string; last: string; words: number }[];
	/** Folded roles given to each value, by any fact. */
	rolesByValue: Map<string, Set<string>>;
	placesByKind: Map<string, string[]>;
	placeValues: string[];
	related: Map<string, string[]>;
	orgs: { value: string; roleKey: string }[];
}

const pools = new WeakMap<readonly Fact[], NamePool>();

const NAME_PARTICLE = new RegExp(`^(?:de|du|des|d['’]|la|le|van|von|der|den|da|di|del|della|dos|das|al|el|ben|y|of|${LINEAGE_PARTICLES.join('|')})$`);
const PARTICLE_GLUED = new RegExp(`^(?:al|el|ben|abu|abou|da|di|de|van|von|${LINEAGE_PARTICLES.join('|')})-\\p{Lu}`, 'u');
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.]*)(?:-\p{Lu}[\p{L}\p{M}'’.]*)*$/u;

function readsAsName(value: string): boolean {
	const words = value.trim().split(/\s+/u);
	return (
		words.length >= 2 &&
		words.length <= 5 &&
		words.every((w) => NAME_PARTICLE.test(w) || PARTICLE_GLUED.test(w) || (NAME_WORD.test(w) && !/^\p{Lu}{4,}$/u.test(w))) &&
		// "Martin Hayes’ Marble City Sessions" (a series named after him), "MVP James Malatesta" (a title
		// glued on), "Malacological Bulletin" (a journal): no person's name as an option.
		!words.slice(0, -1).some((w) => /['’]s?$/u.test(w)) &&
		!/^\p{Lu}{2,}$/u.test(words[0]) &&
		!PUBLICATION.test(value)
	);
}

/** Whether `short` is the initials of `long` ("UA" of "Union africaine", "ONS" of "Office for National Statistics"). */
function acronymOf(short: string, long: string): boolean {
	if (!/^\p{Lu}{2,6}$/u.test(short)) return false;
	const initials = long
		.split(/[\s\u00a0'’-]+/u)
		.filter((w) => w && !/^(?:of|for|the|and|de|du|des|la|le|les|et|l|d)$/i.test(w))
		.map((w) => w[0].toUpperCase())
		.join('');
	return initials === short || initials.startsWith(short);
}

/** Two spellings or orders of one name: a shared long word, or a few letters apart. */
function sameName(a: string, b: string): boolean {
	const wa = normalizeText(a).split(' ').filter((w) => w.length >= 4);
	const wb = new Set(normalizeText(b).split(' ').filter((w) => w.length >= 4));
	if (wa.some((w) => wb.has(w))) return true;
	return distance(normalizeText(a), normalizeText(b)) <= 3;
}

/** Two spellings of one name: one or two letters apart in a name of six letters or more. */
function sameSpelling(a: string, b: string): boolean {
	const x = normalizeText(a);
	const y = normalizeText(b);
	return x === y || (Math.min(x.length, y.length) >= 6 && distance(x, y) <= 2);
}

function poolOf(facts: readonly Fact[]): NamePool {
	let pool = pools.get(facts);
	if (pool) return pool;
	const people = new Map<string, { value: string; last: string; words: number }>();
	const rolesByValue = new Map<string, Set<string>>();
	const placesByKind = new Map<string, string[]>();
	const placeSeen = new Set<string>();
	const placeValues: string[] = [];
	const orgs: { value: string; roleKey: string }[] = [];
	// "Alain" read as a place is the first name of someone the article names: no option for a place.
	const personWords = new Set<string>();
	for (const f of facts) if (f.type === 'person' || f.type === 'quote') for (const w of normalizeText(f.value).split(' ')) personWords.add(w);
	for (const f of facts) {
		if (f.role) {
			let set = rolesByValue.get(f.value);
			if (!set) rolesByValue.set(f.value, (set = new Set()));
			set.add(normalizeText(f.role));
		}
		// Only names that read as names are wrong options for a person ("Orange Prize-winning",
		// "Monsoon Session" are not), and only organisations found with some certainty.
		if ((f.type === 'person' || f.type === 'quote') && !people.has(f.value) && readsAsName(f.value) && (f.confidence ?? 0.8) >= 0.7)
			people.set(f.value, { value: f.value, last: lastName(f.value), words: f.value.trim().split(/\s+/).length });
		else if (f.type === 'place') {
			placeValues.push(f.value);
			const kind = f.placeKind ?? 'other';
			const k = `${kind}|${f.value}`;
			const oneWord = !/[\s\u00a0-]/u.test(f.value.trim());
			const aName = oneWord && !lookupPlace(f.value) && (personWords.has(normalizeText(f.value)) || isFirstName(f.value));
			if (!placeSeen.has(k) && !aName) {
				placeSeen.add(k);
				const list = placesByKind.get(kind);
				if (list) list.push(f.value);
				else placesByKind.set(kind, [f.value]);
			}
		} else if (f.type === 'organisation' && (f.confidence ?? 0.8) >= 0.6 && !/^\p{Lu}\p{Ll}{1,4}$/u.test(f.value) && !TIME_ZONES.has(f.value))
			orgs.push({ value: f.value, roleKey: f.role ? normalizeText(f.role) : '' });
	}
	pool = { people: [...people.values()], rolesByValue, placesByKind, placeValues, related: new Map(), orgs };
	pools.set(facts, pool);
	return pool;
}


/** Whether everyone knows who this is (a head of state or government of the curated list). */
export function isFamous(name: string): boolean {
	const key = lastName(name);
	return [...PEOPLE.fr, ...PEOPLE.en, ...FAMOUS_EXTRA].some((p) => lastName(p) === key && normalizeText(p).split(' ')[0] === normalizeText(name).split(' ')[0]);
}
const FAMOUS_EXTRA = ['Barack Obama', 'Elon Musk', 'Rishi Sunak', 'Boris Johnson', 'Angela Merkel', 'Nicolas Sarkozy', 'François Hollande', 'Kamala Harris', 'JD Vance', 'Joe Biden', 'Donald Trump'];


const LEADER_ROLE = /^(?:(?:vice|former|ancien|ancienne)\s+)?(?:president|presidente|prime minister|premier ministre|chancellor|chanceliere|chancelier|king|queen|roi|reine|emperor|empereur)\b/u;

// Posts of one trade under different names: a film director is an option for a filmmaker.
const ROLE_FAMILY = new Map(
	[
		['cinéaste', 'réalisateur', 'réalisatrice', 'filmmaker', 'director'],
		['écrivain', 'écrivaine', 'romancier', 'romancière', 'auteur', 'autrice', 'author', 'writer', 'novelist'],
		['chanteur', 'chanteuse', 'singer', 'vocalist'],
		['acteur', 'actrice', 'comédien', 'comédienne', 'actor', 'actress']
	].flatMap((family) => family.map((w) => [normalizeText(w), normalizeText(family[0])] as const))
);

// Words between two names of one person: "Cheikh Ahmadou Bamba dit Serigne Touba", "Michael Osei,
// known as Kofi Blaze", "X, alias Y", "X (de son vrai nom Y)".
// ("dit" in French between two names only: "« … », dit Paul Roy" speaks.)
const ALIAS_GAP = new RegExp(`^[\\s\\u00a0\\u202f,(]*(?:dit|dite|${ALIAS_CUE})[\\s\\u00a0\\u202f,:]*$`, 'iu');

const NAME_PHRASE_END = /^(?:[\s\u00a0\u202f]*(?:[,.;:!?)»”]|$)|[\s\u00a0\u202f]+(?:et|ou|de|du|des|d['’]|à|au|aux)(?![\p{L}]))/u;

/** The other names the article gives each person (both ways): never a wrong option for them. */
export function aliasesOf(text: string, facts: readonly Fact[]): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	const link = (a: string, b: string) => {
		if (a === b) return;
		const set = out.get(a) ?? new Set<string>();
		set.add(b);
		out.set(a, set);
	};
	const people = facts.filter((f) => f.type === 'person').sort((x, y) => x.start - y.start);
	for (let i = 1; i < people.length; i++) {
		const [a, b] = [people[i - 1], people[i]];
		const gap = text.slice(a.end, b.start);
		if (a.sentence !== b.sentence || b.start - a.end > 40 || !ALIAS_GAP.test(gap)) continue;
		// "Emmanuel Macron dit Vladimir Poutine prêt à négocier": "dit" that says something of the second
		// name is speech; as another name, what follows ends the phrase ("dit Serigne Touba et…", "…,").
		if (/^[\s\u00a0\u202f,(]*dite?[\s\u00a0\u202f]/iu.test(gap) && !NAME_PHRASE_END.test(text.slice(b.end, b.end + 12))) continue;
		link(a.value, b.value);
		link(b.value, a.value);
	}
	return out;
}

export function personDistractors(fact: Fact, facts: Fact[], lang: Lang, seed: number, extraPeople: string[] = [], count = 3, genders?: ReadonlyMap<string, Gender>, aliases?: ReadonlyMap<string, ReadonlySet<string>>): Option[] {
	const answer = { value: fact.value, label: fact.value };
	// A woman's name among men is no option for her, nor a man's for him (when the article says which).
	const genderOf = (v: string) => genders?.get(v) ?? nameGender(v);
	const gender = genderOf(fact.value);
	const sameGender = (v: string) => !gender || !genderOf(v) || genderOf(v) === gender;
	const surname = lastName(fact.value);
	const toOpt = (v: string) => ({ value: v, label: v });
	// "Serigne Touba" is no wrong answer where "Cheikh Ahmadou Bamba" is right: one person, two names.
	const otherName = (v: string) => aliases?.get(fact.value)?.has(v) ?? false;
	const pool = poolOf(facts);
	const others = pool.people
		// A short mention ("Poutine") of the same person is no distractor, nor another spelling or
		// order of the same name ("Micel Sleiman", "Curie Marie").
		.filter((p) => p.last !== surname && p.words >= 2 && !sameName(p.value, fact.value) && sameGender(p.value) && !otherName(p.value))
		.map((p) => p.value);
	const role = fact.role ? normalizeText(fact.role) : '';
	const sameRole = role ? others.filter((v) => pool.rolesByValue.get(v)?.has(role)) : [];
	// "U.S. Sen. _____": someone the article gives another role (the president, the vice-president)
	// reads as absurd; people it gives no role may still be senators.
	// A person the article gives no role is no president either: leaders are left out for them.
	const leader = (v: string) => [...(pool.rolesByValue.get(v) ?? [])].some((r) => LEADER_ROLE.test(r));
	const head = (r: string) => {
		const h = r.replace(/^(?:vice|former|ancien|ancienne|deputy)\s+/u, '').split(/\s+/u)[0];
		return ROLE_FAMILY.get(h) ?? h;
	};
	// Someone the article gives no post, or a post of the same trade ("réalisateur" for "cinéaste").
	const fitsRole = (v: string) => !pool.rolesByValue.get(v)?.size || [...pool.rolesByValue.get(v)!].some((r) => head(r) === head(role));
	const fitting = role ? others.filter(fitsRole) : fact.type === 'person' ? others.filter((v) => !leader(v)) : others;
	// People of the article only: raters struck famous leaders offered even for a leader (another
	// country's president for "US President _____"), let alone for a fire chief or a novelist; and
	// for "le cinéaste sénégalais, _____" a head of state or a secretary-general as the other options.
	// ("Charles" or "Camilla" named once is no option beside "Lesa Losefo Ahkuoi": a full name asks for full names.)
	const fullName = /\s/u.test(fact.value.trim());
	const other = extraPeople.filter((v) => lastName(v) !== surname && !sameName(v, fact.value) && sameGender(v) && !otherName(v) && (!fullName || /\s/u.test(v.trim())));
	const extra = fact.type === 'person' ? other.filter((v) => (role ? fitsRole(v) : !leader(v)) || sameRole.includes(v)) : other;
	// People the article says are women (or men) like the answer come first.
	const sameSaid = gender ? fitting.filter((v) => genderOf(v) === gender) : [];
	// ("Hugo Chavez" beside "Hugo Rafael Chavez Frias": one person twice.)
	return pick(answer, [sameSaid.map(toOpt), sameRole.map(toOpt), fitting.map(toOpt), extra.map(toOpt)], count, seed, lastName, shorterNameOf);
}

// A capital's name in either language → its row in CAPITALS (one option per capital: "Moscou" is "Moscow").
const CAPITAL_ROW: ReadonlyMap<string, number> = new Map(CAPITAL_KEYS.flatMap((row, r) => [[row[1], r] as const, [row[3], r] as const]));
/** Whether a city is a country's capital (CAPITALS). */
export const isCapital = (name: string) => CAPITAL_ROW.has(normalizeText(name));

// "Washington lifted the embargo", "Moscou a annoncé…": a capital that acts names its government, and
// its options are other governments' capitals (the world's powers after the article's own).
const GOVERNMENTS = ['United States', 'Russia', 'China', 'United Kingdom', 'France', 'Belgium', 'Germany', 'Turkey', 'Iran', 'Japan'];
const capitalsOf = (countries: string[], column: 1 | 3) => countries.map((c) => CAPITALS.find((row) => row[2] === c)![column]);
const GOVERNMENT_CAPITALS: Record<Lang, string[]> = { fr: capitalsOf(GOVERNMENTS, 1), en: capitalsOf(GOVERNMENTS, 3) };

/** The country of a city the gazetteer knows. */
export function countryOfCity(name: string): string | undefined {
	const entry = lookupPlace(name);
	return entry?.kind === 'city' ? entry.country : undefined;
}

// The word that says what kind of place a name is: last in English ("Graham County", "Tews Lane"),
// first in French ("boulevard Schuman", "lac Turkana").
const PLACE_HEAD_EN = /(?:^|\s)(county|district|province|state|region|island|islands|beach|lake|river|bay|mountains?|park|square|street|road|lane|avenue|valley|forest|desert|sea|ocean|gulf|bridge|station|airport|stadium|hospital|castle|harbour|harbor|canal|glacier|reserve|peninsula|strait)$/iu;
const PLACE_HEAD_FR = /^(comté|district|province|région|département|île|îles|plage|lac|rivière|fleuve|baie|mont|montagne|parc|place|rue|avenue|boulevard|vallée|forêt|désert|mer|océan|golfe|pont|gare|aéroport|stade|hôpital|château|canal|colline|glacier|réserve|péninsule|presqu['’]île|détroit|côte|quartier)(?=[\s\u00a0'’])/iu;
function placeHead(name: string): string | undefined {
	const n = name.trim();
	// ("Côte d'Ivoire" is a country, "Mont-de-Marsan" a town: their first word names no kind.)
	if (lookupPlace(n)?.kind === 'country') return undefined;
	return (PLACE_HEAD_EN.exec(n)?.[1] ?? PLACE_HEAD_FR.exec(n)?.[1])?.toLowerCase().replace(/s$/u, '');
}

export function placeDistractors(fact: Fact, facts: Fact[], lang: Lang, seed: number, count = 3, government = false, homeNamed = false): Option[] {
	const answer = { value: fact.value, label: fact.value };
	const toOpt = (v: string) => ({ value: v, label: v });
	const kind = fact.placeKind ?? 'other';
	const pool = poolOf(facts);
	const sameKind = pool.placesByKind.get(kind) ?? [];
	const fallback = kind === 'country' ? COUNTRIES[lang] : kind === 'region' ? REGIONS[lang] : [];
	let related: string[] = [];
	if (kind === 'city' || kind === 'country') {
		const key = `${kind}|${lang}`;
		related = pool.related.get(key) ?? relatedPlaces(pool.placeValues, kind, lang);
		pool.related.set(key, related);
	}
	if (government && kind === 'city') {
		const own = [...sameKind, ...related].filter((v) => !sameSpelling(v, fact.value) && isCapital(v));
		// (One capital by one name: "Moscou" and "Moscow" are one option, never beside each other.)
		const capitalKey = (v: string) => String(CAPITAL_ROW.get(normalizeText(v)) ?? -1);
		return pick(answer, [own.map(toOpt), GOVERNMENT_CAPITALS[lang].map(toOpt)], count, seed, capitalKey);
	}
	// Another kind of place would give the answer away ("Moscou" among three countries). A
	// curated list only completes options the article started: "Brazil" alone among cricket
	// nations reads absurd.
	// "U.S." and "United States" are one country: one option at most, and never beside the answer.
	const country = (s: string) => {
		const entry = lookupPlace(s);
		return entry?.kind === 'country' && entry.country ? normalizeText(entry.country) : normalizeText(s);
	};
	// "Désert de Loumpoul" beside "désert de Lompoul": the article spelling one place two ways.
	// "Graham County" among "Utah" and "New Mexico", "Treasure Island" beside "Sunset Beach": a place
	// whose name says what it is (a county, an island, a street) has options of that kind only, and a
	// bare name none that says another.
	const head = placeHead(fact.value);
	const other = (v: string) => !sameSpelling(v, fact.value) && placeHead(v) === head;
	// A city of a known country: after the capitals of the countries the article names, its country's
	// other cities, never the curated list ("Riyadh", "Dammam" for "Jeddah"; "Tokyo" and "Madrid" had
	// read absurd). With fewer than three, the city is asked as a cloze, not beside "Madrid".
	const beside = kind === 'city' ? citiesBeside(fact.value, lang).filter((v) => placeHead(v) === head).map(toOpt) : [];
	// "Patras" among "Paris", "Madrid" and "Ankara", "Paris" among Moroccan cities: a city of a known
	// country has options of that country only (a city the gazetteer does not place may be one), a
	// capital other capitals too ("Moscou", "Téhéran", "Pyongyang"); the curated list of the world's
	// cities completes none (raters struck them as absurd).
	const home = kind === 'city' ? countryOfCity(fact.value) : undefined;
	// ("Il avait déménagé à _____ … et demeurait en France": a capital whose country the sentence names has
	// that country's cities only; "Rabat" and "Madrid" were struck beside "Paris".)
	const capital = home !== undefined && isCapital(fact.value) && !homeNamed;
	const sameCountry = (v: string) => !home || (countryOfCity(v) ?? home) === home || (capital && isCapital(v));
	const fromArticle = pick(answer, [sameKind.filter((v) => other(v) && sameCountry(v)).map(toOpt), related.filter((v) => other(v) && sameCountry(v)).map(toOpt), beside], count, seed, country);
	if (fromArticle.length < 2 || kind === 'city') return fromArticle;
	return pick(answer, [sameKind.filter(other).map(toOpt), related.filter(other).map(toOpt), fallback.filter((v) => placeHead(v) === head).map(toOpt)], count, seed, country);
}

const BUSINESS_KIND = /(?:^|\s)(?:company|firm|group|carmaker|airline|manufacturer|giant|startup|operator|bank|entreprise|societe|groupe|constructeur|compagnie|fabricant|geant|start up|operateur|banque)$/u;
const PUBLIC_BODY = /(?<![\p{L}])(?:Ministry|Ministère|Assembly|Assemblée|Parliament|Parlement|Senate|Sénat|Council|Conseil|Government|Gouvernement|Court|Cour|Tribunal|Commission|Agency|Agence|Department|Département|Office|Police|Army|Armée|Municipality|Mairie|Prefecture|Préfecture|Board|Parquet)(?![\p{L}])/u;

// A journal's name: a word of the trade anywhere ("Environmental Research Letters", "Journal of…"),
// or a title that opens on one ("Nature Genetics", "Science Advances"; "National Science Foundation"
// is a body). (Newspapers are outlets: MEDIA_WORD in ingest/shape.ts.)
const PUBLICATION = /(?<![\p{L}])(?:Journal|Letters|Review|Revue|Proceedings|Acta|Annals|Annales|Bulletin)(?![\p{L}])|^(?:The[\s\u00a0]+)?(?:Nature|Science|Lancet|PLOS|Cell)(?![\p{L}])/u;

const COURT = /(?<![\p{L}])(?:Court|Cour|Tribunal)(?![\p{L}])/u;

export function organisationDistractors(fact: Fact, facts: Fact[], seed: number, count = 3): Option[] {
	const answer = { value: fact.value, label: fact.value };
	const toOpt = (v: string) => ({ value: v, label: v });
	// News agencies are wrong options only for a news agency ("AFP", "Mehr News Agency"), not for
	// any "Agence nationale de…". ("UA" and "Union africaine", one answer twice: `pick` leaves them.)
	const answerIsAgency = isNewsAgency(fact.value) || /presse|press|news/i.test(`${fact.role ?? ''} ${fact.value}`);
	const orgs = poolOf(facts).orgs.filter((o) => o.value !== fact.value && (answerIsAgency || !isNewsAgency(o.value)));
	const role = fact.role ? normalizeText(fact.role) : '';
	const sameKind = role ? orgs.filter((o) => o.roleKey === role) : [];
	// "an oil company _____": a ministry, an assembly or a court is no company to choose from.
	const business = BUSINESS_KIND.test(role);
	// "Helsinki District Court" beside "MDMA" and "LSD", "Office of the Deputy Chief Secretary" beside
	// "MSU" and "THA": a name written out has names written out as options, never bare acronyms, and
	// an acronym has no name of several words beside it.
	const shape = (v: string) => (ACRONYM.test(v) ? 'acronym' : /\s/u.test(v.trim()) ? 'spelled' : 'word');
	const own = shape(fact.value);
	// "Environmental Research Letters" among a university and a society: a journal or a paper is
	// offered among journals and papers, a body among bodies.
	const printed = PUBLICATION.test(fact.value);
	// "the Gujarat High Court" among two militant groups and a hospital: a court among courts and
	// public bodies.
	const judicial = COURT.test(fact.value);
	const others = orgs.filter((o) => (!business || !PUBLIC_BODY.test(o.value)) && (own === 'word' || shape(o.value) === 'word' || shape(o.value) === own) && PUBLICATION.test(o.value) === printed && (!judicial || PUBLIC_BODY.test(o.value)));
	return pick(
		answer,
		[sameKind.map((o) => toOpt(o.value)), answerIsAgency ? NEWS_AGENCIES.map(toOpt) : [], others.map((o) => toOpt(o.value))],
		count,
		seed
	);
}

/**
 * Other roles the article gives other people: same kind, and never the role of the person asked
 * about nor one that contains or is contained in the answer ("ministre" / "ministre délégué").
 */
function roleDistractors(fact: Fact, facts: Fact[], lang: Lang, seed: number, count: number, genders?: ReadonlyMap<string, Gender>): Option[] {
	const key = normalizeText(fact.value);
	const seen = new Set<string>([key]);
	const pool: Option[] = [];
	// "vice-première ministre" among three posts held by men gives her away: in French, the posts of
	// people of the other sex are no options (the holder's sex, which a post's form tells too: gender.ts).
	const genderOf = (f: Fact) => (lang !== 'fr' || !f.person ? undefined : genders?.get(f.person) ?? nameGender(f.person));
	const own = genderOf(fact);
	// One post per other person, the fullest the article gives ("Labour councillor", not also
	// "councillor": two options, one inside the other, both wrong the same way).
	// (Chosen among the posts that may be options at all: "deputy mayor of Dover" holds the answer
	// "mayor", and the same man's "county councillor" stands in for it.)
	const fullest = new Map<string, Fact>();
	for (const f of facts) {
		if (f.type !== 'role' || f.person === fact.person) continue;
		const theirs = genderOf(f);
		if (own && theirs && own !== theirs) continue;
		const k = normalizeText(f.value);
		if (k === key || k.includes(key) || key.includes(k)) continue;
		// "député" beside "présidente du groupe La France insoumise": a bare trade the person may
		// also hold is no wrong answer, and not of the answer's scale.
		if (!k.includes(' ') && key.split(' ').length >= 3) continue;
		const held = fullest.get(f.person ?? f.value);
		if (!held || f.value.length > held.value.length) fullest.set(f.person ?? f.value, f);
	}
	for (const f of fullest.values()) {
		const k = normalizeText(f.value);
		if (seen.has(k) || [...seen].some((s) => containsWords(s, k) || containsWords(k, s))) continue;
		seen.add(k);
		pool.push({ value: f.value, label: f.value });
	}
	return seededShuffle(pool, seed).slice(0, count);
}

/**
 * Other phrases of the article that answer the same kind of question (what caused, what was
 * decided…), then any other event phrase of a comparable length: never one that overlaps the
 * answer in the text or in its words.
 */
// "le ministère de l’Environnement" as what was launched: a name the article reads as a body, a
// person or a place is no phrase of the kind an event's answer is.
const withoutArticle = (key: string) => key.replace(/^(?:le|la|les|l|the) /u, '');

function eventDistractors(fact: Fact, facts: Fact[], seed: number, count: number): Option[] {
	const key = normalizeText(fact.value);
	const size = key.split(' ').length;
	const seen = new Set<string>([key]);
	const same: Option[] = [];
	const other: Option[] = [];
	const names = new Set(facts.filter((f) => f.type === 'organisation' || f.type === 'person' || f.type === 'place').map((f) => withoutArticle(normalizeText(f.value))));
	// ("narcotrafiquants, contrebandiers opèrent": a list cut by a comma is no option beside an answer without one.)
	const listed = (v: string) => v.includes(',') && !fact.value.includes(',');
	for (const f of facts) {
		if (f.type !== 'event' || (f.start < fact.end && fact.start < f.end)) continue;
		const k = normalizeText(f.value);
		const n = k.split(' ').length;
		if (seen.has(k) || k.includes(key) || key.includes(k) || n > 2 * size + 2 || 2 * n + 2 < size || names.has(withoutArticle(k)) || listed(f.value)) continue;
		seen.add(k);
		// What a key verb governs ("livré des missiles…") is an object too.
		const sameKind = f.relation ? f.relation === fact.relation : fact.relation === 'object';
		(sameKind ? same : other).push({ value: f.value, label: f.value });
	}
	// An answer to "what caused / what was decided / what was found" among phrases of another kind
	// reads as a give-away ("iron-rich stone" among three causes): options only of its own kind.
	if (fact.relation) return seededShuffle(same, seed).slice(0, count);
	return [...seededShuffle(same, seed), ...seededShuffle(other, seed + 1)].slice(0, count);
}

/** Bounds the options must keep to, both exclusive ("rose to _____, up from 0.4%": above 0.4). */
export interface Range {
	above?: number;
	below?: number;
}

export interface DistractorContext {
	articleDates: string[];
	people: string[];
	cycle?: number;
	/** A day whose weekday the stem keeps ("mardi _____"): options on that weekday. */
	weekly?: boolean;
	/** "11 médailles sur 14", "seven days a week": no option above the whole the sentence gives. */
	max?: number;
	/** Who the article writes of as a woman or a man (questions/gender.ts). */
	genders?: ReadonlyMap<string, Gender>;
	/** The other names the article gives a person (`aliasesOf`). */
	aliases?: ReadonlyMap<string, ReadonlySet<string>>;
	/** A past day worked out from the publication day: no option after that day (YYYY-MM-DD). */
	notAfter?: string;
	/** A day whose year the article does not write: no option differs from it by the year alone. */
	sameYear?: boolean;
	/** A figure compared with an earlier one, up or down: the options go the same way. */
	range?: Range;
	/** An amount said roughly ("environ 9 milliards"): no option within a twentieth of it (9,5 milliards). */
	rough?: boolean;
	/** A capital that acts in its sentence ("Washington lifted the embargo"): its government. */
	government?: boolean;
	/** A city whose country its sentence names ("à Paris … en France") or a win at home ("on home soil"): no other country's capital is an option. */
	homeNamed?: boolean;
}

/** Distractors for any fact whose kind has them, else []. */
export function distractorsFor(fact: Fact, facts: Fact[], lang: Lang, extra: DistractorContext, count = 3): Option[] {
	const seed = hashString(fact.id);
	switch (fact.type) {
		case 'date':
			return dateDistractors(fact.value, lang, extra.articleDates, seed, count, extra.cycle, extra.notAfter, extra.sameYear, extra.weekly);
		case 'duration':
		case 'quantity':
		case 'ordinal':
		case 'money':
		case 'percent':
			return numberDistractors(fact, lang, seed, count, fact.type === 'quantity' || fact.type === 'duration' || fact.type === 'ordinal' ? extra.max : undefined, extra.range, extra.rough);
		case 'person':
		case 'quote':
			return personDistractors(fact, facts, lang, seed, extra.people, count, extra.genders, extra.aliases);
		case 'place':
			return placeDistractors(fact, facts, lang, seed, count, extra.government, extra.homeNamed);
		case 'organisation':
			return organisationDistractors(fact, facts, seed, count);
		case 'role':
			return roleDistractors(fact, facts, lang, seed, count, extra.genders);
		case 'event':
			return eventDistractors(fact, facts, seed, count);
		default:
			return [];
	}
}

// Date expressions in one sentence: day dates (chrono-node, guarded), month-year, seasons,
// month-only, relative expressions and weekdays, each resolved against the reference date.
// The two locales read, not chrono's sixteen: each thread that loads the engine holds ~12 MB less.
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import type { Lang } from '../../types';
import type { Candidate } from './candidate';
import { frHourDurations } from './numeric';
import {
	addDays,
	addMonths,
	decadeFromTwoDigits,
	fmtDay,
	fmtDecade,
	fmtMonth,
	fmtWeek,
	impliedMonthYear,
	nearestMonthYear,
	impliedYear,
	isValidDay,
	resolveSeason,
	resolveWeekday,
	type Season,
	type Ymd
} from '../../text/calendar';
import {
	APOS,
	MONTH_ABBR_ALT,
	MONTH_FULL_ALT,
	NA,
	NB,
	SEASONS,
	SEASON_ALT,
	SP,
	SPO,
	WEEKDAYS,
	WEEKDAY_ALT,
	fold,
	tenseNear,
	boundedStart,
	EN_PAST_NOT_NOUN,
	monthNumber
} from '../../text/lexicon';

const MONTH_ANY: Record<Lang, string> = {
	fr: `(?:${MONTH_FULL_ALT.fr}|${MONTH_ABBR_ALT.fr})`,
	en: `(?:${MONTH_FULL_ALT.en}|${MONTH_ABBR_ALT.en})`
};

const MONTH_IN: Record<Lang, RegExp> = {
	fr: new RegExp(`${NB}${MONTH_ANY.fr}`, 'iu'),
	en: new RegExp(`${NB}${MONTH_ANY.en}`, 'iu')
};

// Where a day date can be: a day number by a month name, or a numeric date.
const DAY_PRECHECK_SRC: Record<Lang, string> = {
	fr: (
		`\\d${SPO}(?:er|re)?${SPO}${MONTH_ANY.fr}${NA}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}`
	),
	en: (
		`${NB}${MONTH_ANY.en}${SPO}\\d|\\d(?:st|nd|rd|th)?${SP}(?:of${SP})?${MONTH_ANY.en}${NA}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2}`
	)
};

const DAY_PRECHECK_G: Record<Lang, RegExp> = {
	fr: new RegExp(DAY_PRECHECK_SRC.fr, 'giu'),
	en: new RegExp(DAY_PRECHECK_SRC.en, 'gu')
};


// Words that may precede a date and belong to its surface ("le 17 janvier", "depuis le mois
// d'octobre", "dans la nuit du 3 au 4 mai", "in early March"). Matched at the end of the prefix.
const LEAD: Record<Lang, RegExp> = {
	// One preposition at most ("sworn in on Jan. 6" keeps "on" only), then articles and modifiers.
	fr: new RegExp(
		`${NB}(?:(?:depuis|dès|en|à|au|dans|jusqu${APOS}(?:en|au|à)|d${APOS}ici(?:${SP}à)?)${SP}|(?:le|la|du|début|milieu|fin|courant|ce|cet|cette|nuit|matinée|soirée|journée|matin|soir|week-end)${SP}|l${APOS}${SPO}|mi-)(?:(?:le|la|du|début|milieu|fin|courant|ce|cet|cette|nuit|matinée|soirée|journée|matin|soir|week-end|de)${SP}|l${APOS}${SPO}|mi-)*$`,
		'iu'
	),
	en: new RegExp(
		`${NB}(?:(?:on|in|since|during|by|until|till|from|through|as of)${SP}|(?:early|late|the|night of|morning of|evening of|weekend of|week of|end of|start of|beginning of|middle of)${SP}|mid-)(?:(?:early|late|the|night of|morning of|evening of|weekend of|week of|end of|start of|beginning of|middle of)${SP}|mid-)*$`,
		'iu'
	)
};

// "prendra fin le 30 juin", "a touché à sa fin ce dimanche": the end of something else, before a day.
const NOT_A_PART_OF_DAY = new RegExp(`^(?:début|milieu|fin|courant)${SP}(?=(?:le|ce|cet|cette)${SP})`, 'iu');

function extendLeft(st: string, start: number, lang: Lang): number {
	const from = boundedStart(st, start);
	const m = LEAD[lang].exec(st.slice(from, start));
	if (!m) return start;
	const part = lang === 'fr' ? NOT_A_PART_OF_DAY.exec(st.slice(from + m.index)) : null;
	return from + m.index + (part ? part[0].length : 0);
}

/** A day (or a night's interval: early hours fall on its second day) at a time of day. */
export function withTime(dateValue: string, h: number, min: number): string {
	const [a, b] = dateValue.split('/');
	const day = b && h < 12 ? b : a;
	return `${day.slice(0, 10)}T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

export interface TimeOfDay {
	start: number;
	end: number;
	h: number;
	min: number;
}

// Times of day anywhere in a sentence ("à 2h17 heure locale", "at 8 p.m.", "At 2 p.m."), to be
// tied to a day of the same sentence or of the sentences just before.
const TIME_EXPR: Record<Lang, RegExp> = {
	fr: new RegExp(
		`${NB}((?:à|vers|dès|avant|après)${SP})?(\\d{1,2})${SPO}[hH]${SPO}(\\d{2})?${NA}(?:${SP}(?:heure${SP}locale|heure${SP}de${SP}Paris|GMT|UTC)${NA})?`,
		'gu'
	),
	en: new RegExp(
		`${NB}((?:at|around|about|by|until|before|after)${SP})?(\\d{1,2})(?:[:.](\\d{2}))?${SPO}([ap])\\.?m(?:\\.|${NA})(?:${SP}(?:local${SP}time|(?:Eastern|Central|Pacific|Mountain|Greenwich${SP}Mean)(?:${SP}(?:Standard|Daylight))?${SP}Time|[ECMP][SD]?T|GMT|UTC|BST|CET)${NA})?`,
		'giu'
	)
};

export function findTimes(st: string, lang: Lang): TimeOfDay[] {
	if (!/\d/.test(st)) return [];
	const re = TIME_EXPR[lang];
	re.lastIndex = 0;
	const out: TimeOfDay[] = [];
	// French hours that last ("2h30 d'audience"), read only once a time of day is seen.
	let lasting: { start: number; end: number }[] | undefined;
	let m: RegExpExecArray | null;
	while ((m = re.exec(st))) {
		if (lang === 'fr') lasting ??= frHourDurations(st);
		if (lasting?.some((d) => d.start < m!.index + m![0].length && m!.index < d.end)) continue;
		let h = +m[2];
		const min = m[3] ? +m[3] : 0;
		if (lang === 'fr' && !m[1] && !m[3]) continue; // "48 h" is a duration, "à 21h" a time
		if (lang === 'en') {
			const ap = m[4].toLowerCase();
			if (h > 12) continue;
			if (ap === 'p' && h < 12) h += 12;
			if (ap === 'a' && h === 12) h = 0;
		}
		if (h > 23 || min > 59) continue;
		out.push({ start: m.index, end: m.index + m[0].length, h, min });
	}
	return out;
}

// Sentence-initial or after an opening quote: a capital there says nothing about the word.
function atSentenceStart(st: string, i: number): boolean {
	return /^[\s«"“(—–-]*$/u.test(st.slice(0, i));
}

/**
 * Whether an English text writes numeric dates day first ("09/04/2024" is 9 April in British
 * English): a numeric date that can only be read one way decides, else British spellings
 * outnumbering American ones.
 */
export function englishDayFirst(text: string): boolean {
	let dayFirst = 0;
	let monthFirst = 0;
	for (const m of text.matchAll(/(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})(?!\d)/g)) {
		if (+m[1] > 12 && +m[2] <= 12) dayFirst++;
		else if (+m[2] > 12 && +m[1] <= 12) monthFirst++;
	}
	if (dayFirst !== monthFirst) return dayFirst > monthFirst;
	const british = (text.match(/(?<![\p{L}])(?:colour|favour|honour|labour|centre|theatre|metre|programme|organis|realis|recognis|apologis|travelled|cancelled|defence|licence|neighbour|whilst|£)/giu) ?? []).length;
	const american = (text.match(/(?<![\p{L}])(?:color|favor|honor|labor|center|theater|meter|organiz|realiz|recogniz|traveled|canceled|defense|license|neighbor)|\$/giu) ?? []).length;
	return british > american;
}

function chronoDates(st: string, lang: Lang, ref: Ymd, refDate: Date, out: Candidate[], dayFirst: boolean): void {
	// chrono runs a few dozen parsers over its whole input: give it only windows around the
	// places a day date can be (a day number by a month name, a numeric date).
	const pre = DAY_PRECHECK_G[lang];
	pre.lastIndex = 0;
	const windows: [number, number][] = [];
	let p: RegExpExecArray | null;
	while ((p = pre.exec(st))) {
		const from = boundedStart(st, p.index, 48);
		let to = Math.min(st.length, p.index + p[0].length + 48);
		while (to < st.length && /[\p{L}\p{N}.]/u.test(st[to])) to++;
		const last = windows[windows.length - 1];
		if (last && from <= last[1]) last[1] = Math.max(last[1], to);
		else windows.push([from, to]);
	}
	for (const [from, to] of windows) chronoWindow(st, from, to, lang, ref, refDate, out, dayFirst);
}

// "Between January 1 and December 31, 2023", "du 1er janvier au 31 décembre 2023", "en mai et juin 2023",
// "in January and February 2011": the first bound of an interval or a pair, a day or a month, takes the
// year the second one writes (the year before when its month comes later: "en décembre et janvier 2024").
const BOUND_AFTER = /^[\s,]*(?:and|or|to|until|through|et(?:[\s\u00a0]+le)?|ou|au|à|jusqu['’]au|jusqu['’]en|-|–)[\s\u00a0]+(?:(?:le|en|in)[\s\u00a0]+)?(?:(\p{L}+)[\s\u00a0]+\d{1,2}|\d{1,2}(?:er)?[\s\u00a0]+(\p{L}+)|(\p{L}+)),?[\s\u00a0]+(\d{4})(?!\d)/u;
function boundYear(after: string, month: number, lang: Lang): number | null {
	const b = BOUND_AFTER.exec(after);
	if (!b) return null;
	const other = monthNumber(b[1] ?? b[2] ?? b[3], lang);
	return other ? yearBefore(other, month, +b[4]) : null;
}

// "la campagne 2012-2013 (juillet 2012-juin 2013)", "du 1er juillet 2012 au 30 juin 2013", "between July
// 2012 and June 2013", "from July 1, 2012 to June 30, 2013": a span of months across two years.
const SPAN_MONTH = `(?:\\d{1,2}(?:er)?${SP})?(${MONTH_FULL_ALT.fr}|${MONTH_FULL_ALT.en})(?:${SP}\\d{1,2},?)?${SP}(\\d{4})`;
// (AP style puts a comma after the first year: "from July 1, 2012, to June 30, 2013".)
const MONTH_SPAN = new RegExp(`${SPAN_MONTH},?${SPO}(?:-|–|à|au|et|to|until|through|and)${SPO}${SPAN_MONTH}(?!\\d)`, 'giu');

/**
 * The year a bare month takes inside a span of months across two years its sentence names, or null
 * ("Concernant la campagne 2012-2013 (juillet 2012-juin 2013), il a fallu attendre mi-décembre").
 * Only for a text without its publication day (temporal/index.ts): with one, the tense dates it.
 */
export function spanYear(st: string, month: number, lang: Lang): number | null {
	for (const m of st.matchAll(MONTH_SPAN)) {
		const [first, last, y] = [monthNumber(m[1], lang), monthNumber(m[3], lang), +m[2]];
		if (!first || !last || +m[4] !== y + 1) continue;
		// (A month both after the first bound and before the last is in neither year alone.)
		if (month >= first !== month <= last) return month >= first ? y : y + 1;
	}
	return null;
}

/** The year of a first bound in `month` when the second, in `otherMonth`, is in `year` ("du 30 décembre au 2 janvier 2026"). */
function yearBefore(otherMonth: number, month: number, year: number): number {
	return otherMonth < month ? year - 1 : year;
}

// The word of an hour chrono read as a bare number ("vers 3 heures du matin", "à 8 h du soir"); its
// group is the afternoon or the evening.
const HOUR_WORDS_AFTER = /^[\s\u00a0]+(?:heures?|h)(?:[\s\u00a0]+(?:du[\s\u00a0]+matin|(du[\s\u00a0]+soir|de[\s\u00a0]+l['’]après-midi)))?(?![\p{L}])/u;

const PART_OF_DAY_OF = /(?<![\p{L}])(?:morning|afternoon|evening|night)[\s\u00a0]+of(?![\p{L}])/giu;

function chronoWindow(st: string, from: number, to: number, lang: Lang, ref: Ymd, refDate: Date, out: Candidate[], dayFirst: boolean): void {
	// "the evening of 22 June": chrono reads the part of the day and loses the day itself (neither
	// the day nor the month certain); it reads the day alone, the words kept blank so offsets hold
	// (the surface takes them back: extendLeft).
	const window = lang === 'en' ? st.slice(from, to).replace(PART_OF_DAY_OF, (w) => ' '.repeat(w.length)) : st.slice(from, to);
	const results = (lang === 'fr' ? chronoFr : dayFirst ? chronoEn.GB : chronoEn).parse(window, refDate);
	for (const r0 of results) {
		const r = { text: r0.text, index: r0.index + from, start: r0.start, end: r0.end };
		let text = r.text;
		// chrono reads durations and ages as dates ("de 20 ans"): keep only a day with a month name
		// or a numeric date.
		const hasDigit = /\d/.test(text);
		const hasMonth = MONTH_IN[lang].test(text) || /\d[/.-]\d/.test(text);
		if (!hasDigit || !hasMonth || !r.start.isCertain('day') || !r.start.isCertain('month')) continue;
		const trimmed = text.replace(/[\s,;:]+$/u, '');
		text = trimmed;
		// "5/6.000 tonnes", "les 3/4 des élèves": a day and month in figures alone, with no year and
		// no "le"/"on" before them, or followed by more digits, is a number or a fraction.
		if (/^\d{1,2}[/.-]\d{1,2}$/.test(trimmed)) {
			const before = st.slice(Math.max(0, r.index - 6), r.index);
			const after = st.slice(r.index + r.text.length, r.index + r.text.length + 2);
			if (/^[.,]?\d/.test(after) || !/(?:^|[\s(])(?:le|du|au|on|from|until|to|dès|depuis)[\s\u00a0]+$/iu.test(before)) continue;
		}
		const m = r.start.get('month')!;
		const d = r.start.get('day')!;
		// The year the text writes: the day's own, or the one its interval's other bound writes ("du 20
		// février au 1er mars 2026", in an undated text too), else one inferred from the reference.
		const written = r.start.isCertain('year')
			? r.start.get('year')!
			: r.end?.isCertain('year')
				? yearBefore(r.end.get('month')!, m, r.end.get('year')!)
				: boundYear(st.slice(r.index + r.text.length, r.index + r.text.length + 40), m, lang);
		const certainYear = written !== null;
		const y = written ?? impliedYear(m, d, ref, tenseNear(st, r.index, lang));
		if (!isValidDay(y, m, d)) continue;
		let value = fmtDay({ y, m, d });
		let precision: Candidate['precision'] = 'day';
		// An interval ("du 3 au 4 mai", "May 3-5"): ISO 8601 start/end, the end in the start's year
		// unless it names its own or comes earlier in the calendar ("du 30 décembre au 2 janvier").
		if (r.end && r.end.isCertain('day') && !r.start.isCertain('hour')) {
			const em = r.end.get('month')!;
			const ed = r.end.get('day')!;
			let ey = r.end.isCertain('year') ? r.end.get('year')! : y;
			if (!r.end.isCertain('year') && em * 100 + ed < m * 100 + d) ey = y + 1;
			if (isValidDay(ey, em, ed) && (ey !== y || em !== m || ed !== d)) value = `${value}/${fmtDay({ y: ey, m: em, d: ed })}`;
		}
		// "vers 3 heures du matin": chrono stops at the hour's number; the fact takes its word too.
		const hourWords = r.start.isCertain('hour') && /\d$/.test(text) ? HOUR_WORDS_AFTER.exec(st.slice(r.index + text.length, r.index + text.length + 30)) : null;
		if (r.start.isCertain('hour')) {
			let h = r.start.get('hour')!;
			if (hourWords?.[1] && h < 12) h += 12;
			const mi = r.start.get('minute') ?? 0;
			value = withTime(value, h, mi);
			precision = 'time';
		}
		const start = extendLeft(st, r.index, lang);
		const c: Candidate = {
			start,
			end: r.index + text.length + (hourWords?.[0].length ?? 0),
			type: 'date',
			value,
			precision,
			inferred: !certainYear || undefined,
			confidence: 0.9
		};
		out.push(c);
	}
}

// "continueraient d’avoir lieu annuellement en juin", "held every year in August": a month that comes
// back each year is no date of the story (it had been asked as "juin 2023").
const HABITUAL_BEFORE = /(?<![\p{L}])(?:annuellement|chaque[\s\u00a0]+année|tous[\s\u00a0]+les[\s\u00a0]+ans|every[\s\u00a0]+year|each[\s\u00a0]+year|annually|yearly)[\s\u00a0,]*(?:(?:en|in|au|du)[\s\u00a0]+)?$/iu;
function habitualMonth(st: string, index: number): boolean {
	return HABITUAL_BEFORE.test(st.slice(Math.max(0, index - 40), index));
}

interface Rule {
	re: RegExp;
	/** Cheap keyword tests (no Unicode classes) that must all pass before `re` runs. */
	pre?: RegExp[];
	make(m: RegExpExecArray, st: string, ctx: RuleCtx): Omit<Candidate, 'start' | 'end'> | null;
	/** Core must be preceded by one of these words (checked on the prefix)… */
	cue?: RegExp;
	/** …unless this group matched: the match carries its own cue ("le mois d'octobre", "last March"). */
	cueFree?: number;
	/** French months and weekdays are lower case: a capital mid-sentence is a name ("Mars"). */
	lowerCase?: number;
}

interface RuleCtx {
	ref: Ymd;
	lang: Lang;
	future: boolean;
	/** A future perfect ("aura été"): a bare month is its nearest occurrence. */
	anterior?: boolean;
	/** No tense the sentence marks (French present): a bare month is its nearest occurrence. */
	present?: boolean;
	/** A past tense marked near the date ("retrouvé", "was found"). */
	past?: boolean;
}

// A season without a year ("en été", "in the summer"): the latest such season, or this one in a
// future-tense sentence; often generic, so low confidence.
const bareSeason: Rule['make'] = (m, _st, { ref, future }) => ({
	type: 'date',
	value: resolveSeason(seasonOf(m[1]), ref, future ? 'this' : 'past'),
	precision: 'season',
	inferred: true,
	confidence: 0.4
});

const year = (s: string) => {
	const y = +s;
	return y >= 1000 && y <= 2199 ? y : null;
};

function seasonOf(word: string): Season {
	return SEASONS[fold(word)];
}

/** "années 1990" / "1990s" (four digits) or "années 90" / "’90s" (two, read against the reference year). */
function decadeCandidate(four: string | undefined, two: string | undefined, ref: Ymd): Omit<Candidate, 'start' | 'end'> | null {
	const start = four ? year(four) : decadeFromTwoDigits(+two!, ref.y);
	if (start === null) return null;
	return { type: 'date', value: fmtDecade(start), precision: 'decade', inferred: two ? true : undefined, confidence: 0.85 };
}

/** The ISO week of the reference, or the one before or after it. */
function weekCandidate(mode: ReturnType<typeof qualifierMode>, ref: Ymd): Omit<Candidate, 'start' | 'end'> {
	const day = addDays(ref, mode === 'last' ? -7 : mode === 'next' ? 7 : 0);
	return { type: 'date', value: fmtWeek(day), precision: 'week', inferred: true, confidence: 0.8 };
}

function qualifierMode(q: string | undefined): 'last' | 'next' | 'this' | null {
	if (!q) return null;
	const f = fold(q);
	if (/^(dernier|derniere|passe|passee|last|past|this past)$/.test(f)) return 'last';
	if (/^(prochain|prochaine|next|coming|this coming)$/.test(f)) return 'next';
	if (/^(ce|cet|cette|this)$/.test(f)) return 'this';
	return null;
}

// Which way a season said with "cet", "this" leans when the one gone and the one to come are as
// near ("retrouvé cet été" in a December paper is that year's summer): the tense marked near it, past
// or future; none ("The school opens this autumn") leaves the nearest.
function tenseLean({ future, past }: RuleCtx): 'past' | 'future' | undefined {
	return future ? 'future' : past ? 'past' : undefined;
}

function frRules(): Rule[] {
	const M = `(${MONTH_FULL_ALT.fr}|${MONTH_ABBR_ALT.fr})`;
	const S = `(${SEASON_ALT.fr})`;
	return [
		{
			// décembre 2024, sept. 2023
			re: new RegExp(`${NB}${M}${SP}(\\d{4})${NA}`, 'giu'),
			lowerCase: 1,
			make: (m, _st, { lang }) => {
				const y = year(m[2]);
				const mo = monthNumber(m[1], lang);
				return y && mo ? { type: 'date', value: fmtMonth(y, mo), precision: 'month', confidence: 0.9 } : null;
			}
		},
		{
			// l'été 2024, l'hiver de 2023
			re: new RegExp(`${NB}${S}${SP}(?:de${SP}(?:l${APOS}ann[ée]e${SP})?)?(\\d{4})${NA}`, 'giu'),
			make: (m) => {
				const y = year(m[2]);
				return y ? { type: 'date', value: `${y}-${seasonOf(m[1])}`, precision: 'season', confidence: 0.9 } : null;
			}
		},
		{
			// l'hiver dernier, cet été, l'automne prochain
			re: new RegExp(`${NB}(?:l${APOS}${SPO}|(cet|ce|cette)${SP})${S}(?:${SP}(dernier|pass[ée]|prochain))?${NA}(?!${SP}(?:de${SP})?\\d)`, 'giu'),
			make: (m, _st, ctx) => {
				const mode = qualifierMode(m[3]) ?? qualifierMode(m[1]);
				if (!mode) return null;
				return { type: 'date', value: resolveSeason(seasonOf(m[2]), ctx.ref, mode, tenseLean(ctx)), precision: 'season', inferred: true, confidence: 0.8 };
			}
		},
		{
			// au printemps, en été (no year): the latest such season; often generic, so low confidence
			re: new RegExp(`${NB}(?:au|en)${SP}(printemps|[ée]t[ée]|automne|hiver)${NA}(?!${SP}(?:de${SP})?\\d|${SP}(?:dernier|pass[ée]|prochain))`, 'giu'),
			make: bareSeason
		},
		{
			// en mars, depuis le mois d'octobre, mars dernier, fin novembre
			re: new RegExp(
				`${NB}(?:(?:le|au|du|ce)${SP})?(mois${SP}(?:d${APOS}${SPO}|de${SP}))?(${MONTH_FULL_ALT.fr})${NA}(?:${SP}(dernier|prochain))?(?!${SPO}\\d|${SPO},${SPO}\\d)`,
				'giu'
			),
			cue: new RegExp(`${NB}(?:en|depuis|dès|début|fin|mi-|courant|jusqu${APOS}en|jusqu${APOS}à|d${APOS}ici|avant|après)${SPO}$`, 'iu'),
			cueFree: 1,
			lowerCase: 2,
			make: (m, st, { ref, lang, future, anterior, present }) => {
				if (habitualMonth(st, m.index)) return null;
				const mo = monthNumber(m[2], lang)!;
				const shared = boundYear(st.slice(m.index + m[0].length, m.index + m[0].length + 40), mo, lang);
				if (shared) return { type: 'date', value: fmtMonth(shared, mo), precision: 'month', confidence: 0.85 };
				const q = qualifierMode(m[3]);
				let y: number;
				if (q === 'last') y = mo < ref.m ? ref.y : ref.y - 1;
				else if (q === 'next') y = mo > ref.m ? ref.y : ref.y + 1;
				else y = anterior || present ? nearestMonthYear(mo, ref) : impliedMonthYear(mo, ref, future);
				return { type: 'date', value: fmtMonth(y, mo), precision: 'month', inferred: true, confidence: 0.8 };
			}
		},
		{
			re: new RegExp(`${NB}(avant-hier|apr[èe]s-demain|aujourd${APOS}hui|hier|demain)${NA}(?:${SP}(?:soir|matin|apr[èe]s-midi)${NA})?`, 'giu'),
			make: (m, _st, { ref }) => {
				const f = fold(m[1]);
				const off = f === 'avant-hier' ? -2 : f === 'apres-demain' ? 2 : f === 'hier' ? -1 : f === 'demain' ? 1 : 0;
				return { type: 'date', value: fmtDay(addDays(ref, off)), precision: 'day', inferred: true, deictic: true, confidence: f === 'demain' ? 0.6 : 0.8 };
			}
		},
		{
			re: new RegExp(`${NB}(?:ce${SP}(?:matin|soir)|cet${SP}apr[èe]s-midi)${NA}`, 'giu'),
			make: (_m, _st, { ref }) => ({ type: 'date', value: fmtDay(ref), precision: 'day', inferred: true, deictic: true, confidence: 0.7 })
		},
		{
			// le mois dernier / prochain, ce mois-ci
			re: new RegExp(`${NB}(?:(?:le|au|du)${SP}mois${SP}(dernier|pass[ée]|prochain)|ce${SP}mois(?:-ci)?)${NA}`, 'giu'),
			make: (m, _st, { ref }) => {
				const q = qualifierMode(m[1]);
				const { y, m: mo } = addMonths(ref.y, ref.m, q === 'last' ? -1 : q === 'next' ? 1 : 0);
				return { type: 'date', value: fmtMonth(y, mo), precision: 'month', inferred: true, confidence: 0.85 };
			}
		},
		{
			// l'an dernier, l'année prochaine, cette année
			re: new RegExp(`${NB}(?:l${APOS}${SPO}(?:an|ann[ée]e)${SP}(derni[èe]re?|pass[ée]e?|prochaine?)|cette${SP}ann[ée]e)${NA}`, 'giu'),
			make: (m, _st, { ref }) => {
				const f = m[1] ? fold(m[1]) : '';
				const off = f.startsWith('dernier') || f.startsWith('passe') ? -1 : f.startsWith('prochain') ? 1 : 0;
				return { type: 'date', value: String(ref.y + off), precision: 'year', inferred: true, confidence: 0.85 };
			}
		},
		{
			// vendredi, mardi dernier, lundi prochain (not "vendredi 17 janvier": chrono has it)
			re: new RegExp(`${NB}(${WEEKDAY_ALT.fr})${NA}(?:${SP}(dernier|prochain|pass[ée]))?(?!${SPO}\\d|${SP}(?:${MONTH_FULL_ALT.fr}))`, 'giu'),
			lowerCase: 1,
			make: (m, st, { ref, future }) => weekdayCandidate(WEEKDAYS.fr[fold(m[1])], m[2], m.index, st, ref, future)
		},
		{
			// les années 1990, au début des années 2000, dans les années 90 (not "ses années 20", an age,
			// nor "les années 2020 et 2021", two years)
			re: new RegExp(
				`${NB}(?:(?:les|des|aux|ces)${SP})?(?<!${NB}(?:mes|tes|ses|nos|vos|leurs)${SP})ann[ée]es${SP}(?:(\\d{3}0)|(\\d0))${NA}(?![-–/]\\d|${SPO}(?:,|et|ou|à)${SPO}\\d{3}[1-9]${NA})`,
				'giu'
			),
			make: (m, _st, { ref }) => decadeCandidate(m[1], m[2], ref)
		},
		{
			// la semaine dernière / passée / prochaine, cette semaine (not "cette semaine-là", "trois semaines")
			re: new RegExp(`${NB}(?:la${SP}semaine${SP}(derni[èe]re|pass[ée]e|prochaine)|(cette)${SP}semaine(?!${SPO}[-‑]${SPO}l[àa]))${NA}`, 'giu'),
			make: (m, _st, { ref }) => weekCandidate(qualifierMode(m[1] ?? m[2]), ref)
		}
	];
}

function weekdayCandidate(
	wd: number,
	qualifier: string | undefined,
	index: number,
	st: string,
	ref: Ymd,
	future: boolean
): Omit<Candidate, 'start' | 'end'> | null {
	const q = qualifierMode(qualifier);
	// Habitual weekdays ("tous les lundis", "le dimanche, il…") are not one date.
	const before = st.slice(Math.max(0, index - 12), index);
	if (/(?:chaque|tous les|every|each)\s*$/i.test(before)) return null;
	// "le marché du jeudi", "la messe du dimanche": a noun's weekday is a habit ("de jeudi" is one day);
	// the night or the day "du jeudi" is one ("dans la nuit du jeudi au vendredi"), and so is "du jeudi
	// dernier". ("À partir du lundi" may be a habit, "ouvert à partir du lundi, toute l’année": none.)
	if (!qualifier && /(?<![\p{L}])du\s+$/iu.test(before) && !/(?:nuit|soir[ée]e|matin[ée]e|journ[ée]e|apr[èe]s-midi)\s+du\s+$/iu.test(st.slice(Math.max(0, index - 20), index))) return null;
	const mode = q === 'last' ? 'last' : q === 'next' ? 'next' : future ? 'future' : 'past';
	return {
		type: 'date',
		value: fmtDay(resolveWeekday(wd, ref, mode)),
		precision: 'day',
		inferred: true,
		confidence: 0.75
	};
}

function enRules(): Rule[] {
	const M = `(${MONTH_FULL_ALT.en}|${MONTH_ABBR_ALT.en})`;
	const S = `(${SEASON_ALT.en})`;
	return [
		{
			re: new RegExp(`${NB}${M},?${SP}(\\d{4})${NA}`, 'gu'),
			make: (m, _st, { lang }) => {
				const y = year(m[2]);
				const mo = monthNumber(m[1], lang);
				return y && mo ? { type: 'date', value: fmtMonth(y, mo), precision: 'month', confidence: 0.9 } : null;
			}
		},
		{
			re: new RegExp(`${NB}${S}(?:${SP}of)?${SP}(\\d{4})${NA}`, 'giu'),
			make: (m) => {
				const y = year(m[2]);
				return y ? { type: 'date', value: `${y}-${seasonOf(m[1])}`, precision: 'season', confidence: 0.9 } : null;
			}
		},
		{
			re: new RegExp(`${NB}(last|this|next|past|this past|this coming)${SP}${S}${NA}`, 'giu'),
			make: (m, _st, ctx) => ({
				type: 'date',
				value: resolveSeason(seasonOf(m[2]), ctx.ref, qualifierMode(m[1]) ?? 'this', tenseLean(ctx)),
				precision: 'season',
				inferred: true,
				confidence: 0.8
			})
		},
		{
			re: new RegExp(`${NB}(?:in|during)${SP}the${SP}(spring|summer|autumn|fall|winter)${NA}(?!${SP}(?:of${SP})?\\d)`, 'giu'),
			make: bareSeason
		},
		{
			// in March, since October, last March
			re: new RegExp(`${NB}(?:(last|next|this)${SP})?(${MONTH_FULL_ALT.en})${NA}(?!${SPO}\\d|${SPO},${SPO}\\d)`, 'gu'),
			cue: new RegExp(`${NB}(?:in|since|by|until|till|from|through|during|early|late|mid-|of|before|after|last|next|this)${SPO}$`, 'iu'),
			cueFree: 1,
			make: (m, st, { ref, lang, future, anterior }) => {
				if (habitualMonth(st, m.index)) return null;
				const mo = monthNumber(m[2], lang)!;
				const shared = m[1] ? null : boundYear(st.slice(m.index + m[0].length, m.index + m[0].length + 40), mo, lang);
				if (shared) return { type: 'date', value: fmtMonth(shared, mo), precision: 'month', confidence: 0.85 };
				const q = qualifierMode(m[1]);
				let y: number;
				if (q === 'last') y = mo < ref.m ? ref.y : ref.y - 1;
				else if (q === 'next') y = mo > ref.m ? ref.y : ref.y + 1;
				else if (q === 'this') y = ref.y;
				else y = anterior ? nearestMonthYear(mo, ref) : impliedMonthYear(mo, ref, future);
				return { type: 'date', value: fmtMonth(y, mo), precision: 'month', inferred: true, confidence: 0.8 };
			}
		},
		{
			re: /(?<![\p{L}\p{N}])(yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening))(?![\p{L}\p{N}])/giu,
			make: (m, _st, { ref }) => {
				const f = m[1].toLowerCase();
				const off = f === 'yesterday' ? -1 : f === 'tomorrow' ? 1 : 0;
				return { type: 'date', value: fmtDay(addDays(ref, off)), precision: 'day', inferred: true, deictic: true, confidence: f === 'tomorrow' ? 0.6 : 0.8 };
			}
		},
		{
			re: /(?<![\p{L}\p{N}])(last|next|this) (month|year|week)(?![\p{L}\p{N}])/giu,
			make: (m, st, { ref }) => {
				const q = qualifierMode(m[1]);
				if (m[2].toLowerCase() === 'week') {
					// "the next week" counts from the story's day ("over the next week"), not the paper's.
					if (/(?<![\p{L}])the\s+$/iu.test(st.slice(boundedStart(st, m.index), m.index))) return null;
					return weekCandidate(q, ref);
				}
				const off = q === 'last' ? -1 : q === 'next' ? 1 : 0;
				if (m[2].toLowerCase() === 'year') return { type: 'date', value: String(ref.y + off), precision: 'year', inferred: true, confidence: 0.85 };
				const { y, m: mo } = addMonths(ref.y, ref.m, off);
				return { type: 'date', value: fmtMonth(y, mo), precision: 'month', inferred: true, confidence: 0.85 };
			}
		},
		{
			re: new RegExp(`${NB}(?:(last|next|this|this past|this coming)${SP})?(${WEEKDAY_ALT.en})${NA}(?!,?${SPO}(?:${MONTH_ANY.en}|\\d))`, 'gu'),
			make: (m, st, { ref, future }) => {
				// "Black Friday", "Super Tuesday", "Bloody Sunday" are names, not dates.
				const before = st.slice(boundedStart(st, m.index), m.index);
				if (!m[1] && /\p{Lu}\p{L}*\s+$/u.test(before) && !/(?:^|\s)(?:On|Since|By|Until|Last|Next|This|Early|Late)\s+$/u.test(before))
					return null;
				// "Krian (Friday Belik)": a weekday in brackets before a capitalised word is someone's first name
				// ("(Wednesday Paris time)" is a day).
				if (!m[1] && /\([\s\u00a0]*$/u.test(before) && /^[\s\u00a0]+\p{Lu}\p{Ll}+(?![\p{L}])(?![\s\u00a0]+(?:\p{Lu}\p{Ll}+[\s\u00a0]+)?time(?![\p{L}]))/u.test(st.slice(m.index + m[0].length))) return null;
				// "Saturday afternoons have been the main time…": a habit, not one day.
				if (!m[1] && /^\s+(?:mornings|afternoons|evenings|nights)(?![\p{L}])/iu.test(st.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
				return weekdayCandidate(WEEKDAYS.en[m[2].toLowerCase()], m[1], m.index, st, ref, future);
			}
		},
		{
			// the 1990s, the early 2000s, the mid-1980s, the '90s, the 90s (not "in her 20s": an age)
			re: new RegExp(`${NB}(?:(\\d{3}0)|['’‘]${SPO}(\\d0)|(\\d0))['’]?s${NA}(?!${SP}of${NA})`, 'giu'),
			make: (m, st, { ref }) => (englishDecadeOk(m, st) ? decadeCandidate(m[1], m[2] ?? m[3], ref) : null)
		}
	];
}

// Before a decade: a possessive makes it an age ("in their 20s", "her mid-30s"); two bare digits
// need "the" ("the 90s", "the early 90s", not "the high 90s" degrees).
const AGE_POSSESSIVE = /(?<![\p{L}])(?:his|her|their|my|your|our|its|one['’]s)\s+(?:(?:early|late)\s+|mid-?\s*)?$/iu;
const THE_DECADE = /(?<![\p{L}])the\s+(?:(?:early|late)\s+|mid-?\s*)?$/iu;

function englishDecadeOk(m: RegExpExecArray, st: string): boolean {
	const before = st.slice(boundedStart(st, m.index), m.index);
	if (AGE_POSSESSIVE.test(before)) return false;
	return !m[3] || (THE_DECADE.test(before) && !/temperature|degree|°/iu.test(st));
}

// Keyword pre-checks, rule by rule (same order as frRules/enRules): a Unicode regex with
// look-behinds over every sentence costs far more than a plain substring search.
const D4 = /\d{4}/;
const PRE_MONTH_FR = /janv|f[ée]v|mars|avr|mai|juin|juil|ao[ûu]t|sept|oct|nov|d[ée]c/i;
const PRE_SEASON_FR = /printemps|[ée]t[ée]|automne|hiver/i;
const PRE_MONTH_EN = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const PRE_SEASON_EN = /spring|summer|autumn|fall|winter/i;
const PRE: Record<Lang, RegExp[][]> = {
	fr: [
		[PRE_MONTH_FR, D4],
		[PRE_SEASON_FR, D4],
		[PRE_SEASON_FR],
		[PRE_SEASON_FR],
		[PRE_MONTH_FR],
		[/hier|demain|aujourd/i],
		[/matin|soir|apr[èe]s-midi/i],
		[/mois/i],
		[/l['’]\s*an|ann[ée]e/i],
		[/lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/i],
		[/ann[ée]es/i, /\d0/],
		[/semaine/i]
	],
	en: [
		[PRE_MONTH_EN, D4],
		[PRE_SEASON_EN, D4],
		[PRE_SEASON_EN],
		[PRE_SEASON_EN],
		[PRE_MONTH_EN],
		[/yesterday|today|tomorrow|tonight|this (?:morning|afternoon|evening)/i],
		[/month|year|week/i],
		[/Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday/],
		[/\d0['’]?s/]
	]
};

const RULES: Record<Lang, Rule[]> = { fr: frRules(), en: enRules() };
for (const lang of ['fr', 'en'] as const) {
	if (RULES[lang].length !== PRE[lang].length) throw new Error(`temporal: ${lang} rules and pre-checks differ`);
	RULES[lang].forEach((r, i) => (r.pre = PRE[lang][i]));
}

// Cheap pre-check for the regex rules: any month, season, weekday or relative keyword.
const RULE_PRECHECK: Record<Lang, RegExp> = {
	fr: new RegExp(
		`${MONTH_FULL_ALT.fr}|${MONTH_ABBR_ALT.fr}|${SEASON_ALT.fr}|${WEEKDAY_ALT.fr}|hier|demain|aujourd|mois|ann[ée]e|an${SP}|semaine|ce${SP}(?:matin|soir)|apr[èe]s-midi`,
		'iu'
	),
	en: new RegExp(
		`${MONTH_FULL_ALT.en}|${MONTH_ABBR_ALT.en}|${SEASON_ALT.en}|${WEEKDAY_ALT.en}|yesterday|today|tomorrow|tonight|month|year|week|\\d0['’]?s|this (?:morning|afternoon|evening)`,
		'iu'
	)
};

// "un mammouth, retrouvé cet été", "a wreck, found this summer": a past participle right before the date.
const PARTICIPLE_JUST_BEFORE = /(?<![\p{L}])(?:\p{Ll}{3,}(?:é|ée|és|ées|ed)|found|built|seen|made|taken)[\s\u00a0]+$/u;
// English pasts the tense marks leave out ("won", "sold", "found"), not before a hyphen ("sold-out"),
// leaving out those that are nouns or adjectives as often ("a shot", "paid leave", "made", "left"; "won"
// after an amount is Korea's currency; "fans who bought tickets" is a relative clause's).
// (Presents written alike, "beat", "read", are none either.)
const EN_IRREGULAR_PAST_FORM = new RegExp(`(?<![\\p{L}-])(?<!(?:who|which|that)[\\s\\u00a0]+)(?:${EN_PAST_NOT_NOUN.filter((v) => !/^(?:beat|read|won)$/.test(v)).join('|')}|(?<!(?:\\d|illion)[\\s\\u00a0]*)won)(?![\\p{L}-])`, 'iu');

/**
 * Whether the date's own clause tells of the past: the words between the commas around it (a
 * thousands comma is none: "drew 5,000 people this summer"), or the clause after it when the date
 * opens the sentence ("This summer, the team found…"). A reporting clause ("…, the council said") or a
 * relative clause ("The stadium, which was built in 1990, reopens this summer") is another clause.
 */
function pastClause(st: string, index: number, lang: Lang): boolean {
	const commas = [...st.matchAll(/[,;:](?!\d)/gu)].map((m) => m.index!);
	let from = Math.max(0, ...commas.filter((k) => k < index).map((k) => k + 1));
	let to = Math.min(st.length, ...commas.filter((k) => k >= index));
	// ("This summer, the team found a wreck": the date alone before its comma opens the next clause.)
	const dateAlone = from === 0 && /^[\s\u00a0]*$/u.test(st.slice(0, index)) && /^\S+[\s\u00a0]+\S+[\s\u00a0]*$/u.test(st.slice(index, to));
	if (dateAlone && to < st.length) {
		from = to + 1;
		to = Math.min(st.length, ...commas.filter((k) => k > from));
	}
	const clause = st.slice(from, to);
	const tense = tenseNear(clause, Math.max(0, index - from), lang);
	return tense === 'past' || (tense === null && lang === 'en' && EN_IRREGULAR_PAST_FORM.test(clause));
}

/** Date candidates of one sentence, offsets relative to `st`. */
export function findDates(st: string, lang: Lang, ref: Ymd, refDate: Date, dayFirst = lang === 'fr'): Candidate[] {
	const out: Candidate[] = [];
	chronoDates(st, lang, ref, refDate, out, dayFirst);
	if (!RULE_PRECHECK[lang].test(st)) return out;
	for (const rule of RULES[lang]) {
		if (rule.pre && !rule.pre.every((p) => p.test(st))) continue;
		rule.re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = rule.re.exec(st))) {
			if (rule.lowerCase !== undefined) {
				const w = m[rule.lowerCase];
				if (w && w[0] !== w[0].toLowerCase() && !atSentenceStart(st, m.index + m[0].indexOf(w))) continue;
			}
			if (rule.cue && !(rule.cueFree && m[rule.cueFree]) && !rule.cue.test(st.slice(boundedStart(st, m.index), m.index))) continue;
			const tense = tenseNear(st, m.index, lang);
			const at = m.index;
			// (The past is read only by the rules that ask: a season said with "this".)
			const made = rule.make(m, st, {
				ref,
				lang,
				future: tense === 'future',
				anterior: tense === 'anterior',
				present: lang === 'fr' && tense === null,
				get past() {
					return pastClause(st, at, lang) || PARTICIPLE_JUST_BEFORE.test(st.slice(Math.max(0, at - 30), at));
				}
			});
			if (!made) continue;
			const c: Candidate = { ...made, start: extendLeft(st, m.index, lang), end: m.index + m[0].length };
			out.push(c);
		}
	}
	return out;
}

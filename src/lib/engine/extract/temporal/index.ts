// Temporal and numeric facts: dates (absolute, partial, relative to the reference date), seasons,
// times of day, durations, quantities, ordinals, money and percentages. Works sentence by
// sentence over the article's content sentences only, so boilerplate and metadata never yield facts.
import type { ExtractContext, Fact, Lang, ReferencePrecision } from '../../types';
import { tenseNear } from '../../text/lexicon';
import { resolveOverlaps, type Candidate } from './candidate';
import { daysBetween, parseReference } from '../../text/calendar';
import { englishDayFirst, findDates, findTimes, spanYear, withTime } from './dates';
import { findNumeric } from './numeric';

// A bare time of day ("At 2 p.m., …") belongs to the news day: among the days named so far that lie
// within this many days of the reference (not "6 May 1994" in a background paragraph), the one
// named most often (the event an article keeps returning to), the latest on a tie.
const TIME_CONTEXT_DAYS = 60;

export function extractTemporal(ctx: ExtractContext): Fact[] {
	const { article } = ctx;
	const lang = article.lang;
	const ref = parseReference(ctx.reference);
	// Noon UTC: chrono then never slips a day whatever the machine's time zone.
	const refDate = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
	const facts: Fact[] = [];
	const recentDays = new Map<string, number>();
	let lastDay: string | null = null;
	const dayFirst = lang === 'fr' || englishDayFirst(article.text);
	// The last year the text itself gave: an undated text's "le 18 juillet" is in that year, when
	// it was given in the two sentences before (a year further back is another story's).
	let lastYear: number | null = null;
	let lastYearSentence = -Infinity;
	for (const s of article.sentences) {
		const st = article.text.slice(s.start, s.end);
		if (st.length < 2) continue;
		const dates = resolveOverlaps(findDates(st, lang, ref, refDate, dayFirst));
		const withTimes = attachTimes(st, lang, dates, lastDay);
		const numeric = findNumeric(st, lang, ref, withTimes);
		const found = resolveOverlaps([...withTimes, ...numeric]);
		for (const c of found) {
			if (c.type === 'date' && !anchor(c, st, found, ctx.referencePrecision, s.index - lastYearSentence <= 2 ? lastYear : null, lang)) continue;
			// "la place du 30 Octobre", "la rue du 4-Septembre", "avenue du 8 Mai 1945": a street named after a day.
			if (c.type === 'date' && lang === 'fr' && STREET_NAMED_AFTER_DAY.test(st.slice(Math.max(0, c.start - 30), c.end))) continue;
			// Trim spaces the lead-in or noun may have left at the edges.
			let a = c.start;
			let b = c.end;
			while (a < b && /[\s\u00a0\u202f]/u.test(st[a])) a++;
			while (b > a && /[\s\u00a0\u202f,;:]/u.test(st[b - 1])) b--;
			if (a >= b) continue;
			const start = s.start + a;
			const end = s.start + b;
			const fact: Fact = {
				id: `${c.type}-${start}`,
				type: c.type,
				value: c.value,
				text: article.text.slice(start, end),
				start,
				end,
				sentence: s.index,
				confidence: c.confidence
			};
			if (c.precision) fact.precision = c.precision;
			if (c.unit) fact.unit = c.unit;
			if (c.role) fact.role = c.role;
			if (c.inferred) fact.inferred = true;
			facts.push(fact);
			// ("stable par rapport à 2017", "lorsqu'on les compare à 2023", "up from 2019": the year a
			// figure is compared with is the story's year before, no anchor for its days.)
			if (c.type === 'date' && !c.inferred && /^\d{4}/.test(c.value) && !COMPARED_WITH.test(st.slice(Math.max(0, c.start - 30), c.start)) && !SINCE.test(st.slice(Math.max(0, c.start - 12), c.end))) {
				lastYear = +c.value.slice(0, 4);
				lastYearSentence = s.index;
			}
			if (c.type === 'date' && (c.precision === 'day' || c.precision === 'time')) {
				const day = c.value.split('T')[0];
				const [y, m, d] = day.slice(0, 10).split('-').map(Number);
				if (Math.abs(daysBetween(ref, { y, m, d })) <= TIME_CONTEXT_DAYS) {
					// Re-insert so the Map's order is the order of last mention.
					const count = (recentDays.get(day) ?? 0) + 1;
					recentDays.delete(day);
					recentDays.set(day, count);
					let best = 0;
					for (const [k, v] of recentDays) if (v >= best) [best, lastDay] = [v, k];
				}
			}
		}
	}
	return facts;
}

const COMPARED_WITH = /(?:par[\s\u00a0]+rapport[\s\u00a0]+à|(?<![\p{L}])compar\p{L}*[\s\u00a0]+(?:à|avec|with|to)|(?:supérieure?s?|inférieure?s?)[\s\u00a0]+à|than[\s\u00a0]+(?:in[\s\u00a0]+)?|qu['’]en|(?:up|down)[\s\u00a0]+from|versus|vs\.?)[\s\u00a0]*$|qu['’]$/iu;

// A year after "depuis" or "since", with a day or a month before it ("depuis 1999", "since June 2011",
// "depuis le 3 mars 2019"): the year a state began, no year of what happened during it ("Au pouvoir
// depuis 1999, il avait été réélu en octobre, avant d'être opéré le 11 décembre").
const SINCE = /(?<![\p{L}])(?:depuis|since)[\s\u00a0]+(?:l['’]an(?:née)?[\s\u00a0]+|the[\s\u00a0]+year[\s\u00a0]+|(?:(?:le|the)[\s\u00a0]+)?(?:\d{1,2}(?:er)?[\s\u00a0]+)?\p{L}+\.?,?[\s\u00a0]+)?\d{4}$/iu;

const RANK: Record<ReferencePrecision, number> = { none: 0, year: 1, month: 2, day: 3 };

// ("le pont du 8 mai" is a long weekend, "le cours du 3 mars" a price: no bridge, no course.)
const STREET_NAMED_AFTER_DAY = /(?<![\p{L}])(?:place|rue|avenue|av\.|boulevard|bd|quai|square|allée|impasse|chemin|route|esplanade|parvis|rond-point|carrefour|stade|lycée|collège|école|gare|résidence|cité)[\s\u00a0]+du[\s\u00a0]+\d{1,2}(?:er)?[\s\u00a0-]+(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)(?:[\s\u00a0]+\d{4})?$/iu;

/**
 * Whether a date candidate can be resolved with what is known of the reference, fixing its year
 * from the text when the reference has none. A weekday or "hier" needs the day, "le mois dernier"
 * the month, "l'an dernier", a season or a day written without its year the year.
 */
function anchor(c: Candidate, st: string, dates: readonly Candidate[], precision: ReferencePrecision, lastYear: number | null, lang: Lang): boolean {
	if (!c.inferred || c.precision === 'decade') return true;
	const text = st.slice(c.start, c.end);
	const yearless = /\d/.test(text) || (c.precision === 'month' && !/\b(?:mois|month)\b/iu.test(text));
	if (yearless && !c.deictic && betweenEarlierYears(st, c, dates)) return false;
	if (precision === 'day') return true;
	// "la campagne 2012-2013 (juillet 2012-juin 2013) … mi-décembre": without the publication day, a bare
	// month is in the span of months across two years its sentence names.
	const qualified = RELATIVE_QUALIFIER.test(text) || QUALIFIER_AFTER.test(st.slice(c.end, c.end + 24));
	const span = c.precision === 'month' && !/\d/.test(text) && !c.deictic && !qualified ? spanYear(st, +c.value.slice(5, 7), lang) : null;
	if (span !== null) {
		c.value = `${span}${c.value.slice(4)}`;
		return true;
	}
	const needs = c.deictic || c.precision === 'week' || ((c.precision === 'day' || c.precision === 'time') && !yearless)
		? 'day'
		: c.precision === 'month' && !yearless
			? 'month'
			: 'year';
	if (RANK[precision] >= RANK[needs]) return true;
	if (needs !== 'year' || !yearless || lastYear === null) return false;
	// "Founded in 2002, … the third slated to fly in February": what is still to come in an undated
	// text is not in the year the text gave last.
	if (tenseNear(st, c.start, lang) === 'future') return false;
	// "Compared to the same period in August 2019, … The most overnight stays in the current part of
	// August were…": a month said to be the present one is the article's own, which an undated text
	// does not give (the year written before is what it is compared with).
	if (PRESENT_MONTH_BEFORE.test(st.slice(Math.max(0, c.start - 30), c.start))) return false;
	// "en mars-avril dernier", "last March": counted back from a publication day the text does not give.
	if (qualified) return false;
	c.value = c.value.replace(/^\d{4}/, String(lastYear).padStart(4, '0'));
	return true;
}

/**
 * "Après avoir été suspendu en 2019 et 2020 en raison de la révolte populaire du 17 octobre": a
 * yearless day after its clause named two earlier years is one of theirs, which the text leaves
 * open; the reference's year (2022) made it a wrong answer. Such a day is not a date the engine can
 * give. (One earlier year is no sign: "Le record établi en 1998 a été battu le 2 mars" is this year's.)
 */
function betweenEarlierYears(st: string, c: Candidate, dates: readonly Candidate[]): boolean {
	const inferredYear = +c.value.slice(0, 4);
	const years = new Set<number>();
	for (const d of dates) {
		if (d === c || d.type !== 'date' || d.inferred || d.end > c.start || !/^\d{4}/.test(d.value)) continue;
		const y = +d.value.slice(0, 4);
		// (Its own clause: "Créée en 2015, l’association a ouvert le 3 mars un local" is this year's March.)
		if (y < inferredYear && !/[,;:()]/u.test(st.slice(d.end, c.start))) years.add(y);
	}
	return years.size >= 2;
}

// (The words qualifierMode in dates.ts reads; here they only say that the month is counted from the day.)
const RELATIVE_QUALIFIER = /(?<![\p{L}])(?:dernier|dernière|prochain|prochaine|passé|passée|last|next|past|coming)(?![\p{L}])/iu;
// ("en mars-avril dernier", "in March last year": the qualifier after a second month or after the month.)
const QUALIFIER_AFTER = /^(?:[\s\u00a0]*[-–][\s\u00a0]*\p{L}+)?[\s\u00a0]+(?:dernier|dernière|prochain|prochaine|passé|passée|(?:last|next|this)[\s\u00a0]+year)(?![\p{L}])/iu;
const PRESENT_MONTH_BEFORE = /(?<![\p{L}])(?:current(?:[\s\u00a0]+part[\s\u00a0]+of)?|this|present|ce[\s\u00a0]+mois[\s\u00a0]+d['’]|courant|en[\s\u00a0]+ce[\s\u00a0]+mois[\s\u00a0]+d['’])[\s\u00a0]*$/iu;

/**
 * Ties each free time of day to a day: merged into the date it stands next to ("at 8 p.m. on
 * Tuesday"), else dated by the sentence's day date, else by the last day named just before.
 */
function attachTimes(st: string, lang: ExtractContext['article']['lang'], dates: Candidate[], context: string | null): Candidate[] {
	const times = findTimes(st, lang).filter((t) => !dates.some((d) => t.start < d.end && d.start < t.end));
	if (!times.length) return dates;
	const out = dates.slice();
	for (const t of times) {
		const all = out.filter((d) => d.type === 'date' && d.precision === 'day');
		const next = all.find((d) => d.start >= t.end && /^[\s,]*(?:on|le|ce)?[\s,]*$/iu.test(st.slice(t.end, d.start)));
		if (next) {
			next.value = withTime(next.value, t.h, t.min);
			next.precision = 'time';
			next.start = t.start;
			continue;
		}
		// Right after a day ("hier à 21h", "last Friday at 10:42 p.m."): that day, even a deictic one.
		const prev = all.find((d) => d.end <= t.start && /^[\s,]*$/u.test(st.slice(d.end, t.start)));
		const days = prev ? [prev] : all.filter((d) => !d.deictic);
		const day = days.length ? days.reduce((a, b) => (Math.abs(b.start - t.start) < Math.abs(a.start - t.start) ? b : a)).value : context;
		if (!day) continue;
		out.push({
			start: t.start,
			end: t.end,
			type: 'date',
			value: withTime(day, t.h, t.min),
			precision: 'time',
			inferred: true,
			confidence: days.length ? 0.6 : 0.5
		});
	}
	return out;
}

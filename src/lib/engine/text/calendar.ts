// Calendar arithmetic on plain year/month/day triples. Dates are computed in UTC so the result
// never depends on the machine's time zone (the engine also runs in browsers).

export interface Ymd {
	y: number;
	m: number; // 1..12
	d: number; // 1..31
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** Reads "YYYY-MM-DD" (or a longer ISO string); falls back to today when it cannot. */
export function parseReference(ref: string | null | undefined): Ymd {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ref ?? '');
	if (m) return { y: +m[1], m: +m[2], d: +m[3] };
	// A publication known to the month or the year: its middle, as the engine reads it.
	const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(ref ?? '');
	if (partial) return partial[2] ? { y: +partial[1], m: +partial[2], d: 15 } : { y: +partial[1], m: 7, d: 1 };
	const now = new Date();
	return { y: now.getUTCFullYear(), m: now.getUTCMonth() + 1, d: now.getUTCDate() };
}

function toUtc(d: Ymd): number {
	return Date.UTC(d.y, d.m - 1, d.d);
}

function fromUtc(t: number): Ymd {
	const x = new Date(t);
	return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
	return fromUtc(toUtc(d) + n * 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Ymd): number {
	return new Date(toUtc(d)).getUTCDay();
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
	const k = y * 12 + (m - 1) + n;
	return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

export function daysBetween(a: Ymd, b: Ymd): number {
	return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

export function isValidDay(y: number, m: number, d: number): boolean {
	// Date.UTC rolls an impossible day or month over into another (13/2025 → 1/2026, 31 April →
	// 1 May), so a day exists exactly when it comes back unchanged.
	const x = fromUtc(toUtc({ y, m, d }));
	return x.m === m && x.d === d;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function fmtDay(d: Ymd): string {
	return `${pad(d.y, 4)}-${pad(d.m)}-${pad(d.d)}`;
}

export function fmtMonth(y: number, m: number): string {
	return `${pad(y, 4)}-${pad(m)}`;
}

/**
 * Year for a day written without one ("le 17 janvier"): the candidate nearest to the reference,
 * where the direction the sentence's tense contradicts costs half a year (a past-tense "3 mai"
 * read in January is last May, not next May), and the past wins a tie (the earlier year is tried
 * first and only a strictly nearer one replaces it). A future perfect ('anterior') is as a clause
 * without tense: the nearest occurrence.
 */
export function impliedYear(m: number, d: number, ref: Ymd, tense: 'past' | 'future' | 'anterior' | null = null): number {
	let best = ref.y;
	let bestDist = Infinity;
	for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
		if (!isValidDay(y, m, d)) continue;
		const diff = daysBetween(ref, { y, m, d });
		const penalty = tense === 'past' ? (diff > 0 ? 200 : 0) : tense === 'future' ? (diff < 0 ? 200 : 0) : 0;
		const dist = Math.abs(diff) + penalty;
		if (dist < bestDist) {
			bestDist = dist;
			best = y;
		}
	}
	return best;
}

/** Month written without a year: the latest one not after the reference, or the next one from it for the future. */
/** The year of the occurrence of month m nearest to the reference ("décembre aura été…" in January: the one just past). */
export function nearestMonthYear(m: number, ref: Ymd): number {
	const d = m - ref.m;
	return d > 6 ? ref.y - 1 : d < -6 ? ref.y + 1 : ref.y;
}

export function impliedMonthYear(m: number, ref: Ymd, future: boolean): number {
	if (future) return m >= ref.m ? ref.y : ref.y + 1;
	return m <= ref.m ? ref.y : ref.y - 1;
}

/**
 * Weekday relative to the reference: 'past' = the latest such day on or before it (a paper
 * published on a Friday that says "vendredi" means that day), 'last' = strictly before,
 * 'next' = strictly after, 'future' = on or after.
 */
export function resolveWeekday(wd: number, ref: Ymd, mode: 'past' | 'last' | 'next' | 'future'): Ymd {
	const cur = weekdayOf(ref);
	if (mode === 'past' || mode === 'last') {
		let back = (cur - wd + 7) % 7;
		if (back === 0 && mode === 'last') back = 7;
		return addDays(ref, -back);
	}
	let fwd = (wd - cur + 7) % 7;
	if (fwd === 0 && mode === 'next') fwd = 7;
	return addDays(ref, fwd);
}

// Astronomical seasons (what "l'été 2024" means in a newspaper); winter is labelled with the year
// of its January, which holds most of it (21 Dec 2023 – 19 Mar 2024 is "2024-winter").
const SEASON_ORDER: Season[] = ['winter', 'spring', 'summer', 'autumn'];

function seasonIndex(d: Ymd): number {
	const md = d.m * 100 + d.d;
	if (md >= 1221) return (d.y + 1) * 4; // winter of next year
	if (md < 320) return d.y * 4;
	if (md < 621) return d.y * 4 + 1;
	if (md < 922) return d.y * 4 + 2;
	return d.y * 4 + 3;
}

function fromSeasonIndex(i: number): string {
	return `${Math.floor(i / 4)}-${SEASON_ORDER[i % 4]}`;
}

/**
 * Season relative to the reference: 'last' = latest finished one, 'next' = next one to start,
 * 'this' = the nearest (current if we are in it), 'past' = current or latest (a season named
 * without a year in a report of past events). Two seasons away either way ("this summer" on 23
 * December, which is already next year's winter), 'this' is the one the sentence's tense leans to:
 * gone in a report, to come in a plan, and without a tense the one that begins the current year.
 */
export function resolveSeason(s: Season, ref: Ymd, mode: 'last' | 'next' | 'this' | 'past', lean?: 'past' | 'future'): string {
	const cur = seasonIndex(ref);
	const k = SEASON_ORDER.indexOf(s);
	const curK = cur % 4;
	const base = cur - curK; // winter index of the current season-year
	let i: number;
	if (mode === 'last') {
		i = base + k;
		if (i >= cur) i -= 4;
	} else if (mode === 'next') {
		i = base + k;
		if (i <= cur) i += 4;
	} else if (mode === 'past') {
		i = base + k;
		if (i > cur) i -= 4;
	} else {
		i = base + k;
		if (i - cur > 2 || (i - cur === 2 && lean === 'past')) i -= 4;
		else if (cur - i > 2 || (cur - i === 2 && lean === 'future')) i += 4;
	}
	return fromSeasonIndex(i);
}

/** ISO 8601 week of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf(d: Ymd): { y: number; w: number } {
	const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
	return { y: thursday.y, w: Math.floor(daysBetween({ y: thursday.y, m: 1, d: 1 }, thursday) / 7) + 1 };
}

/** Monday of ISO week `w` of week-year `y` (week 1 is the week of 4 January). */
export function isoWeekMonday(y: number, w: number): Ymd {
	const jan4 = { y, m: 1, d: 4 };
	return addDays(jan4, (w - 1) * 7 - ((weekdayOf(jan4) + 6) % 7));
}

/** 52 or 53. */
export function isoWeeksIn(y: number): number {
	return isoWeekOf({ y, m: 12, d: 28 }).w;
}

/** "2025-W03": the ISO week a day falls in. */
export function fmtWeek(d: Ymd): string {
	const { y, w } = isoWeekOf(d);
	return `${pad(y, 4)}-W${pad(w)}`;
}

/** EDTF decade "199X" for the decade starting in 1990. */
export function fmtDecade(start: number): string {
	return `${pad(Math.floor(start / 10), 3)}X`;
}

/**
 * A decade written with two digits ("les années 90", "the '90s"): the latest one that starts no
 * later than the reference year (90 → 1990 and 20 → 2020 in 2025).
 */
export function decadeFromTwoDigits(dd: number, refYear: number): number {
	const y = Math.floor(refYear / 100) * 100 + dd;
	return y > refYear ? y - 100 : y;
}

// A year a text names: four digits from 1500 to 2099, not part of a longer number, a decimal or a
// grouped count ("45 000 visiteurs et 2000 exposants" names 2000; "1 999 habitants" no year).
const YEAR_NAMED = /(?<![\p{L}\p{N}.,]|\d[\s\u00a0\u202f])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** The latest year the sentences name, up to `atMost`; 0 when they name none. */
export function latestYearNamed(sentences: readonly { text: string }[], atMost: number): number {
	let latest = 0;
	for (const s of sentences) for (const m of s.text.matchAll(YEAR_NAMED)) if (+m[1] <= atMost) latest = Math.max(latest, +m[1]);
	return latest;
}

// Statistics as plain data, ready for dumb SVG components: streak, true retention, the due
// forecast and the calendar heatmap. Days are local day numbers (see day.ts).
import { State } from './scheduler';

/** Anki's line: a card is mature once its interval reaches three weeks. */
export const MATURE_DAYS = 21;

/**
 * Consecutive days with at least one review, ending today when today is done; a streak not yet
 * extended today is still alive if yesterday was done.
 */
export function streak(days: Iterable<number>, today: number): number {
	const set = new Set(days);
	let d = set.has(today) ? today : today - 1;
	let n = 0;
	while (set.has(d)) {
		n++;
		d--;
	}
	return n;
}

export interface RetentionRow {
	passed: number;
	total: number;
	/** null when there is nothing to measure. */
	rate: number | null;
}

export interface Retention {
	young: RetentionRow;
	mature: RetentionRow;
	all: RetentionRow;
}

/**
 * True retention: of the reviews of cards in the Review state, the share not answered Again.
 * `scheduledDays` is the interval the card had when it was reviewed (ts-fsrs logs the card
 * before the review), which is what young/mature is about.
 */
export function retention(reviews: { rating: number; stateBefore: number; scheduledDays: number }[]): Retention {
	const row = (): RetentionRow => ({ passed: 0, total: 0, rate: null });
	const r = { young: row(), mature: row(), all: row() };
	for (const l of reviews) {
		if (l.stateBefore !== State.Review) continue;
		const bucket = l.scheduledDays >= MATURE_DAYS ? r.mature : r.young;
		const pass = l.rating > 1 ? 1 : 0;
		for (const b of [bucket, r.all]) {
			b.total++;
			b.passed += pass;
		}
	}
	for (const b of [r.young, r.mature, r.all]) b.rate = b.total ? b.passed / b.total : null;
	return r;
}

export interface ForecastDay {
	day: number;
	count: number;
}

/** Cards due per day from today on; anything overdue is due today. */
export function forecast(buckets: { day: number; count: number }[], today: number, days = 30): ForecastDay[] {
	const out: ForecastDay[] = Array.from({ length: days }, (_, i) => ({ day: today + i, count: 0 }));
	for (const b of buckets) {
		const i = Math.max(0, Math.floor(b.day) - today);
		if (i < days) out[i].count += b.count;
	}
	return out;
}

export interface HeatCell {
	day: number;
	count: number;
	/** 0 (none) … 4 (busiest), relative to the busiest day shown. */
	level: 0 | 1 | 2 | 3 | 4;
	future: boolean;
}

export interface Heatmap {
	/** Columns of seven cells, first weekday first. */
	weeks: HeatCell[][];
	max: number;
	total: number;
	activeDays: number;
}

/** Weekday of a local day number, 0 = Sunday (day 0 was Thursday 1 January 1970). */
export const weekday = (day: number) => (((day + 4) % 7) + 7) % 7;

export function level(count: number, max: number): HeatCell['level'] {
	if (count <= 0 || max <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as HeatCell['level'];
}

/** The last `weeks` weeks up to this week, whole weeks starting on `weekStart` (0 Sunday, 1 Monday). */
export function heatmap(counts: Map<number, number>, today: number, weeks = 26, weekStart: 0 | 1 = 1): Heatmap {
	const offsetInWeek = (weekday(today) - weekStart + 7) % 7;
	const first = today - offsetInWeek - (weeks - 1) * 7;
	let max = 0;
	let total = 0;
	let activeDays = 0;
	for (let d = first; d <= today; d++) {
		const c = counts.get(d) ?? 0;
		max = Math.max(max, c);
		total += c;
		if (c > 0) activeDays++;
	}
	const cols: HeatCell[][] = [];
	for (let w = 0; w < weeks; w++) {
		const col: HeatCell[] = [];
		for (let i = 0; i < 7; i++) {
			const day = first + w * 7 + i;
			const count = day <= today ? (counts.get(day) ?? 0) : 0;
			col.push({ day, count, level: level(count, max), future: day > today });
		}
		cols.push(col);
	}
	return { weeks: cols, max, total, activeDays };
}

export interface CardCounts {
	new: number;
	learning: number;
	review: number;
	suspended: number;
	total: number;
}

export function cardCounts(rows: { state: number; suspended: boolean; count: number }[]): CardCounts {
	const c: CardCounts = { new: 0, learning: 0, review: 0, suspended: 0, total: 0 };
	for (const r of rows) {
		c.total += r.count;
		if (r.suspended) c.suspended += r.count;
		else if (r.state === State.New) c.new += r.count;
		else if (r.state === State.Review) c.review += r.count;
		else c.learning += r.count;
	}
	return c;
}

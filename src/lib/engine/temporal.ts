// Temporal and numeric facts: dates (absolute, partial, relative to the reference date), seasons,
// times of day, durations, quantities, ordinals, money and percentages. Works sentence by
// sentence over the article's content sentences only, so boilerplate and metadata never yield facts.
import type { ExtractContext, Fact } from './types';
import { resolveOverlaps, type Candidate } from './temporal/candidate';
import { parseReference } from './temporal/calendar';
import { findDates, findTimes, withTime } from './temporal/dates';
import { findNumeric } from './temporal/numeric';

// How far back a bare time of day ("At 2 p.m., …") may look for the day it belongs to.
const TIME_CONTEXT_SENTENCES = 3;

export function extractTemporal(ctx: ExtractContext): Fact[] {
	const { article } = ctx;
	const lang = article.lang;
	const ref = parseReference(ctx.reference);
	// Noon UTC: chrono then never slips a day whatever the machine's time zone.
	const refDate = new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12));
	const facts: Fact[] = [];
	let lastDay: { value: string; sentence: number; paragraph: number } | null = null;
	for (const s of article.sentences) {
		const st = article.text.slice(s.start, s.end);
		if (st.length < 2) continue;
		const dates = resolveOverlaps(findDates(st, lang, ref, refDate));
		const context =
			lastDay && lastDay.paragraph === s.paragraph && s.index - lastDay.sentence <= TIME_CONTEXT_SENTENCES ? lastDay.value : null;
		const withTimes = attachTimes(st, lang, dates, context);
		const numeric = findNumeric(st, lang, ref, withTimes);
		for (const c of resolveOverlaps([...withTimes, ...numeric])) {
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
			if (c.type === 'date' && (c.precision === 'day' || c.precision === 'time'))
				lastDay = { value: c.value.split('T')[0], sentence: s.index, paragraph: s.paragraph };
		}
	}
	return facts;
}

/**
 * Ties each free time of day to a day: merged into the date it stands next to ("at 8 p.m. on
 * Tuesday"), else dated by the sentence's day date, else by the last day named just before.
 */
function attachTimes(st: string, lang: ExtractContext['article']['lang'], dates: Candidate[], context: string | null): Candidate[] {
	const times = findTimes(st, lang).filter((t) => !dates.some((d) => t.start < d.end && d.start < t.end));
	if (!times.length) return dates;
	const out = dates.slice();
	for (const t of times) {
		const days = out.filter((d) => d.type === 'date' && d.precision === 'day');
		const next = days.find((d) => d.start >= t.end && /^[\s,]*(?:on|le|ce)?[\s,]*$/iu.test(st.slice(t.end, d.start)));
		if (next) {
			next.value = withTime(next.value, t.h, t.min);
			next.precision = 'time';
			next.start = t.start;
			continue;
		}
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

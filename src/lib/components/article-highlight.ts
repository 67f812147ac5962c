// Cuts an article into runs of text for the highlighter: each run knows which fact colours it,
// whether it is removed boilerplate, and which questions' evidence it belongs to. Pure.
import type { AnyRange } from '../engine/types';

export interface HighlightFact {
	id: string;
	type: string;
	start: number;
	end: number;
	value?: string;
}

export interface EvidenceSpan {
	questionId: string;
	start: number;
	end: number;
}

export interface Run {
	start: number;
	end: number;
	text: string;
	/** The innermost fact covering the run (a person inside a quote shows as the person). */
	fact: HighlightFact | null;
	/** Colour group of that fact, one of HIGHLIGHT_GROUPS. */
	group: HighlightGroup | null;
	removed: boolean;
	/** Questions whose evidence covers this run. */
	evidence: string[];
	/** Questions whose evidence starts exactly here: the run carries their anchor. */
	anchors: string[];
}

export const HIGHLIGHT_GROUPS = ['date', 'number', 'person', 'place', 'org', 'quote', 'negation', 'event'] as const;
export type HighlightGroup = (typeof HIGHLIGHT_GROUPS)[number];

/** Fact types share the app's eight highlight colours (--hl-*). */
export function groupOf(type: string): HighlightGroup {
	switch (type) {
		case 'date':
		case 'duration':
			return 'date';
		case 'quantity':
		case 'ordinal':
		case 'money':
		case 'percent':
			return 'number';
		case 'person':
		case 'role':
			return 'person';
		case 'place':
			return 'place';
		case 'organisation':
			return 'org';
		case 'quote':
			return 'quote';
		case 'negation':
			return 'negation';
		default:
			return 'event';
	}
}

function clampSpan<T extends { start: number; end: number }>(s: T, length: number): T | null {
	const start = Math.max(0, Math.min(s.start, length));
	const end = Math.max(0, Math.min(s.end, length));
	return end > start ? { ...s, start, end } : null;
}

export function buildRuns(text: string, facts: HighlightFact[], removed: readonly AnyRange[], evidence: EvidenceSpan[]): Run[] {
	const fs = facts.map((f) => clampSpan(f, text.length)).filter((f): f is HighlightFact => !!f);
	const rs = removed.map(([start, end]) => clampSpan({ start, end }, text.length)).filter((r): r is { start: number; end: number } => !!r);
	const es = evidence.map((e) => clampSpan(e, text.length)).filter((e): e is EvidenceSpan => !!e);

	const cuts = new Set<number>([0, text.length]);
	for (const s of [...fs, ...rs, ...es]) {
		cuts.add(s.start);
		cuts.add(s.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const runs: Run[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i];
		const end = points[i + 1];
		if (end <= start) continue;
		const covering = fs.filter((f) => f.start <= start && f.end >= end);
		covering.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
		const fact = covering[0] ?? null;
		runs.push({
			start,
			end,
			text: text.slice(start, end),
			fact,
			group: fact ? groupOf(fact.type) : null,
			removed: rs.some((r) => r.start <= start && r.end >= end),
			evidence: es.filter((e) => e.start <= start && e.end >= end).map((e) => e.questionId),
			anchors: es.filter((e) => e.start === start).map((e) => e.questionId)
		});
	}
	return runs;
}

/** How many facts of each colour group, for the legend. */
export function countGroups(facts: HighlightFact[]): Record<HighlightGroup, number> {
	const counts = Object.fromEntries(HIGHLIGHT_GROUPS.map((g) => [g, 0])) as Record<HighlightGroup, number>;
	for (const f of facts) counts[groupOf(f.type)]++;
	return counts;
}

import type { DatePrecision, FactType } from '../../types';

/** A fact found in one sentence; offsets are relative to the sentence text until emitted. */
export interface Candidate {
	start: number;
	end: number;
	type: FactType;
	value: string;
	precision?: DatePrecision;
	unit?: string;
	role?: string;
	inferred?: boolean;
	confidence: number;
	/** "hier", "tomorrow": relative to the moment of speaking, so no anchor for a bare time of day. */
	deictic?: boolean;
}

/** Tie-break between overlapping candidates of equal length. */
export const TYPE_PRIORITY: Partial<Record<FactType, number>> = {
	date: 6,
	money: 5,
	percent: 4,
	duration: 3,
	ordinal: 2,
	quantity: 1
};

/**
 * Keeps the longest of overlapping candidates (a date "en décembre 2024" over the year inside it,
 * money "1,5 milliard d'euros" over the bare number), then the higher type priority.
 */
export function resolveOverlaps(cands: Candidate[]): Candidate[] {
	const sorted = [...cands].sort(
		(a, b) =>
			b.end - b.start - (a.end - a.start) ||
			(TYPE_PRIORITY[b.type] ?? 0) - (TYPE_PRIORITY[a.type] ?? 0) ||
			b.confidence - a.confidence ||
			a.start - b.start
	);
	const kept: Candidate[] = [];
	for (const c of sorted) {
		if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
		kept.push(c);
	}
	return kept.sort((a, b) => a.start - b.start);
}

// Today's queue, Anki style: cards that are due come first (learning steps and reviews, oldest
// due first), then new cards, then learning cards due within the learn-ahead window so a student
// who has finished everything else is not left waiting for a 1-minute step. Daily caps count
// what today's log already holds. Pure: the repository hands in the candidates.
import { State } from './scheduler';

export const LEARN_AHEAD_MS = 20 * 60_000;
export const MAX_NEW_PER_DAY = 999;
export const MAX_REVIEWS_PER_DAY = 9999;

export interface QueueCard {
	id: string;
	state: State;
	due: Date;
}

/** Reviews that still count: kind 'review' and not cancelled by an undo row. */
export function effective<T extends { id: string; kind: string; undoes: string | null }>(logs: T[]): T[] {
	const undone = new Set(logs.filter((l) => l.kind === 'undo' && l.undoes).map((l) => l.undoes!));
	return logs.filter((l) => l.kind === 'review' && !undone.has(l.id));
}

/** New cards introduced and review cards answered today, from today's effective reviews per state before; learning steps are not capped. */
export function doneToday(counts: { stateBefore: number; n: number }[]): { newDone: number; reviewsDone: number; total: number } {
	let newDone = 0;
	let reviewsDone = 0;
	let total = 0;
	for (const c of counts) {
		total += c.n;
		if (c.stateBefore === State.New) newDone += c.n;
		else if (c.stateBefore === State.Review) reviewsDone += c.n;
	}
	return { newDone, reviewsDone, total };
}

export function remainingLimits(limits: { newPerDay: number; reviewsPerDay: number }, done: { newDone: number; reviewsDone: number }) {
	return {
		newLeft: Math.max(0, limits.newPerDay - done.newDone),
		reviewsLeft: Math.max(0, limits.reviewsPerDay - done.reviewsDone)
	};
}

export interface QueueInput {
	now: Date;
	learnAheadMs?: number;
	/** The first learning and relearning cards due before the end of today, by due. */
	learning: QueueCard[];
	/** How many learning cards are due today in all. */
	learningCount: number;
	/** Review cards due before the end of today, by due, already cut to the reviews left. */
	reviews: QueueCard[];
	/** How many review cards are available today, at most the reviews left. */
	reviewCount: number;
	/** New cards in the order they were added, already cut to the new cards left. */
	newCards: QueueCard[];
	newCount: number;
}

export interface Queue {
	/** Card ids in the order they will be shown; the first is the current card. */
	order: string[];
	counts: { new: number; learning: number; review: number };
	/** When nothing is shown now: the next time a card becomes due today, if any. */
	nextLearningDue: Date | null;
}

const byDue = (a: QueueCard, b: QueueCard) => a.due.getTime() - b.due.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildQueue(input: QueueInput): Queue {
	const now = input.now.getTime();
	const ahead = now + (input.learnAheadMs ?? LEARN_AHEAD_MS);
	const learningNow = input.learning.filter((c) => c.due.getTime() <= now);
	const learningSoon = input.learning.filter((c) => c.due.getTime() > now && c.due.getTime() <= ahead).sort(byDue);
	const dueNow = [...learningNow, ...input.reviews].sort(byDue);
	const order = [...dueNow, ...input.newCards, ...learningSoon].map((c) => c.id);
	const later = input.learning.filter((c) => c.due.getTime() > ahead).sort(byDue);
	return {
		order,
		counts: { new: input.newCount, learning: input.learningCount, review: input.reviewCount },
		nextLearningDue: order.length === 0 && later.length > 0 ? later[0].due : null
	};
}

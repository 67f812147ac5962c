import { describe, it, expect } from 'vitest';
import { buildQueue, doneToday, remainingLimits, effective, type QueueCard } from './queue';
import { State } from './scheduler';

const now = new Date('2025-03-10T10:00:00Z');
const at = (min: number) => new Date(now.getTime() + min * 60_000);
const c = (id: string, state: State, dueMin: number): QueueCard => ({ id, state, due: at(dueMin) });

describe('queue ordering', () => {
	it('due learning and review cards by due, then new, then learning within learn-ahead', () => {
		const q = buildQueue({
			now,
			learning: [c('l-past', State.Learning, -5), c('l-soon', State.Relearning, 10), c('l-late', State.Learning, 90)],
			learningCount: 3,
			reviews: [c('r-old', State.Review, -600), c('r-today', State.Review, 120)],
			reviewCount: 2,
			newCards: [c('n1', State.New, -1000), c('n2', State.New, -999)],
			newCount: 2
		});
		expect(q.order).toEqual(['r-old', 'l-past', 'r-today', 'n1', 'n2', 'l-soon']);
		expect(q.counts).toEqual({ new: 2, learning: 3, review: 2 });
		expect(q.nextLearningDue).toBeNull();
	});

	it('an empty queue reports when the next learning card is back', () => {
		const q = buildQueue({ now, learning: [c('l', State.Learning, 45)], learningCount: 1, reviews: [], reviewCount: 0, newCards: [], newCount: 0 });
		expect(q.order).toEqual([]);
		expect(q.nextLearningDue).toEqual(at(45));
	});
});

describe('daily caps', () => {
	it('counts new cards started and review cards answered today; learning steps are free', () => {
		expect(doneToday([{ stateBefore: 0, n: 2 }, { stateBefore: 2, n: 1 }, { stateBefore: 1, n: 4 }, { stateBefore: 3, n: 1 }])).toEqual({ newDone: 2, reviewsDone: 1, total: 8 });
	});

	it('drops undone reviews, undo rows and quiz answers', () => {
		const log = (id: string, kind: 'review' | 'undo' | 'quiz' = 'review', undoes: string | null = null) => ({ id, kind, undoes });
		expect(effective([log('a'), log('b'), log('u', 'undo', 'b'), log('q', 'quiz')]).map((l) => l.id)).toEqual(['a']);
	});

	it('what is left never goes below zero', () => {
		expect(remainingLimits({ newPerDay: 20, reviewsPerDay: 200 }, { newDone: 5, reviewsDone: 250 })).toEqual({ newLeft: 15, reviewsLeft: 0 });
		expect(remainingLimits({ newPerDay: 0, reviewsPerDay: 0 }, { newDone: 0, reviewsDone: 0 })).toEqual({ newLeft: 0, reviewsLeft: 0 });
	});
});

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

describe('queue edges', () => {
	it('a learning card due this very minute is shown now; one due exactly at the learn-ahead limit comes after the new cards', () => {
		const q = buildQueue({
			now,
			learning: [c('l-20', State.Learning, 20), c('l-now', State.Learning, 0), c('l-21', State.Learning, 21)],
			learningCount: 3,
			reviews: [],
			reviewCount: 0,
			newCards: [c('n', State.New, 0)],
			newCount: 1
		});
		expect(q.order).toEqual(['l-now', 'n', 'l-20']);
	});

	it('cards due at the same instant go by id; the learn-ahead window can be changed', () => {
		const q = buildQueue({
			now,
			learning: [c('l-5', State.Learning, 5)],
			learningCount: 1,
			reviews: [c('r-b', State.Review, -10), c('r-a', State.Review, -10), c('r-c', State.Review, -20)],
			reviewCount: 3,
			newCards: [],
			newCount: 0,
			learnAheadMs: 0
		});
		expect(q.order).toEqual(['r-c', 'r-a', 'r-b']);
		expect(q.nextLearningDue).toBeNull();
	});

	it('an empty queue names the earliest learning card still to come, or none', () => {
		const q = buildQueue({
			now,
			learning: [c('l-90', State.Learning, 90), c('l-45', State.Learning, 45), c('l-60', State.Learning, 60)],
			learningCount: 3,
			reviews: [],
			reviewCount: 0,
			newCards: [],
			newCount: 0
		});
		expect(q.nextLearningDue).toEqual(at(45));
		const empty = buildQueue({ now, learning: [], learningCount: 0, reviews: [], reviewCount: 0, newCards: [], newCount: 0 });
		expect(empty).toEqual({ order: [], counts: { new: 0, learning: 0, review: 0 }, nextLearningDue: null });
	});

	it('only an undo row cancels a review', () => {
		const rows = [
			{ id: 'a', kind: 'review', undoes: null },
			{ id: 'q', kind: 'quiz', undoes: 'a' },
			{ id: 'b', kind: 'review', undoes: null },
			{ id: 'u', kind: 'undo', undoes: null }
		];
		expect(effective(rows).map((l) => l.id)).toEqual(['a', 'b']);
	});

	it('learning steps count in the total only; the caps subtract what was done', () => {
		expect(doneToday([{ stateBefore: 3, n: 2 }])).toEqual({ newDone: 0, reviewsDone: 0, total: 2 });
		expect(remainingLimits({ newPerDay: 20, reviewsPerDay: 200 }, { newDone: 20, reviewsDone: 199 })).toEqual({ newLeft: 0, reviewsLeft: 1 });
	});
});

describe('queue order, exactly', () => {
	it('ties by id whatever order the cards come in; learning cards ahead by due', () => {
		const q = buildQueue({
			now,
			learning: [c('l-15', State.Learning, 15), c('l-5', State.Learning, 5)],
			learningCount: 2,
			reviews: [c('r-d', State.Review, -10), c('r-b', State.Review, -10), c('r-c', State.Review, -10), c('r-a', State.Review, -10)],
			reviewCount: 4,
			newCards: [],
			newCount: 0
		});
		expect(q.order).toEqual(['r-a', 'r-b', 'r-c', 'r-d', 'l-5', 'l-15']);
	});
});

import { describe, it, expect } from 'vitest';
import { fsrs, generatorParameters, createEmptyCard, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { createScheduler, isGrade, newCardState, preview, retrievability, review, reviewStored, toFsrsCard, fromFsrsCard, usableParameters, type CardState } from './scheduler';

const T0 = new Date('2025-01-20T08:00:00Z');
const settings = { desiredRetention: 0.9, enableFuzz: false };

describe('scheduler adapter', () => {
	it('a fixed sequence of ratings gives exactly the dues and states ts-fsrs gives', () => {
		const direct = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));
		const ours = createScheduler(settings);
		const ratings: Grade[] = [Rating.Good, Rating.Good, Rating.Good, Rating.Again, Rating.Hard, Rating.Good, Rating.Easy, Rating.Good];
		let theirs: Card = createEmptyCard(T0);
		let mine: CardState = newCardState(T0);
		let now = T0;
		for (const g of ratings) {
			const a = direct.next(theirs, now, g);
			const b = review(ours, mine, now, g, 'card-1');
			expect(b.card.due.toISOString()).toBe(a.card.due.toISOString());
			expect(b.card.state).toBe(a.card.state);
			expect(b.card.stability).toBe(a.card.stability);
			expect(b.card.difficulty).toBe(a.card.difficulty);
			expect(b.card.scheduledDays).toBe(a.card.scheduled_days);
			expect(b.card.reps).toBe(a.card.reps);
			expect(b.card.lapses).toBe(a.card.lapses);
			expect(b.log.stateBefore).toBe(a.log.state);
			expect(b.log.stateAfter).toBe(a.card.state);
			theirs = a.card;
			mine = b.card;
			now = new Date(a.card.due.getTime() + 3_600_000);
		}
		expect(mine.state).toBe(State.Review);
		expect(mine.lapses).toBe(1);
	});

	it('learning steps are 1 min and 10 min, relearning 10 min', () => {
		const f = createScheduler(settings);
		const p = preview(f, newCardState(T0), T0);
		expect(p[Rating.Again].intervalMs).toBe(60_000);
		expect(p[Rating.Good].intervalMs).toBe(10 * 60_000);
		expect(p[Rating.Easy].card.state).toBe(State.Review);
	});

	it('maps rows to ts-fsrs cards and back without loss', () => {
		const c: CardState = { ...newCardState(T0), stability: 3.2, difficulty: 5.1, reps: 4, lapses: 1, state: State.Review, lastReview: T0, scheduledDays: 3, elapsedDays: 2, learningSteps: 0 };
		expect(fromFsrsCard(toFsrsCard(c))).toEqual(c);
	});

	it('the interval on a button is the one the review applies, fuzz included', () => {
		const f = createScheduler({ desiredRetention: 0.9, enableFuzz: true });
		let card = newCardState(T0);
		let now = T0;
		for (const g of [Rating.Good, Rating.Good, Rating.Good, Rating.Good] as Grade[]) {
			const shown = preview(f, card, now, 'abc')[g].card.due.getTime();
			const later = new Date(now.getTime() + 5_000);
			// Previewed at `now`, answered 5 s later: the seed is the card id, so only those 5 s differ.
			const applied = review(f, card, later, g, 'abc');
			expect(Math.abs(applied.card.due.getTime() - shown - 5_000)).toBeLessThan(1000);
			card = applied.card;
			now = new Date(card.due.getTime() + 60_000);
		}
	});

	it('higher desired retention means shorter intervals', () => {
		const card = review(createScheduler(settings), newCardState(T0), T0, Rating.Easy).card;
		const later = new Date(card.due.getTime());
		const lo = preview(createScheduler({ desiredRetention: 0.8, enableFuzz: false }), card, later)[Rating.Good].intervalMs;
		const hi = preview(createScheduler({ desiredRetention: 0.97, enableFuzz: false }), card, later)[Rating.Good].intervalMs;
		expect(hi).toBeLessThan(lo);
	});

	it('ignores a saved parameter vector ts-fsrs would reject', () => {
		expect(usableParameters([1, 2, 3])).toBeUndefined();
		expect(usableParameters([NaN, ...Array(20).fill(1)])).toBeUndefined();
		expect(usableParameters(null)).toBeUndefined();
		expect(() => createScheduler({ ...settings, parameters: [1, 2] })).not.toThrow();
	});

	it('reviewing a stored card (epoch ms) gives exactly what reviewing the same card with Dates gives, fuzz included', () => {
		const f = createScheduler({ desiredRetention: 0.9, enableFuzz: true });
		const ratings: Grade[] = [Rating.Good, Rating.Easy, Rating.Good, Rating.Again, Rating.Hard, Rating.Good, Rating.Good];
		let card = newCardState(T0);
		let now = T0;
		for (const g of ratings) {
			const stored = { ...card, due: card.due.getTime(), lastReview: card.lastReview ? card.lastReview.getTime() : null };
			const a = review(f, card, now, g, 'card-7');
			const b = reviewStored(f, stored, now.getTime(), g, 'card-7');
			expect(b.card).toEqual({ ...a.card, due: a.card.due.getTime(), lastReview: a.card.lastReview ? a.card.lastReview.getTime() : null });
			expect(b.log).toEqual({ ...a.log, due: a.log.due.getTime(), reviewedAt: a.log.reviewedAt.getTime() });
			card = a.card;
			now = new Date(card.due.getTime() + 3 * 86_400_000);
		}
		expect(card.state).toBe(State.Review);
	});
});

// Hand arithmetic for the tests below. ts-fsrs schedules a review card
//   interval = round(S × m),  m = (r^(−1/decay) − 1) / (0.9^(−1/decay) − 1),
// and Easy on a new card sends it straight to review with S = w[3]. At r = 0.9, m = 1 whatever
// the decay, so Easy on a new card is due round(w[3]) days later.
// With decay w[20] = 0.5: 0.9^−2 − 1 = 1/0.81 − 1 = 0.2345679 (19/81), so
//   r = 0.8:  (0.8^−2 − 1) / 0.2345679 = 0.5625 / 0.2345679 = 2.398026
//   r = 0.97: (0.97^−2 − 1) / 0.2345679 = 0.0628122 / 0.2345679 = 0.267778
//   r = 0.5:  (0.5^−2 − 1) / 0.2345679 = 3 / 0.2345679 = 12.789 (what an unclamped 0.5 would give)
//   r = 0.99: (0.99^−2 − 1) / 0.2345679 = 0.0203041 / 0.2345679 = 0.0866
const DAY = 86_400_000;
// ts-fsrs 5's default FSRS-6 vector with w[3] (initial stability after Easy) raised from 8.2956 to 30.
const PERSONAL = [0.212, 1.2931, 2.3065, 30, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
// w[3] = 10 and decay w[20] = 0.5, for round numbers in the retention arithmetic.
const TEN_HALF = [...PERSONAL.slice(0, 3), 10, ...PERSONAL.slice(4, 20), 0.5];

describe('personal parameters and the retention clamp', () => {
	it('a saved parameter vector changes the interval shown on the button and the one applied', () => {
		const card = newCardState(T0);
		// Defaults: round(8.2956 × 1) = 8 days. Personal: round(30 × 1) = 30 days.
		const defaults = createScheduler(settings);
		const personal = createScheduler({ ...settings, parameters: PERSONAL });
		expect(preview(defaults, card, T0)[Rating.Easy].intervalMs).toBe(8 * DAY);
		expect(preview(personal, card, T0)[Rating.Easy].intervalMs).toBe(30 * DAY);
		const applied = review(personal, card, T0, Rating.Easy, 'c1').card;
		expect(applied.due.getTime()).toBe(T0.getTime() + 30 * DAY);
		expect(applied.scheduledDays).toBe(30);
		expect(applied.stability).toBe(30);
		const stored = reviewStored(personal, { ...card, due: card.due.getTime(), lastReview: null }, T0.getTime(), Rating.Easy, 'c1').card;
		expect(stored.due).toBe(T0.getTime() + 30 * DAY);
	});

	it('desired retention is clamped to 0.80–0.97, and a missing one means 0.9', () => {
		const easyDays = (desiredRetention: number) =>
			preview(createScheduler({ desiredRetention, enableFuzz: false, parameters: TEN_HALF }), newCardState(T0), T0)[Rating.Easy].intervalMs / DAY;
		// In range: 0.9 → round(10 × 1) = 10; 0.8 → round(10 × 2.398026) = round(23.98) = 24; 0.97 → round(2.678) = 3.
		expect(easyDays(0.9)).toBe(10);
		expect(easyDays(0.8)).toBe(24);
		expect(easyDays(0.97)).toBe(3);
		// Below the range: 0.5 is read as 0.8 (24 days, not round(127.9) = 128).
		expect(easyDays(0.5)).toBe(24);
		// Above: 0.99 is read as 0.97 (3 days, not max(1, round(0.866)) = 1).
		expect(easyDays(0.99)).toBe(3);
		// 0 (no setting) is the default 0.9: 10 days.
		expect(easyDays(0)).toBe(10);
	});
});

describe('scheduler details', () => {
	it('a grade is 1, 2, 3 or 4 and nothing else', () => {
		for (const n of [1, 2, 3, 4]) expect(isGrade(n), String(n)).toBe(true);
		for (const n of [0, 5, '3', 2.5, null, undefined]) expect(isGrade(n), String(n)).toBe(false);
	});

	it('recall probability: 0 for a new card; FSRS-6’s curve for a reviewed one', () => {
		const f = createScheduler(settings);
		expect(retrievability(f, newCardState(T0), T0)).toBe(0);
		// Stability 2.3065 days, reviewed three days ago, default decay 0.1542:
		// R = (1 + 0.98035 × 3 / 2.3065)^−0.1542 = 0.88095 (worked out in optimizer.test.ts).
		const card: CardState = { ...newCardState(T0), state: State.Review, stability: 2.3065, difficulty: 5, reps: 1, lastReview: T0, scheduledDays: 3, due: new Date(T0.getTime() + 3 * 86_400_000) };
		expect(retrievability(f, card, new Date(T0.getTime() + 3 * 86_400_000))).toBeCloseTo(0.88095, 4);
	});

	it('the fuzz is seeded by the card: the same review card gets different intervals under different ids', () => {
		const f = createScheduler({ desiredRetention: 0.9, enableFuzz: true });
		const card: CardState = { ...newCardState(T0), state: State.Review, stability: 60, difficulty: 5, reps: 5, lastReview: T0, scheduledDays: 60, due: new Date(T0.getTime() + 60 * 86_400_000) };
		const now = new Date(T0.getTime() + 60 * 86_400_000);
		const intervals = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => preview(f, card, now, id)[Rating.Good].intervalMs));
		expect(intervals.size).toBeGreaterThan(1);
	});
});

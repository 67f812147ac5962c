import { describe, it, expect, beforeAll } from 'vitest';
import { default_w } from 'ts-fsrs';
import { evaluate, fit, simulate, countReviews, MIN_REVIEWS, type CardHistory } from './optimizer';

// A memory unlike the defaults: forgets faster at first, recovers more per success.
const trueW = [...default_w];
trueW[0] = 0.6;
trueW[2] = 4.5;
trueW[8] = 1.3;
trueW[10] = 1.1;
trueW[20] = 0.35;

// The simulated logs are made in beforeAll, not while the tests are collected: a simulator that
// throws then fails these tests (Stryker counts a file that cannot be collected as no failure).
describe('optimizer', () => {
	let log: CardHistory[];
	beforeAll(() => {
		log = simulate(trueW, { cards: 250, days: 300, seed: 42 });
	});

	it('simulates a log large enough to fit', () => {
		expect(countReviews(log)).toBeGreaterThan(MIN_REVIEWS);
		expect(simulate(trueW, { cards: 5, days: 50, seed: 1 })).toEqual(simulate(trueW, { cards: 5, days: 50, seed: 1 }));
	});

	it('the fitted parameters are never worse than the defaults on the log they were fitted to', () => {
		const r = fit(log, { budgetMs: 1500 });
		expect(r.parameters).toHaveLength(21);
		expect(r.after.logLoss).toBeLessThanOrEqual(r.before.logLoss);
		expect(r.before).toEqual(evaluate(default_w, log));
		expect(r.after.n).toBe(r.before.n);
		expect(r.after.rmse).toBeGreaterThanOrEqual(0);
		// Scoring the saved (rounded) vector agrees with what the fit reported.
		expect(evaluate(r.parameters, log).logLoss).toBeCloseTo(r.after.logLoss, 3);
	});

	it('fits that predict a new log better than the defaults, and never fit the noise of a small one', () => {
		// Held-out students with the same memory; a fake clock so the result does not depend on the machine's speed.
		const heldOut = simulate(trueW, { cards: 300, days: 300, seed: 7 });
		const defaults = evaluate(default_w, heldOut).logLoss;
		let tick = 0;
		const run = (cards: number, prior?: number) =>
			evaluate(fit(simulate(trueW, { cards, days: 300, seed: 42 }), { prior, maxSweeps: 6, budgetMs: Infinity, now: () => tick++ }).parameters, heldOut).logLoss - defaults;
		expect(countReviews(simulate(trueW, { cards: 40, days: 300, seed: 42 }))).toBeGreaterThan(MIN_REVIEWS);
		// ~500 reviews: without the pull toward the defaults (prior 0) the fit learns noise.
		expect(run(40, 0)).toBeGreaterThan(0.003);
		expect(run(40)).toBeLessThan(0.0005);
		// ~3,400 reviews: most of the gap to the true memory (-0.0026 here) is found.
		expect(run(250)).toBeLessThan(-0.0015);
	});

	it('predicts nothing from cards with a single review', () => {
		expect(evaluate(default_w, [[{ rating: 3, at: 0 }]])).toEqual({ logLoss: 0, rmse: 0, n: 0 });
	});
});

// One prediction worked out from FSRS-6's forgetting curve with ts-fsrs 5.4's default parameters:
// a new card rated Good starts at stability S = w[2] = 2.3065; three days later recall is
// R = (1 + f·t/S)^−d with d = w[20] = 0.1542 and f = 0.9^(−1/d) − 1 = 0.98035, so
// R = (1 + 0.98035 × 3 / 2.3065)^−0.1542 = 2.27512^−0.1542 = 0.88095.
// Recalled: log loss −ln 0.88095 = 0.12676, RMSE 1 − 0.88095 = 0.11905.
// Forgotten: log loss −ln 0.11905 = 2.12818, RMSE 0.88095.
describe('scoring a log by hand', () => {
	const t0 = Date.UTC(2025, 0, 6, 9);
	const DAY = 86_400_000;
	const good3 = [{ rating: 3 as const, at: t0 }, { rating: 3 as const, at: t0 + 3 * DAY }];
	const again3 = [{ rating: 3 as const, at: t0 }, { rating: 1 as const, at: t0 + 3 * DAY }];

	it('one card recalled after three days', () => {
		const m = evaluate(default_w, [good3]);
		expect(m.n).toBe(1);
		expect(m.logLoss).toBeCloseTo(0.12676, 4);
		expect(m.rmse).toBeCloseTo(0.11905, 4);
	});

	it('one card forgotten after three days', () => {
		const m = evaluate(default_w, [again3]);
		expect(m.n).toBe(1);
		expect(m.logLoss).toBeCloseTo(2.12818, 4);
		expect(m.rmse).toBeCloseTo(0.88095, 4);
	});

	it('both: the mean loss, and one bin holding both predictions', () => {
		// Mean loss (0.12676 + 2.12818) / 2 = 1.12747. Both predictions fall in bin 17 (0.85–0.9):
		// mean prediction 0.88095 against mean outcome 0.5, so RMSE = 0.38095.
		const m = evaluate(default_w, [good3, again3]);
		expect(m.n).toBe(2);
		expect(m.logLoss).toBeCloseTo(1.12747, 4);
		expect(m.rmse).toBeCloseTo(0.38095, 4);
	});

	it('a review the same day predicts nothing, and neither does a history that goes back in time', () => {
		expect(evaluate(default_w, [[{ rating: 3, at: t0 }, { rating: 3, at: t0 + 3_600_000 }]])).toEqual({ logLoss: 0, rmse: 0, n: 0 });
		expect(evaluate(default_w, [[{ rating: 3, at: t0 + 3 * DAY }, { rating: 3, at: t0 }]])).toEqual({ logLoss: 0, rmse: 0, n: 0 });
	});

	it('counts every review, single ones included', () => {
		expect(countReviews([good3, again3, [{ rating: 3, at: t0 }]])).toBe(5);
		expect(countReviews([])).toBe(0);
	});
});

describe('the fit without sweeps', () => {
	const t0 = Date.UTC(2025, 0, 6, 9);
	const log = [[{ rating: 3 as const, at: t0 }, { rating: 3 as const, at: t0 + 3 * 86_400_000 }]];

	it('returns its start (the defaults unless told) after the two first evaluations', () => {
		let tick = 0;
		const r = fit(log, { maxSweeps: 0, now: () => (tick += 10) });
		expect(r.parameters).toEqual([...default_w]);
		expect(r.evaluations).toBe(2);
		// The clock is read at the start and at the end: 10 → 20.
		expect(r.elapsedMs).toBe(10);
		expect(r.before).toEqual(r.after);
	});

	it('falls back on the defaults when the start is worse, and ignores a start of the wrong length', () => {
		// A start far from the defaults pays the pull toward them (400 per review scored).
		const far = [...default_w];
		far[0] = 50;
		expect(fit(log, { maxSweeps: 0, start: far }).parameters).toEqual([...default_w]);
		// Without the pull, a start that predicts this one review better is kept (clipped to
		// ts-fsrs's bounds: w[2] ≤ 100).
		const better = [...default_w];
		better[2] = 1000;
		const kept = fit(log, { maxSweeps: 0, start: better, prior: 0 }).parameters;
		expect(kept[2]).toBe(100);
		expect(fit(log, { maxSweeps: 0, start: better.slice(0, 19), prior: 0 }).parameters).toEqual([...default_w]);
	});
});

describe('scoring a log by hand: a second review the same day', () => {
	it('uses FSRS-6’s short-term stability', () => {
		// Good first (S = 2.3065), then Easy an hour later, which is a short-term review: S' = S · S^−w19 · e^(w17·(G − 3 + w18)) = 2.3065 × 2.3065^−0.0658 × e^(0.5425 × 1.0912)
		// = 2.3065 × 0.94650 × 1.80752 = 3.94603. Three days later R = (1 + 0.98035 × 3 / 3.94603)^−0.1542 = 0.91771.
		const t0 = Date.UTC(2025, 0, 6, 9);
		const m = evaluate(default_w, [
			[
				{ rating: 3, at: t0 },
				{ rating: 4, at: t0 + 3_600_000 },
				{ rating: 3, at: t0 + 3 * 86_400_000 }
			]
		]);
		expect(m.n).toBe(1);
		expect(m.logLoss).toBeCloseTo(-Math.log(0.91771), 4);
	});
});

describe('the simulated log', () => {
	const start = Date.UTC(2024, 0, 1, 9);
	const DAY = 86_400_000;
	let log: CardHistory[];
	beforeAll(() => {
		log = simulate(trueW, { cards: 60, days: 120, seed: 3 });
	});

	it('one history per card, each starting on a whole day within the first 60 % of the period', () => {
		expect(log).toHaveLength(60);
		const firsts = log.map((h) => h[0].at);
		for (const t of firsts) {
			expect((t - start) % DAY).toBe(0);
			expect(t - start).toBeLessThan(0.6 * 120 * DAY);
		}
		// Spread over the period, not all on its first day.
		expect(Math.max(...firsts) - Math.min(...firsts)).toBeGreaterThan(30 * DAY);
	});

	it('reviews at least a minute apart, before the end, at most 40 per card, with valid grades', () => {
		const all = log.flat();
		for (const h of log) {
			expect(h.length).toBeGreaterThan(0);
			expect(h.length).toBeLessThanOrEqual(40);
			expect([1, 3]).toContain(h[0].rating);
			for (let i = 1; i < h.length; i++) expect(h[i].at - h[i - 1].at).toBeGreaterThanOrEqual(60_000);
			expect(h[h.length - 1].at).toBeLessThan(start + 120 * DAY);
		}
		// Every grade occurs: Again and Good for new and learning cards, Hard and Easy among reviews.
		for (const g of [1, 2, 3, 4]) expect(all.some((r) => r.rating === g), `grade ${g}`).toBe(true);
	});
});

describe('the fit’s budget', () => {
	const t0 = Date.UTC(2025, 0, 6, 9);
	const log = [
		[{ rating: 3 as const, at: t0 }, { rating: 1 as const, at: t0 + 3 * 86_400_000 }],
		[{ rating: 3 as const, at: t0 }, { rating: 3 as const, at: t0 + 3 * 86_400_000 }]
	];
	// One sweep tries each of the 21 parameters at least once (up, then down if up did not help).
	it('sweeps by default with the real clock and a 3 s budget', () => {
		expect(fit(log, { maxSweeps: 1 }).evaluations).toBeGreaterThanOrEqual(2 + 21);
	});
	it('sweeps without a sweep limit until the budget runs out', () => {
		let tick = 0;
		const r = fit(log, { budgetMs: 500, now: () => tick++ });
		expect(r.evaluations).toBeGreaterThanOrEqual(2 + 21);
	});
});

describe('scoring a log by hand: predictions in two bins, and the cap on a sure prediction', () => {
	const t0 = Date.UTC(2025, 0, 6, 9);
	const DAY = 86_400_000;

	it('bins each prediction by its own value', () => {
		// Recalled after 3 days: R = 0.88095 (above), bin 17 (0.85–0.9). Recalled after 30 days:
		// R = (1 + 0.98035 × 30 / 2.3065)^−0.1542 = 13.75114^−0.1542 = e^(−0.1542 × 2.62112) = 0.66753,
		// bin 13 (0.65–0.7). Log loss (0.12676 + 0.40418) / 2 = 0.26547; RMSE over the two bins
		// √(((1 − 0.88095)² + (1 − 0.66753)²) / 2) = √((0.014173 + 0.110536) / 2) = 0.24971
		// (one bin holding both would give 1 − 0.77424 = 0.22576).
		const m = evaluate(default_w, [
			[{ rating: 3, at: t0 }, { rating: 3, at: t0 + 3 * DAY }],
			[{ rating: 3, at: t0 }, { rating: 3, at: t0 + 30 * DAY }]
		]);
		expect(m.n).toBe(2);
		expect(m.logLoss).toBeCloseTo(0.26547, 4);
		expect(m.rmse).toBeCloseTo(0.24971, 4);
	});

	it('never predicts recall above 1 − 10⁻⁴: a forgotten sure review costs ln 10⁴, no more', () => {
		// Easy, Easy 100 days later, Easy 1,000 days after that: the stability passes 2,000 days,
		// so the recall predicted one day later is above 0.9999 and the prediction is capped there.
		// The two logs differ only in that last answer: forgotten costs −ln(10⁻⁴) = 9.21034,
		// recalled −ln(0.9999) = 0.00010; the totals differ by 9.21024.
		const sure = (last: 1 | 3) => [
			[
				{ rating: 4 as const, at: t0 },
				{ rating: 4 as const, at: t0 + 100 * DAY },
				{ rating: 4 as const, at: t0 + 1100 * DAY },
				{ rating: last, at: t0 + 1101 * DAY }
			]
		];
		const forgotten = evaluate(default_w, sure(1));
		const recalled = evaluate(default_w, sure(3));
		expect(forgotten.n).toBe(3);
		expect(recalled.n).toBe(3);
		expect(forgotten.n * forgotten.logLoss - recalled.n * recalled.logLoss).toBeCloseTo(9.21024, 4);
	});
});

describe('the fit’s search, seen from its result', () => {
	const t0 = Date.UTC(2025, 0, 6, 9);
	const DAY = 86_400_000;
	const good3 = [[{ rating: 3 as const, at: t0 }, { rating: 3 as const, at: t0 + 3 * DAY }]];
	const again3 = [[{ rating: 3 as const, at: t0 }, { rating: 1 as const, at: t0 + 3 * DAY }]];

	// With an overwhelming pull toward the defaults no move ever pays: every step halves each sweep,
	// from 5 % of the parameter's range to below 0.01 % after 9 halvings (0.05 / 2⁹ = 0.0098 %), and
	// the fit stops there. Each sweep tries 21 parameters both ways except w[7] = 0.001, already at
	// its lower bound, which is only tried upward: 41 evaluations a sweep, plus the first two.
	it('stops once no step is worth taking, well before its sweep limit, and keeps the defaults', () => {
		let tick = 0;
		const r = fit(good3, { prior: 1e9, budgetMs: Infinity, now: () => tick++ });
		expect(r.evaluations).toBe(2 + 9 * 41);
		expect(r.parameters).toEqual([...default_w]);
		// The clock (0, 1, 2, …) is read at the start, then once per sweep and once before each of
		// the 21 parameters: 9 × 22 readings; the stop skips the tenth sweep's reading, and the last
		// reading gives the time taken, 9 × 22 + 1. Going on to the 60-sweep limit would read it
		// 60 × 22 times, even with every step too small to try.
		expect(r.elapsedMs).toBe(9 * 22 + 1);
		// One sweep when told so.
		expect(fit(good3, { prior: 1e9, maxSweeps: 1 }).evaluations).toBe(2 + 41);
	});

	it('weighs each parameter\'s distance from its default as a share of its allowed range', () => {
		// Start with the decay w[20] at its lower bound, 0.1, instead of 0.1542. On the one review
		// (Good three days after a first Good, S = 2.3065) it predicts better: f = 0.9^−10 − 1 =
		// 1.86797, R = (1 + 1.86797 × 3 / 2.3065)^−0.1 = 3.42962^−0.1 = 0.88405, log loss 0.12325
		// against 0.12676 at the defaults, a gain of 0.00351. The pull costs prior × ((0.1542 − 0.1)
		// / (0.8 − 0.1))² = prior × 0.005995 (one review scored): at prior 0.75, 0.00450, more than
		// the gain, so the fit starts from the defaults; at prior 0.4, 0.00240, and the start is kept.
		const start = [...default_w];
		start[20] = 0.1;
		expect(fit(good3, { maxSweeps: 0, start, prior: 0.75 }).parameters).toEqual([...default_w]);
		expect(fit(good3, { maxSweeps: 0, start, prior: 0.4 }).parameters).toEqual(start);
		expect(evaluate(start, good3).logLoss).toBeCloseTo(0.12325, 4);
	});

	it('keeps a start that only ties with the defaults', () => {
		// w[0] (the first stability after Again) plays no part in a log that starts with Good: with
		// no pull the start scores exactly as the defaults do, and only a better default replaces it.
		const start = [...default_w];
		start[0] = 5;
		expect(fit(good3, { maxSweeps: 0, start, prior: 0 }).parameters).toEqual(start);
	});

	it('stops at its deadline, within a sweep or between two', () => {
		// A clock that reads 0, 1, 2, …: the start reads 0 (deadline = the budget), each sweep reads
		// it once, and once before each parameter.
		let tick = 0;
		// Budget 10: the sweep reads 1, then 2 … 9 before w[0] … w[7] (w[7] tried upward only: 7 × 2
		// + 1 evaluations), 10 before w[8] ends it; the next sweep's reading (11) ends the fit, and
		// the last reading (12) gives the time taken.
		const partial = fit(good3, { prior: 1e9, budgetMs: 10, now: () => tick++ });
		expect(partial.evaluations).toBe(2 + 15);
		expect(partial.elapsedMs).toBe(12);
		// Budget 23: one whole sweep reads 1 … 22; the second sweep's reading is 23, the deadline itself.
		tick = 0;
		const whole = fit(good3, { prior: 1e9, budgetMs: 23, now: () => tick++ });
		expect(whole.evaluations).toBe(2 + 41);
		expect(whole.elapsedMs).toBe(24);
	});

	it('a first sweep moves each parameter the log informs by one step, up or down, and leaves the others', () => {
		// One Good review three days after the first: the prediction reads only w[2] (the first
		// stability) and w[20] (the decay). Up by 5 % of the range helps both: w[2] 2.3065 + 0.05 ×
		// (100 − 0.001) = 7.30645 (saved as 7.3065), w[20] 0.1542 + 0.05 × (0.8 − 0.1) = 0.1892.
		const up = [...default_w];
		up[2] = 7.3065;
		up[20] = 0.1892;
		expect(fit(good3, { prior: 0, maxSweeps: 1 }).parameters).toEqual(up);
		// Forgotten three days later: a lower first stability helps; the step down (2.3065 − 5)
		// is clipped to the bound, 0.001.
		const down = fit(again3, { prior: 0, maxSweeps: 1 }).parameters;
		expect(down[2]).toBe(0.001);
		expect(down.filter((_, i) => i !== 2 && i !== 20)).toEqual(default_w.filter((_, i) => i !== 2 && i !== 20));
	});
});

describe('the simulated log, at its limits', () => {
	it('a new card’s first answer is Again or Good, and both occur', () => {
		const firsts = new Set(simulate(trueW, { cards: 60, days: 120, seed: 3 }).map((h) => h[0].rating));
		expect(firsts).toEqual(new Set([1, 3]));
	});

	it('a recalled review is mostly Good: Hard and Easy are each about a tenth of them', () => {
		// Hard with probability 0.1, Easy 0.9 × 0.1 = 0.09, Good the remaining 0.81 of recalled
		// reviews (and 0.8 of the answers to new and learning cards): each of Hard and Easy well
		// under a fifth of the Good answers.
		const all = simulate(trueW, { cards: 60, days: 120, seed: 3 }).flat();
		const count = (g: number) => all.filter((r) => r.rating === g).length;
		expect(count(2)).toBeLessThan(count(3) / 5);
		expect(count(4)).toBeLessThan(count(3) / 5);
	});

	it('stops a card at 40 reviews', () => {
		// A memory that gains almost nothing from a success (w[8] = 0, w[9] = 0.8, w[10] = 0.001)
		// keeps intervals short: over 300 days every card would be reviewed far more than 40 times.
		const w = [...default_w];
		w[8] = 0;
		w[9] = 0.8;
		w[10] = 0.001;
		const lengths = simulate(w, { cards: 20, days: 300, seed: 5 }).map((h) => h.length);
		expect(lengths).toEqual(Array(20).fill(40));
	});
});

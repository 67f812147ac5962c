import { describe, it, expect } from 'vitest';
import { default_w } from 'ts-fsrs';
import { evaluate, fit, simulate, countReviews, MIN_REVIEWS } from './optimizer';

// A memory unlike the defaults: forgets faster at first, recovers more per success.
const trueW = [...default_w];
trueW[0] = 0.6;
trueW[2] = 4.5;
trueW[8] = 1.3;
trueW[10] = 1.1;
trueW[20] = 0.35;

describe('optimizer', () => {
	const log = simulate(trueW, { cards: 250, days: 300, seed: 42 });

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

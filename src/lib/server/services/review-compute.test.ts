// The parameter fit when the compute pool answers something other than a fit (a worker that runs
// another task's code, an engine refusal): an error, and nothing saved. The pool is replaced here;
// this file runs last in the mutation area, after the tests that use the real one.
import { describe, expect, it, vi } from 'vitest';
import { newId } from '$lib/server/ids';
import { teacherStudentSet } from './review-fixture';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { run } from '$lib/server/db/store';

const answers: unknown[] = [];
const budgets: number[] = [];
vi.mock('$lib/server/compute/pool', () => ({
	compute: async (_task: unknown, budgetMs: number) => {
		budgets.push(budgetMs);
		return answers.shift();
	}
}));

describe.each(DIALECTS)('review compute on %s', (dialect) => {
	const store = freshStore(dialect);

	describe('the fit with an unexpected answer from the compute pool', () => {
		it('throws, saves nothing, and gives the pool the fit\'s budget plus ten seconds', async () => {
			vi.resetModules();
			budgets.length = 0;
			const { optimizeParameters, getSettings } = await import('./review');
			const { student, setId } = await store().write((tx) => teacherStudentSet(tx));
			const questionId = newId();
			await store().write(({ db, t }) => run(db.insert(t.questions).values({ id: questionId, setId, type: 'short', prompt: 'Q?', answer: 'a', answerValue: 'a', evidenceText: 'S.', position: 0, status: 'approved' })));
			const cardId = newId();
			const T0 = new Date('2024-01-01T09:00:00Z');
			await store().write(({ db, t }) => run(db.insert(t.cards).values({ id: cardId, studentId: student, questionId, due: T0 })));
			// 400 reviews, enough to call the pool.
			await store().write(({ db, t }) =>
				run(
					db.insert(t.reviewLogs).values(
						Array.from({ length: 400 }, (_, i) => {
							const at = new Date(T0.getTime() + i * 86_400_000);
							return { id: newId(), cardId, studentId: student, kind: 'review' as const, rating: 3, stateBefore: 2, stateAfter: 2, due: at, stability: 10, difficulty: 5, elapsedDays: 1, scheduledDays: 1, reviewedAt: at };
						})
					)
				)
			);

			const fitted = { parameters: [], before: { logLoss: 1, rmse: 1, n: 1 }, after: { logLoss: 1, rmse: 1, n: 1 }, evaluations: 2, elapsedMs: 0 };
			// An engine refusal (ok: false), another task's answer (kind 'analyze'), and one that is not ok though it says 'fit'.
			for (const answer of [
				{ ok: false, engineError: { code: 'empty', messages: {} } },
				{ ok: true, kind: 'analyze', result: fitted },
				{ ok: false, kind: 'fit', result: fitted }
			]) {
				answers.push(answer);
				await expect(optimizeParameters(store(), student, T0, 300)).rejects.toThrow('compute: unexpected outcome for a fit');
			}
			expect(budgets).toEqual([10_300, 10_300, 10_300]);
			expect(await getSettings(store(), student)).toMatchObject({ parameters: null, fitMetrics: null, fittedAt: null });
		});
	});
});

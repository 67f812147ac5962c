// The parameter fit as the review service runs it: which reviews it reads (undone ones left out,
// Again and Easy kept, quiz answers read but not counted toward the threshold), the figures it
// saves with the parameters, and the reset. One card reviewed once a day for 400 days (Good, then
// Again on day 398 and Easy on day 399): exactly the 400 reviews the fit needs, of which 399 come a
// day or more after the previous one and are scored; a second card has a single quiz answer.
import { describe, expect, it } from 'vitest';
import { newId } from '$lib/server/ids';
import { teacherStudentSet } from './review-fixture';
import { Rating } from '$lib/srs/scheduler';
import { addCardsFromQuiz, addSetToCards, getSettings, optimizeParameters, recordReview, resetParameters, undoLast } from './review';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { first, run } from '$lib/server/db/store';

describe.each(DIALECTS)('parameter fit on %s', (dialect) => {
	const store = freshStore(dialect);

	const T0 = new Date('2024-01-01T09:00:00Z');
	const DAY = 86_400_000;

	describe('the parameter fit in the review service', () => {
		it('fits on the effective reviews, saves the parameters with their figures, and resets them', async () => {
			const { teacher, student, setId } = await store().write((tx) => teacherStudentSet(tx));
			const [reviewed, quizzed] = [newId(), newId()];
			for (const [i, id] of [reviewed, quizzed].entries())
				await store().write(({ db, t }) => run(db.insert(t.questions)
					.values({ id, setId, type: 'short', prompt: `Q${i}?`, answer: 'a', answerValue: 'a', evidenceText: 'S.', position: i, status: 'approved' })
					));
			const classId = newId();
			await store().write(({ db, t }) => run(db.insert(t.classes).values({ id: classId, teacherId: teacher, name: 'C', joinCode: 'FIT123' })));
			await store().write(({ db, t }) => run(db.insert(t.enrollments).values({ classId, studentId: student })));
			await store().write(({ db, t }) => run(db.insert(t.assignments).values({ id: newId(), setId, classId, studyMaterial: true })));
			// A right quiz answer: a card with one 'quiz' row (rated Good).
			await store().write((tx) => addCardsFromQuiz(tx, student, [{ questionId: quizzed, correct: true }], T0));
			expect(await addSetToCards(store(), student, setId, T0)).toEqual({ added: 1, existing: 1 });
			const cardId = (await store().read(({ db, t }) => run(db.select().from(t.cards)))).find((c) => c.questionId === reviewed)!.id;

			const rate = async (d: number, rating: Rating.Again | Rating.Good | Rating.Easy) =>
				await recordReview(store(), { studentId: student, cardId, reviewId: newId(), rating, now: new Date(T0.getTime() + d * DAY) }, { fuzz: false });
			for (let d = 0; d < 398; d++) await rate(d, Rating.Good);
			await rate(398, Rating.Again);
			expect(await optimizeParameters(store(), student, T0)).toEqual({ status: 'not_enough', have: 399, need: 1 });
			// Day 399: the 400th review, which is enough; then one on day 400 undone the same day.
			await rate(399, Rating.Easy);
			const undone = new Date(T0.getTime() + 400 * DAY);
			await rate(400, Rating.Again);
			await undoLast(store(), { studentId: student, undoId: newId(), now: undone, offset: 0 });

			const fittedAt = new Date(T0.getTime() + 402 * DAY);
			const r = await optimizeParameters(store(), student, fittedAt, 200);
			if (r.status !== 'fitted') throw new Error('not fitted');
			expect(r.parameters).toHaveLength(21);
			// 400 reviews and one quiz answer read (the Again and the Easy among them); each card's
			// first answer predicts nothing: 400 − 1 scored, the quiz card's single answer none.
			expect(r.metrics).toMatchObject({ reviews: 400, quizAnswers: 1, scored: 399 });
			expect(r.metrics.logLossAfter).toBeLessThanOrEqual(r.metrics.logLossBefore);
			expect(r.metrics.rmseBefore).toBeGreaterThanOrEqual(0);
			expect(r.metrics.rmseAfter).toBeGreaterThanOrEqual(0);
			expect(await getSettings(store(), student)).toMatchObject({ parameters: r.parameters, fitMetrics: r.metrics, fittedAt, reviewCount: 400 });

			await resetParameters(store(), student);
			expect(await getSettings(store(), student)).toMatchObject({ parameters: null, fitMetrics: null, fittedAt: null });
		});
	});
});

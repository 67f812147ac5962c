// The parameter fit as the review service runs it: which reviews it reads (undone ones left out),
// the figures it saves with the parameters, and the reset. One card reviewed Good once a day for
// 401 days: 401 reviews, of which 400 come a day or more after the previous one and are scored.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db';
import * as s from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';
import { Rating } from '$lib/srs/scheduler';
import { addSetToCards, getSession, getSettings, optimizeParameters, recordReview, resetParameters, undoLast } from './review';

const T0 = new Date('2024-01-01T09:00:00Z');
const DAY = 86_400_000;

describe('the parameter fit in the review service', () => {
	it('fits on the effective reviews, saves the parameters with their figures, and resets them', async () => {
		const db = openDatabase(':memory:');
		const teacher = newId();
		const student = newId();
		for (const [id, role] of [[teacher, 'teacher'], [student, 'student']] as const)
			db.insert(s.users).values({ id, email: `${id}@t.test`, passwordHash: 'x', displayName: role, role }).run();
		const articleId = newId();
		db.insert(s.articles).values({ id: articleId, ownerId: teacher, originalInput: 'a', cleanText: 'a', lang: 'en' }).run();
		const setId = newId();
		db.insert(s.questionSets).values({ id: setId, ownerId: teacher, articleId, title: 'Set', lang: 'en' }).run();
		db.insert(s.questions)
			.values({ id: newId(), setId, type: 'short', prompt: 'Q?', answer: 'a', answerValue: 'a', evidenceText: 'S.', position: 0, status: 'approved' })
			.run();
		const classId = newId();
		db.insert(s.classes).values({ id: classId, teacherId: teacher, name: 'C', joinCode: 'FIT123' }).run();
		db.insert(s.enrollments).values({ classId, studentId: student }).run();
		db.insert(s.assignments).values({ id: newId(), setId, classId, studyMaterial: true }).run();
		addSetToCards(db, student, setId, T0);
		const cardId = getSession(db, student, T0, 0, { fuzz: false }).current!.cardId;

		const good = (d: number) => recordReview(db, { studentId: student, cardId, reviewId: newId(), rating: Rating.Good, now: new Date(T0.getTime() + d * DAY) }, { fuzz: false });
		for (let d = 0; d < 399; d++) good(d);
		expect(await optimizeParameters(db, student, T0)).toEqual({ status: 'not_enough', have: 399, need: 1 });
		// Days 399 and 400, then a review on day 401 undone the same day: 401 count.
		good(399);
		good(400);
		const undone = new Date(T0.getTime() + 401 * DAY);
		recordReview(db, { studentId: student, cardId, reviewId: newId(), rating: Rating.Again, now: undone }, { fuzz: false });
		undoLast(db, { studentId: student, undoId: newId(), now: undone, offset: 0 });

		const fittedAt = new Date(T0.getTime() + 402 * DAY);
		const r = await optimizeParameters(db, student, fittedAt, 200);
		if (r.status !== 'fitted') throw new Error('not fitted');
		expect(r.parameters).toHaveLength(21);
		// 401 reviews, none from a quiz; the first of the card's history predicts nothing.
		expect(r.metrics).toMatchObject({ reviews: 401, quizAnswers: 0, scored: 400 });
		expect(r.metrics.logLossAfter).toBeLessThanOrEqual(r.metrics.logLossBefore);
		expect(r.metrics.rmseBefore).toBeGreaterThanOrEqual(0);
		expect(r.metrics.rmseAfter).toBeGreaterThanOrEqual(0);
		expect(getSettings(db, student)).toMatchObject({ parameters: r.parameters, fitMetrics: r.metrics, fittedAt, reviewCount: 401 });

		resetParameters(db, student);
		expect(getSettings(db, student)).toMatchObject({ parameters: null, fitMetrics: null, fittedAt: null });
	});
});

// Proves the review use cases against a real SQLite database: one transaction per review,
// idempotent submissions, exact undo with an appended row, daily caps, suspended cards, quiz
// and set card creation, statistics and the parameter fit.
import { describe, it, expect, beforeEach } from 'vitest';
import { eq } from 'drizzle-orm';
import { newId } from '$lib/server/ids';
import { makeReviewCard as makeCard, teacherStudentArticle } from './review-fixture';
import {
	addCardsFromQuiz,
	addSetToCards,
	setsToAdd,
	getSession,
	getStats,
	optimizeParameters,
	recordReview,
	saveSettings,
	getSettings,
	suggestRating,
	undoLast,
	ReviewError
} from './review';
import { changeQuestionStatus } from './question-sets';
import { createScheduler, reviewStored, Rating, State, type Grade, type StoredCardState } from '$lib/srs/scheduler';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { first, run } from '$lib/server/db/store';

describe.each(DIALECTS)('review on %s', (dialect) => {
	const store = freshStore(dialect);

	const T0 = new Date('2025-03-10T09:00:00Z');
	const OFF = 0;
	const noFuzz = { fuzz: false };
	let teacher: string;
	let student: string;
	let other: string;
	let setId: string;
	let questionIds: string[];
	let assignmentId: string;

	async function seed(n: number) {
		let articleId: string;
		({ teacher, student, others: [other], articleId } = await store().write((tx) => teacherStudentArticle(tx, 1)));
		setId = newId();
		await store().write(({ db, t }) => run(db.insert(t.questionSets).values({ id: setId, ownerId: teacher, articleId, title: 'Set', lang: 'en' })));
		questionIds = [];
		for (let i = 0; i < n; i++) {
			const id = newId();
			questionIds.push(id);
			await store().write(({ db, t }) => run(db.insert(t.questions)
				.values({ id, setId, type: 'short', prompt: `Q${i}?`, answer: `answer ${i}`, answerValue: `answer ${i}`, evidenceText: `Sentence ${i}.`, position: i, status: 'approved' })
				));
		}
		const classId = newId();
		await store().write(({ db, t }) => run(db.insert(t.classes).values({ id: classId, teacherId: teacher, name: 'C', joinCode: 'ABC' + n })));
		await store().write(({ db, t }) => run(db.insert(t.enrollments).values({ classId, studentId: student })));
		assignmentId = newId();
		await store().write(({ db, t }) => run(db.insert(t.assignments).values({ id: assignmentId, setId, classId, studyMaterial: true })));
	}

	// In a fixed order: PostgreSQL returns updated rows wherever they now lie.
	const cardRows = () => store().read(({ db, t }) => run(db.select().from(t.cards).where(eq(t.cards.studentId, student)).orderBy(t.cards.id)));
	const logRows = async () => await store().read(({ db, t }) => run(db.select().from(t.reviewLogs)));
	const later = (min: number) => new Date(T0.getTime() + min * 60_000);

	describe('review service', () => {
		beforeEach(async () => await seed(30));

		it('keeps a quiz set\'s cards, which show the answers, until the student has submitted the quiz', async () => {
			await store().write(({ db, t }) => run(db.update(t.assignments).set({ studyMaterial: false })));
			await expect(addSetToCards(store(), student, setId, T0)).rejects.toThrow(expect.objectContaining({ code: 'quiz_first' }));
			expect(await setsToAdd(store(), student)).toEqual([]);
			const attemptId = newId();
			await store().write(({ db, t }) => run(db.insert(t.quizAttempts).values({ id: attemptId, assignmentId, studentId: student, startedAt: T0 })));
			await expect(addSetToCards(store(), student, setId, T0)).rejects.toThrow(expect.objectContaining({ code: 'quiz_first' }));
			await store().write(({ db, t }) => run(db.update(t.quizAttempts).set({ submittedAt: T0, score: 0, correctCount: 0, total: 30 }).where(eq(t.quizAttempts.id, attemptId))));
			expect(await setsToAdd(store(), student)).toHaveLength(1);
			expect(await addSetToCards(store(), student, setId, T0)).toEqual({ added: 30, existing: 0 });
			// Another student of the class has not taken it.
			const klass = (await store().read(({ db, t }) => first(db.select().from(t.classes).limit(1))))!;
			await store().write(({ db, t }) => run(db.insert(t.enrollments).values({ classId: klass.id, studentId: other })));
			await expect(addSetToCards(store(), other, setId, T0)).rejects.toThrow(expect.objectContaining({ code: 'quiz_first' }));
		});

		it('adds a set to the flashcards once, only for enrolled students', async () => {
			expect(await addSetToCards(store(), student, setId, T0)).toEqual({ added: 30, existing: 0 });
			expect(await addSetToCards(store(), student, setId, T0)).toEqual({ added: 0, existing: 30 });
			await expect(addSetToCards(store(), other, setId, T0)).rejects.toThrow(ReviewError);
			await expect(addSetToCards(store(), student, 'nope', T0)).rejects.toThrow(ReviewError);
		});

		it('shows new cards in set order up to the daily cap, with the four previewed intervals', async () => {
			await addSetToCards(store(), student, setId, T0);
			const session = await getSession(store(), student, later(1), OFF, noFuzz);
			expect(session.counts).toEqual({ new: 20, learning: 0, review: 0 });
			expect(session.current?.prompt).toBe('Q0?');
			expect(session.current?.evidence).toBe('Sentence 0.');
			expect(session.current?.intervals).toEqual({ 1: 60_000, 2: 360_000, 3: 600_000, 4: expect.any(Number) });
		});

		it('records a review as one card update and one log row; a repeated id records nothing new', async () => {
			await addSetToCards(store(), student, setId, T0);
			const cardId = (await getSession(store(), student, T0, OFF)).current!.cardId;
			const reviewId = newId();
			const first = await recordReview(store(), { studentId: student, cardId, reviewId, rating: Rating.Good, durationMs: 4200, now: later(1) }, noFuzz);
			const again = await recordReview(store(), { studentId: student, cardId, reviewId, rating: Rating.Again, now: later(2) }, noFuzz);
			expect(first.duplicate).toBe(false);
			expect(again).toEqual({ ...first, duplicate: true });
			expect(await logRows()).toHaveLength(1);
			const log = (await logRows())[0];
			expect(log).toMatchObject({ kind: 'review', rating: 3, stateBefore: State.New, stateAfter: State.Learning, durationMs: 4200 });
			const card = (await cardRows()).find((c) => c.id === cardId)!;
			expect(card.reps).toBe(1);
			expect(card.due.getTime()).toBe(later(11).getTime());
			// Someone else's card or review id is refused.
			await expect(recordReview(store(), { studentId: other, cardId, reviewId: newId(), rating: 3, now: T0 })).rejects.toThrow('not_found');
			await expect(recordReview(store(), { studentId: other, cardId, reviewId, rating: 3, now: T0 })).rejects.toThrow('conflict');
			// A repeated review of a card whose question was deleted meanwhile still answers the same.
			await store().write(({ db, t }) => run(db.update(t.questions).set({ deletedAt: T0 }).where(eq(t.questions.id, card.questionId))));
			expect(await recordReview(store(), { studentId: student, cardId, reviewId, rating: Rating.Good, now: later(3) }, noFuzz)).toEqual({ ...first, duplicate: true });
		});

		it('undo restores the exact card and appends an undo row; undone reviews stop counting', async () => {
			await addSetToCards(store(), student, setId, T0);
			const before = await cardRows();
			const cardId = (await getSession(store(), student, T0, OFF)).current!.cardId;
			const original = before.find((c) => c.id === cardId)!;
			const r1 = newId();
			await recordReview(store(), { studentId: student, cardId, reviewId: r1, rating: Rating.Easy, now: later(1) }, noFuzz);
			expect((await getSession(store(), student, later(2), OFF)).counts.new).toBe(19);
			expect((await getSettings(store(), student)).reviewCount).toBe(1);
			const undoId = newId();
			const u = await undoLast(store(), { studentId: student, undoId, now: later(2), offset: OFF });
			expect(u).toEqual({ undoId, cardId, undone: r1, duplicate: false });
			expect((await cardRows()).find((c) => c.id === cardId)).toEqual(original);
			const logs = await logRows();
			expect(logs).toHaveLength(2);
			expect(logs.find((l) => l.id === r1)?.kind).toBe('review'); // never rewritten
			expect(logs.find((l) => l.id === undoId)).toMatchObject({ kind: 'undo', undoes: r1, rating: 0, stateAfter: State.New });
			// An undone review no longer counts toward fitting the student's parameters.
			expect((await getSettings(store(), student)).reviewCount).toBe(0);
			// A repeated undo is the same undo, and there is nothing further to undo.
			expect((await undoLast(store(), { studentId: student, undoId, now: later(3), offset: OFF })).duplicate).toBe(true);
			await expect(undoLast(store(), { studentId: student, undoId: newId(), now: later(3), offset: OFF })).rejects.toThrow('nothing_to_undo');
			const session = await getSession(store(), student, later(3), OFF);
			expect(session.counts.new).toBe(20);
			expect(session.canUndo).toBe(false);
			expect(session.current?.cardId).toBe(cardId);
		});

		it('applies answers to one card sent at the same moment (two tabs) one after the other, never both to the same state', async () => {
			await addSetToCards(store(), student, setId, T0);
			const cardId = (await getSession(store(), student, T0, OFF)).current!.cardId;
			const ratings: Grade[] = [Rating.Good, Rating.Again, Rating.Easy, Rating.Hard, Rating.Good, Rating.Good];
			await Promise.all(ratings.map((rating, i) => recordReview(store(), { studentId: student, cardId, reviewId: newId(), rating, now: later(1 + i / 100) }, noFuzz)));
			const logs = (await logRows()).filter((l) => l.cardId === cardId && l.kind === 'review');
			expect(logs).toHaveLength(ratings.length);
			// Each answer found the state the previous one left: following cardBefore → next state
			// from the new card visits every answer once and ends where the card is.
			const f = createScheduler({ desiredRetention: 0.9, enableFuzz: false });
			const key = (x: unknown) => JSON.stringify(Object.entries(x as object).sort());
			const card = (await cardRows()).find((c) => c.id === cardId)!;
			let state = logs.find((l) => (l.cardBefore as StoredCardState).reps === 0)!.cardBefore as StoredCardState;
			for (let n = 0; n < logs.length; n++) {
				const log = logs.find((l) => key(l.cardBefore) === key(state));
				expect(log, `answer ${n + 1} applied to the state the one before left`).toBeTruthy();
				state = reviewStored(f, state, log!.reviewedAt.getTime(), log!.rating as Grade, cardId).card;
			}
			expect({ reps: card.reps, due: card.due.getTime(), stability: card.stability }).toEqual({ reps: state.reps, due: state.due, stability: state.stability });
			expect(card.reps).toBe(ratings.length);
		});

		it('undoes several reviews in reverse order', async () => {
			await addSetToCards(store(), student, setId, T0);
			const snapshot = await cardRows();
			for (let i = 0; i < 3; i++) {
				const cardId = (await getSession(store(), student, later(i), OFF)).current!.cardId;
				await recordReview(store(), { studentId: student, cardId, reviewId: newId(), rating: Rating.Good, now: later(i) }, noFuzz);
			}
			for (let i = 0; i < 3; i++) await undoLast(store(), { studentId: student, undoId: newId(), now: later(10 + i), offset: OFF });
			expect(await cardRows()).toEqual(snapshot);
			expect(await logRows()).toHaveLength(6);
		});

		it('caps new cards and reviews per day, and starts again the next local day', async () => {
			await addSetToCards(store(), student, setId, T0);
			await saveSettings(store(), student, { retention: '90', newPerDay: '3', reviewsPerDay: '1' });
			for (let i = 0; i < 3; i++) {
				const cur = (await getSession(store(), student, later(i), OFF, noFuzz)).current!;
				expect(cur.state).toBe(State.New);
				await recordReview(store(), { studentId: student, cardId: cur.cardId, reviewId: newId(), rating: Rating.Easy, now: later(i) }, noFuzz);
			}
			const done = await getSession(store(), student, later(5), OFF);
			expect(done.current).toBeNull();
			expect(done.counts).toEqual({ new: 0, learning: 0, review: 0 });
			expect(done.limitReached.new).toBe(true);
			expect(done.streak).toBe(1);
			// Weeks later the three cards are due for review but only one review is allowed per day.
			const weeks = new Date(T0.getTime() + 60 * 86_400_000);
			const s2 = await getSession(store(), student, weeks, OFF, noFuzz);
			expect(s2.counts).toEqual({ new: 3, learning: 0, review: 1 });
			expect(s2.current?.state).toBe(State.Review);
			await recordReview(store(), { studentId: student, cardId: s2.current!.cardId, reviewId: newId(), rating: Rating.Good, now: weeks }, noFuzz);
			const s3 = await getSession(store(), student, weeks, OFF, noFuzz);
			expect(s3.counts.review).toBe(0);
			expect(s3.current?.state).toBe(State.New);
		});

		it('a deleted question suspends its card; an edited one shows its new wording; the log is untouched', async () => {
			await addSetToCards(store(), student, setId, T0);
			const first = (await getSession(store(), student, T0, OFF)).current!;
			await recordReview(store(), { studentId: student, cardId: first.cardId, reviewId: newId(), rating: Rating.Again, now: T0 }, noFuzz);
			expect(await changeQuestionStatus(store(), teacher, setId, first.questionId, 'delete', T0)).toEqual({ ok: true });
			const session = await getSession(store(), student, later(5), OFF);
			expect(session.current?.cardId).not.toBe(first.cardId);
			expect(session.counts.learning).toBe(0);
			await expect(recordReview(store(), { studentId: student, cardId: first.cardId, reviewId: newId(), rating: 3, now: later(5) })).rejects.toThrow('suspended');
			const next = session.current!;
			await store().write(({ db, t }) => run(db.update(t.questions).set({ prompt: 'Edited?' }).where(eq(t.questions.id, next.questionId))));
			expect((await getSession(store(), student, later(5), OFF)).current?.prompt).toBe('Edited?');
			expect(await logRows()).toHaveLength(1);
			expect((await getStats(store(), student, later(5), OFF)).cards).toMatchObject({ suspended: 1, new: 29 });
		});

		it('an answer applies the interval its button showed; a card or settings changed since it was shown are taken as they are now', async () => {
			await addSetToCards(store(), student, setId, T0);
			const stored = async (id: string): Promise<StoredCardState> => {
				const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = (await cardRows()).find((r) => r.id === id)!;
				return { due: due.getTime(), stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview: lastReview?.getTime() ?? null };
			};
			// Shown at 09:00, answered 7 s later with fuzz on: due = answer time + the Easy button's interval.
			const shown = (await getSession(store(), student, T0, OFF)).current!;
			const answeredAt = new Date(T0.getTime() + 7_000);
			const r = await recordReview(store(), { studentId: student, cardId: shown.cardId, reviewId: newId(), rating: Rating.Easy, now: answeredAt });
			expect(r.due.getTime()).toBe(answeredAt.getTime() + shown.intervals[Rating.Easy]);
			expect(r.state).toBe(State.Review);

			// Shown as a learning card, then its last review undone in another tab: the page's answer is
			// scheduled from the card as it is now (new again), with one log row.
			const f = createScheduler({ desiredRetention: 0.9, enableFuzz: true });
			const a = (await getSession(store(), student, later(1), OFF)).current!;
			await recordReview(store(), { studentId: student, cardId: a.cardId, reviewId: newId(), rating: Rating.Again, now: later(1) });
			const relearnView = (await getSession(store(), student, later(3), OFF)).current!;
			expect(relearnView.cardId).toBe(a.cardId);
			expect(relearnView.state).toBe(State.Learning);
			await undoLast(store(), { studentId: student, undoId: newId(), now: later(3), offset: OFF });
			const restored = await stored(a.cardId);
			expect(restored.state).toBe(State.New);
			const logsBefore = (await logRows()).length;
			const expected = reviewStored(f, restored, later(4).getTime(), Rating.Hard, a.cardId);
			await recordReview(store(), { studentId: student, cardId: a.cardId, reviewId: newId(), rating: Rating.Hard, now: later(4) });
			expect(await stored(a.cardId)).toEqual(expected.card);
			expect(await logRows()).toHaveLength(logsBefore + 1);

			// A card shown, answered elsewhere, then answered again from the old page: scheduled from its new state.
			const view = (await getSession(store(), student, later(3), OFF)).current!;
			await recordReview(store(), { studentId: student, cardId: view.cardId, reviewId: newId(), rating: Rating.Again, now: later(3) });
			const afterFirst = await stored(view.cardId);
			const second = reviewStored(f, afterFirst, later(4).getTime(), Rating.Good, view.cardId);
			await recordReview(store(), { studentId: student, cardId: view.cardId, reviewId: newId(), rating: Rating.Good, now: later(4) });
			expect(await stored(view.cardId)).toEqual(second.card);

			// Settings saved between showing and answering: the new retention schedules the answer.
			const next = (await getSession(store(), student, later(5), OFF)).current!;
			expect(await saveSettings(store(), student, { retention: '80', newPerDay: '20', reviewsPerDay: '200' })).not.toHaveProperty('errors');
			const withNewRetention = reviewStored(createScheduler({ desiredRetention: 0.8, enableFuzz: true }), await stored(next.cardId), later(6).getTime(), Rating.Easy, next.cardId);
			await recordReview(store(), { studentId: student, cardId: next.cardId, reviewId: newId(), rating: Rating.Easy, now: later(6) });
			expect(await stored(next.cardId)).toEqual(withNewRetention.card);
			expect(withNewRetention.card.due - later(6).getTime()).not.toBe(next.intervals[Rating.Easy]);

			// Shown, then its question deleted: the answer is refused and nothing is written.
			const doomed = (await getSession(store(), student, later(7), OFF)).current!;
			await changeQuestionStatus(store(), teacher, setId, doomed.questionId, 'delete', later(7));
			const logCount = (await logRows()).length;
			await expect(recordReview(store(), { studentId: student, cardId: doomed.cardId, reviewId: newId(), rating: Rating.Good, now: later(8) })).rejects.toThrow('suspended');
			expect(await logRows()).toHaveLength(logCount);
		});

		it('cards from a quiz: wrong ones are new and due now, right ones after a first Good; existing cards are left alone', async () => {
			await store().write((tx) => addCardsFromQuiz(tx, student, [{ questionId: questionIds[0], correct: false }, { questionId: questionIds[1], correct: true }], T0));
			await store().write((tx) => addCardsFromQuiz(tx, student, [{ questionId: questionIds[0], correct: true }, { questionId: questionIds[2], correct: true }], later(1)));
			const cards = await cardRows();
			expect(cards).toHaveLength(3);
			const byQ = new Map(cards.map((c) => [c.questionId, c]));
			expect(byQ.get(questionIds[0])).toMatchObject({ state: State.New, reps: 0, due: T0 });
			expect(byQ.get(questionIds[1])).toMatchObject({ state: State.Learning, reps: 1 });
			expect(byQ.get(questionIds[1])!.due.getTime()).toBe(later(10).getTime());
			const logs = await logRows();
			expect(logs).toHaveLength(2);
			expect(logs.every((l) => l.kind === 'quiz' && l.rating === Rating.Good)).toBe(true);
			// Quiz answers are not undoable reviews and do not use up today's new cards.
			expect((await getSession(store(), student, later(2), OFF)).canUndo).toBe(false);
			// Nor are they counted as reviews: the statistics and the settings say the same number.
			expect((await getStats(store(), student, later(2), OFF)).reviewsToday).toBe(0);
			expect((await getSettings(store(), student)).reviewCount).toBe(0);
			const card = (await getSession(store(), student, later(2), OFF)).current!;
			await recordReview(store(), { studentId: student, cardId: card.cardId, reviewId: newId(), rating: Rating.Good, now: later(3) });
			expect((await getStats(store(), student, later(4), OFF)).reviewsToday).toBe(1);
			expect((await getSettings(store(), student)).reviewCount).toBe(1);
		});

		it('suggests a rating from a typed answer', async () => {
			await addSetToCards(store(), student, setId, T0);
			const cur = (await getSession(store(), student, T0, OFF)).current!;
			expect(await suggestRating(store(), student, cur.cardId, 'answer 0')).toEqual({ verdict: 'correct', rating: Rating.Good });
			expect((await suggestRating(store(), student, cur.cardId, 'something else entirely'))?.rating).toBe(Rating.Again);
			expect(await suggestRating(store(), other, cur.cardId, 'answer 0')).toBeNull();
			// Relative answers are read against the article's publication day, as in quizzes.
			await store().write(({ db, t }) => run(db.update(t.articles).set({ publishedAt: '2025-03-10' })));
			await store().write(({ db, t }) => run(db.update(t.questions).set({ answer: '9 mars 2025', answerValue: '2025-03-09' }).where(eq(t.questions.id, cur.questionId))));
			expect(await suggestRating(store(), student, cur.cardId, 'hier')).toEqual({ verdict: 'correct', rating: Rating.Good });
		});

		it('statistics: heatmap, streak, forecast and retention ignore undone reviews', async () => {
			await addSetToCards(store(), student, setId, T0);
			const day = 86_400_000;
			for (let d = 0; d < 3; d++) {
				const now = new Date(T0.getTime() + d * day);
				const cur = (await getSession(store(), student, now, OFF, noFuzz)).current!;
				await recordReview(store(), { studentId: student, cardId: cur.cardId, reviewId: newId(), rating: Rating.Easy, now }, noFuzz);
			}
			const now = new Date(T0.getTime() + 2 * day + 60_000);
			const cur = (await getSession(store(), student, now, OFF, noFuzz)).current!;
			await recordReview(store(), { studentId: student, cardId: cur.cardId, reviewId: newId(), rating: Rating.Easy, now }, noFuzz);
			await undoLast(store(), { studentId: student, undoId: newId(), now, offset: OFF });
			const stats = await getStats(store(), student, now, OFF);
			expect(stats.streak).toBe(3);
			expect(stats.reviewsToday).toBe(1);
			expect(stats.heatmap.total).toBe(3);
			expect(stats.forecast).toHaveLength(30);
			expect(stats.forecast.reduce((n, d) => n + d.count, 0)).toBe(3);
			expect(stats.cards).toMatchObject({ new: 27, review: 3, total: 30 });
			expect(stats.retention.month.all.total).toBe(0);
		});

		it('settings are validated, saved and used; the fit needs enough reviews', async () => {
			expect(await saveSettings(store(), student, { retention: '99', newPerDay: '5', reviewsPerDay: '10' })).toEqual({ errors: { retention: 'retention_range' } });
			await saveSettings(store(), student, { retention: '85', newPerDay: '5', reviewsPerDay: '10' });
			expect(await getSettings(store(), student)).toMatchObject({ desiredRetention: 0.85, newPerDay: 5, reviewsPerDay: 10, parameters: null, reviewCount: 0 });
			expect(await optimizeParameters(store(), student, T0)).toEqual({ status: 'not_enough', have: 0, need: 400 });
		});
	});

	describe('sets to add', () => {
		beforeEach(async () => await seed(4));
		it('lists the sets of the student\'s classes with the questions not yet cards', async () => {
			expect(await setsToAdd(store(), student)).toEqual([{ setId, title: 'Set', className: 'C', questions: 4, missing: 4 }]);
			await store().write((tx) => addCardsFromQuiz(tx, student, [{ questionId: questionIds[0], correct: false }], T0));
			expect((await setsToAdd(store(), student))[0].missing).toBe(3);
			expect(await setsToAdd(store(), other)).toEqual([]);
		});
	});

	// Local days. A student at offset `off` (minutes east of UTC) sees local wall-clock time
	// UTC + off, so the instant of a local time is local − off. Every expectation below is the
	// local calendar day worked out from that by hand.
	const DAY = 86_400_000;
	/** The instant at which the wall clock of a student at `off` shows `local` ("2025-03-10T23:30"). */
	const at = (local: string, off: number) => new Date(Date.parse(`${local}:00Z`) - off * 60_000);
	const OFFSETS = [
		['−12 h', -720],
		['UTC', 0],
		['+14 h', 840]
	] as const;

	const makeReviewCard = async (cardId: string, due: Date) => await store().write((tx) => makeCard(tx, cardId, due));

	describe('local days and personal parameters', () => {
		beforeEach(async () => await seed(4));

		it('saved personal parameters change the interval shown on the Easy button and the due it applies', async () => {
			await addSetToCards(store(), student, setId, T0);
			// ts-fsrs's default vector with w[3] (stability after Easy on a new card) = 30 instead of 8.2956.
			// At the default retention 0.9 the interval is the stability itself: round(30) = 30 days
			// (defaults: round(8.2956) = 8 days).
			const shownBefore = (await getSession(store(), student, T0, OFF, noFuzz)).current!;
			expect(shownBefore.intervals[Rating.Easy]).toBe(8 * DAY);
			const personal = [0.212, 1.2931, 2.3065, 30, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
			await store().write(({ db, t }) => run(db.insert(t.studySettings).values({ studentId: student, parameters: personal })));
			expect((await getSettings(store(), student)).parameters).toEqual(personal);
			const shown = (await getSession(store(), student, T0, OFF, noFuzz)).current!;
			expect(shown.intervals[Rating.Easy]).toBe(30 * DAY);
			const r = await recordReview(store(), { studentId: student, cardId: shown.cardId, reviewId: newId(), rating: Rating.Easy, now: T0 }, noFuzz);
			expect(r.due.getTime()).toBe(T0.getTime() + 30 * DAY);
			expect((await cardRows()).find((c) => c.id === shown.cardId)!.scheduledDays).toBe(30);
		});

		it.each(OFFSETS)('the daily cap starts again at local midnight (%s)', async (_, off) => {
			await addSetToCards(store(), student, setId, at('2025-03-01T12:00', off));
			await saveSettings(store(), student, { retention: '90', newPerDay: '1', reviewsPerDay: '200' });
			// One new card introduced at 23:30 on Monday 10 March, local time.
			const first = (await getSession(store(), student, at('2025-03-10T23:30', off), off, noFuzz)).current!;
			await recordReview(store(), { studentId: student, cardId: first.cardId, reviewId: newId(), rating: Rating.Easy, now: at('2025-03-10T23:30', off) }, noFuzz);
			// 23:45 the same local day: the cap of 1 is used up.
			const sameDay = await getSession(store(), student, at('2025-03-10T23:45', off), off, noFuzz);
			expect(sameDay.current).toBeNull();
			expect(sameDay.limitReached.new).toBe(true);
			expect(sameDay.reviewedToday).toBe(1);
			// 00:30 on Tuesday 11 March, local: a new day, one new card again.
			const nextDay = await getSession(store(), student, at('2025-03-11T00:30', off), off, noFuzz);
			expect(nextDay.counts.new).toBe(1);
			expect(nextDay.current?.state).toBe(State.New);
			expect(nextDay.reviewedToday).toBe(0);
		});

		it('across a DST change, each request reads the day at its own fixed offset (Paris, 30 March 2025)', async () => {
			await addSetToCards(store(), student, setId, T0);
			await saveSettings(store(), student, { retention: '90', newPerDay: '1', reviewsPerDay: '200' });
			// Sunday 30 March 2025, 00:30 in Paris, still winter time (+60): 2025-03-29T23:30Z.
			const sundayCet = new Date('2025-03-29T23:30:00Z');
			const first = (await getSession(store(), student, sundayCet, 60, noFuzz)).current!;
			await recordReview(store(), { studentId: student, cardId: first.cardId, reviewId: newId(), rating: Rating.Easy, now: sundayCet }, noFuzz);
			// Clocks go forward at 02:00 CET. 09:00 summer time (+120) is 07:00Z; that day began at
			// 00:00 at +120 = 2025-03-29T22:00Z, before 23:30Z: the review is today's, the cap is used.
			const sundayCest = await getSession(store(), student, new Date('2025-03-30T07:00:00Z'), 120, noFuzz);
			expect(sundayCest.reviewedToday).toBe(1);
			expect(sundayCest.limitReached.new).toBe(true);
			expect(sundayCest.current).toBeNull();
			// Monday 31 March 00:30 CEST (+120) is 2025-03-30T22:30Z: a new day.
			const monday = await getSession(store(), student, new Date('2025-03-30T22:30:00Z'), 120, noFuzz);
			expect(monday.reviewedToday).toBe(0);
			expect(monday.current?.state).toBe(State.New);
		});

		it.each(OFFSETS)('a review at 23:59 cannot be undone at 00:01 the next local day (%s)', async (_, off) => {
			await addSetToCards(store(), student, setId, at('2025-03-01T12:00', off));
			const card = (await getSession(store(), student, at('2025-03-10T23:59', off), off, noFuzz)).current!;
			const reviewId = newId();
			await recordReview(store(), { studentId: student, cardId: card.cardId, reviewId, rating: Rating.Good, now: at('2025-03-10T23:59', off) }, noFuzz);
			const afterReview = (await cardRows()).find((c) => c.id === card.cardId)!;
			await expect(undoLast(store(), { studentId: student, undoId: newId(), now: at('2025-03-11T00:01', off), offset: off })).rejects.toThrow('nothing_to_undo');
			expect((await cardRows()).find((c) => c.id === card.cardId)).toEqual(afterReview);
			expect(await logRows()).toHaveLength(1);
			// 30 s before local midnight it still can.
			const u = await undoLast(store(), { studentId: student, undoId: newId(), now: new Date(at('2025-03-10T23:59', off).getTime() + 30_000), offset: off });
			expect(u.undone).toBe(reviewId);
		});

		it.each(OFFSETS)('reviews due later today, before local midnight, are shown now; those due after are not (%s)', async (_, off) => {
			await addSetToCards(store(), student, setId, at('2025-03-01T12:00', off));
			await saveSettings(store(), student, { retention: '90', newPerDay: '0', reviewsPerDay: '200' });
			const [a, b] = await cardRows();
			await makeReviewCard(a.id, at('2025-03-10T22:00', off)); // 22:00 today
			await makeReviewCard(b.id, at('2025-03-11T00:30', off)); // 00:30 tomorrow
			const session = await getSession(store(), student, at('2025-03-10T08:00', off), off, noFuzz);
			expect(session.counts).toEqual({ new: 0, learning: 0, review: 1 });
			expect(session.current?.cardId).toBe(a.id);
			// At 00:45 tomorrow both are due.
			expect((await getSession(store(), student, at('2025-03-11T00:45', off), off, noFuzz)).counts.review).toBe(2);
		});

		it.each(OFFSETS)('the forecast counts cards on the local day they fall due (%s)', async (_, off) => {
			await addSetToCards(store(), student, setId, at('2025-03-01T12:00', off));
			const [a, b, c, d] = await cardRows();
			// Today is Monday 10 March, local.
			await makeReviewCard(a.id, at('2025-03-10T23:30', off)); // today → index 0
			await makeReviewCard(b.id, at('2025-03-11T00:30', off)); // Tuesday → index 1
			await makeReviewCard(c.id, at('2025-03-11T23:30', off)); // Tuesday → index 1
			await makeReviewCard(d.id, at('2025-03-13T00:30', off)); // Thursday → index 3
			const stats = await getStats(store(), student, at('2025-03-10T08:00', off), off);
			expect(stats.forecast.slice(0, 5).map((x) => x.count)).toEqual([1, 2, 0, 1, 0]);
			// Day numbers: 10 March 2025 is day 20157 since 1 January 1970 (55 years with 14 leap days:
			// 55 × 365 + 14 = 20089, plus 31 + 28 + 9 = 68 days into 2025).
			expect(stats.forecast[0].day).toBe(20157);
			expect(stats.today).toBe(20157);
		});

		it.each([
			['−12 h, each review at 23:30 local', -720, '23:30'],
			['+14 h, each review at 00:30 local', 840, '00:30'],
			['UTC, each review at 12:00', 0, '12:00']
		] as const)('the streak continues past the 371-day statistics window (%s)', async (_, off, time) => {
			await addSetToCards(store(), student, setId, T0);
			const cardId = (await cardRows())[0].id;
			// One review a day for 400 local days ending Monday 10 March 2025. The first is 10 March − 399
			// days: − 365 = 10 March 2024, − 9 = 1 March, − 1 = 29 February (leap year), − 24 = 5 February 2024.
			const last = Date.parse('2025-03-10T00:00:00Z');
			const rows = Array.from({ length: 400 }, (_, i) => {
				const localDay = new Date(last - i * DAY).toISOString().slice(0, 10);
				const when = at(`${localDay}T${time}`, off);
				return {
					id: newId(), cardId, studentId: student, kind: 'review' as const, rating: 3, stateBefore: State.Review, stateAfter: State.Review,
					due: when, stability: 10, difficulty: 5, elapsedDays: 1, scheduledDays: 1, reviewedAt: when
				};
			});
			await store().write(({ db, t }) => run(db.insert(t.reviewLogs).values(rows)));
			// The window holds today − 371 … today (372 days); the 28 older days come from SQL's localDay.
			expect((await getStats(store(), student, at('2025-03-10T23:59', off), off)).streak).toBe(400);
			// A missing local day 380 days ago cuts it to the 380 days after it.
			await store().write(({ db, t }) => run(db.delete(t.reviewLogs).where(eq(t.reviewLogs.id, rows[380].id))));
			expect((await getStats(store(), student, at('2025-03-10T23:59', off), off)).streak).toBe(380);
		});
	});
});

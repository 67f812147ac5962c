// Proves the review use cases against a real SQLite database: one transaction per review,
// idempotent submissions, exact undo with an appended row, daily caps, suspended cards, quiz
// and set card creation, statistics and the parameter fit.
import { describe, it, expect, beforeEach } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '$lib/server/db';
import * as s from '$lib/server/db/schema';
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
import { createScheduler, reviewStored, Rating, State, type StoredCardState } from '$lib/srs/scheduler';
import { runNow, sqliteStore } from '$lib/server/db/sqlite-store';

const T0 = new Date('2025-03-10T09:00:00Z');
const OFF = 0;
const noFuzz = { fuzz: false };
let db: Db;
let teacher: string;
let student: string;
let other: string;
let setId: string;
let questionIds: string[];
let assignmentId: string;

function seed(n: number) {
	db = openDatabase(':memory:');
	let articleId: string;
	({ teacher, student, others: [other], articleId } = runNow(db, (tx) => teacherStudentArticle(tx, 1)));
	setId = newId();
	db.insert(s.questionSets).values({ id: setId, ownerId: teacher, articleId, title: 'Set', lang: 'en' }).run();
	questionIds = [];
	for (let i = 0; i < n; i++) {
		const id = newId();
		questionIds.push(id);
		db.insert(s.questions)
			.values({ id, setId, type: 'short', prompt: `Q${i}?`, answer: `answer ${i}`, answerValue: `answer ${i}`, evidenceText: `Sentence ${i}.`, position: i, status: 'approved' })
			.run();
	}
	const classId = newId();
	db.insert(s.classes).values({ id: classId, teacherId: teacher, name: 'C', joinCode: 'ABC' + n }).run();
	db.insert(s.enrollments).values({ classId, studentId: student }).run();
	assignmentId = newId();
	db.insert(s.assignments).values({ id: assignmentId, setId, classId, studyMaterial: true }).run();
}

const cardRows = () => db.select().from(s.cards).where(eq(s.cards.studentId, student)).all();
const logRows = () => db.select().from(s.reviewLogs).all();
const later = (min: number) => new Date(T0.getTime() + min * 60_000);

describe('review service', () => {
	beforeEach(() => seed(30));

	it('keeps a quiz set\'s cards, which show the answers, until the student has submitted the quiz', () => {
		db.update(s.assignments).set({ studyMaterial: false }).run();
		expect(() => addSetToCards(db, student, setId, T0)).toThrow(expect.objectContaining({ code: 'quiz_first' }));
		expect(setsToAdd(db, student)).toEqual([]);
		const attemptId = newId();
		db.insert(s.quizAttempts).values({ id: attemptId, assignmentId, studentId: student, startedAt: T0 }).run();
		expect(() => addSetToCards(db, student, setId, T0)).toThrow(expect.objectContaining({ code: 'quiz_first' }));
		db.update(s.quizAttempts).set({ submittedAt: T0, score: 0, correctCount: 0, total: 30 }).where(eq(s.quizAttempts.id, attemptId)).run();
		expect(setsToAdd(db, student)).toHaveLength(1);
		expect(addSetToCards(db, student, setId, T0)).toEqual({ added: 30, existing: 0 });
		// Another student of the class has not taken it.
		db.insert(s.enrollments).values({ classId: db.select().from(s.classes).get()!.id, studentId: other }).run();
		expect(() => addSetToCards(db, other, setId, T0)).toThrow(expect.objectContaining({ code: 'quiz_first' }));
	});

	it('adds a set to the flashcards once, only for enrolled students', () => {
		expect(addSetToCards(db, student, setId, T0)).toEqual({ added: 30, existing: 0 });
		expect(addSetToCards(db, student, setId, T0)).toEqual({ added: 0, existing: 30 });
		expect(() => addSetToCards(db, other, setId, T0)).toThrow(ReviewError);
		expect(() => addSetToCards(db, student, 'nope', T0)).toThrow(ReviewError);
	});

	it('shows new cards in set order up to the daily cap, with the four previewed intervals', () => {
		addSetToCards(db, student, setId, T0);
		const session = getSession(db, student, later(1), OFF, noFuzz);
		expect(session.counts).toEqual({ new: 20, learning: 0, review: 0 });
		expect(session.current?.prompt).toBe('Q0?');
		expect(session.current?.evidence).toBe('Sentence 0.');
		expect(session.current?.intervals).toEqual({ 1: 60_000, 2: 360_000, 3: 600_000, 4: expect.any(Number) });
	});

	it('records a review as one card update and one log row; a repeated id records nothing new', () => {
		addSetToCards(db, student, setId, T0);
		const cardId = getSession(db, student, T0, OFF).current!.cardId;
		const reviewId = newId();
		const first = recordReview(db, { studentId: student, cardId, reviewId, rating: Rating.Good, durationMs: 4200, now: later(1) }, noFuzz);
		const again = recordReview(db, { studentId: student, cardId, reviewId, rating: Rating.Again, now: later(2) }, noFuzz);
		expect(first.duplicate).toBe(false);
		expect(again).toEqual({ ...first, duplicate: true });
		expect(logRows()).toHaveLength(1);
		const log = logRows()[0];
		expect(log).toMatchObject({ kind: 'review', rating: 3, stateBefore: State.New, stateAfter: State.Learning, durationMs: 4200 });
		const card = cardRows().find((c) => c.id === cardId)!;
		expect(card.reps).toBe(1);
		expect(card.due.getTime()).toBe(later(11).getTime());
		// Someone else's card or review id is refused.
		expect(() => recordReview(db, { studentId: other, cardId, reviewId: newId(), rating: 3, now: T0 })).toThrow('not_found');
		expect(() => recordReview(db, { studentId: other, cardId, reviewId, rating: 3, now: T0 })).toThrow('conflict');
		// A repeated review of a card whose question was deleted meanwhile still answers the same.
		db.update(s.questions).set({ deletedAt: T0 }).where(eq(s.questions.id, card.questionId)).run();
		expect(recordReview(db, { studentId: student, cardId, reviewId, rating: Rating.Good, now: later(3) }, noFuzz)).toEqual({ ...first, duplicate: true });
	});

	it('undo restores the exact card and appends an undo row; undone reviews stop counting', () => {
		addSetToCards(db, student, setId, T0);
		const before = cardRows();
		const cardId = getSession(db, student, T0, OFF).current!.cardId;
		const original = before.find((c) => c.id === cardId)!;
		const r1 = newId();
		recordReview(db, { studentId: student, cardId, reviewId: r1, rating: Rating.Easy, now: later(1) }, noFuzz);
		expect(getSession(db, student, later(2), OFF).counts.new).toBe(19);
		expect(getSettings(db, student).reviewCount).toBe(1);
		const undoId = newId();
		const u = undoLast(db, { studentId: student, undoId, now: later(2), offset: OFF });
		expect(u).toEqual({ undoId, cardId, undone: r1, duplicate: false });
		expect(cardRows().find((c) => c.id === cardId)).toEqual(original);
		const logs = logRows();
		expect(logs).toHaveLength(2);
		expect(logs.find((l) => l.id === r1)?.kind).toBe('review'); // never rewritten
		expect(logs.find((l) => l.id === undoId)).toMatchObject({ kind: 'undo', undoes: r1, rating: 0, stateAfter: State.New });
		// An undone review no longer counts toward fitting the student's parameters.
		expect(getSettings(db, student).reviewCount).toBe(0);
		// A repeated undo is the same undo, and there is nothing further to undo.
		expect(undoLast(db, { studentId: student, undoId, now: later(3), offset: OFF }).duplicate).toBe(true);
		expect(() => undoLast(db, { studentId: student, undoId: newId(), now: later(3), offset: OFF })).toThrow('nothing_to_undo');
		const session = getSession(db, student, later(3), OFF);
		expect(session.counts.new).toBe(20);
		expect(session.canUndo).toBe(false);
		expect(session.current?.cardId).toBe(cardId);
	});

	it('undoes several reviews in reverse order', () => {
		addSetToCards(db, student, setId, T0);
		const snapshot = cardRows();
		for (let i = 0; i < 3; i++) {
			const cardId = getSession(db, student, later(i), OFF).current!.cardId;
			recordReview(db, { studentId: student, cardId, reviewId: newId(), rating: Rating.Good, now: later(i) }, noFuzz);
		}
		for (let i = 0; i < 3; i++) undoLast(db, { studentId: student, undoId: newId(), now: later(10 + i), offset: OFF });
		expect(cardRows()).toEqual(snapshot);
		expect(logRows()).toHaveLength(6);
	});

	it('caps new cards and reviews per day, and starts again the next local day', () => {
		addSetToCards(db, student, setId, T0);
		saveSettings(db, student, { retention: '90', newPerDay: '3', reviewsPerDay: '1' });
		for (let i = 0; i < 3; i++) {
			const cur = getSession(db, student, later(i), OFF, noFuzz).current!;
			expect(cur.state).toBe(State.New);
			recordReview(db, { studentId: student, cardId: cur.cardId, reviewId: newId(), rating: Rating.Easy, now: later(i) }, noFuzz);
		}
		const done = getSession(db, student, later(5), OFF);
		expect(done.current).toBeNull();
		expect(done.counts).toEqual({ new: 0, learning: 0, review: 0 });
		expect(done.limitReached.new).toBe(true);
		expect(done.streak).toBe(1);
		// Weeks later the three cards are due for review but only one review is allowed per day.
		const weeks = new Date(T0.getTime() + 60 * 86_400_000);
		const s2 = getSession(db, student, weeks, OFF, noFuzz);
		expect(s2.counts).toEqual({ new: 3, learning: 0, review: 1 });
		expect(s2.current?.state).toBe(State.Review);
		recordReview(db, { studentId: student, cardId: s2.current!.cardId, reviewId: newId(), rating: Rating.Good, now: weeks }, noFuzz);
		const s3 = getSession(db, student, weeks, OFF, noFuzz);
		expect(s3.counts.review).toBe(0);
		expect(s3.current?.state).toBe(State.New);
	});

	it('a deleted question suspends its card; an edited one shows its new wording; the log is untouched', async () => {
		addSetToCards(db, student, setId, T0);
		const first = getSession(db, student, T0, OFF).current!;
		recordReview(db, { studentId: student, cardId: first.cardId, reviewId: newId(), rating: Rating.Again, now: T0 }, noFuzz);
		expect(await changeQuestionStatus(sqliteStore(db), teacher, setId, first.questionId, 'delete', T0)).toEqual({ ok: true });
		const session = getSession(db, student, later(5), OFF);
		expect(session.current?.cardId).not.toBe(first.cardId);
		expect(session.counts.learning).toBe(0);
		expect(() => recordReview(db, { studentId: student, cardId: first.cardId, reviewId: newId(), rating: 3, now: later(5) })).toThrow('suspended');
		const next = session.current!;
		db.update(s.questions).set({ prompt: 'Edited?' }).where(eq(s.questions.id, next.questionId)).run();
		expect(getSession(db, student, later(5), OFF).current?.prompt).toBe('Edited?');
		expect(logRows()).toHaveLength(1);
		expect(getStats(db, student, later(5), OFF).cards).toMatchObject({ suspended: 1, new: 29 });
	});

	it('an answer applies the interval its button showed; a card or settings changed since it was shown are taken as they are now', async () => {
		addSetToCards(db, student, setId, T0);
		const stored = (id: string): StoredCardState => {
			const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } = cardRows().find((r) => r.id === id)!;
			return { due: due.getTime(), stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview: lastReview?.getTime() ?? null };
		};
		// Shown at 09:00, answered 7 s later with fuzz on: due = answer time + the Easy button's interval.
		const shown = getSession(db, student, T0, OFF).current!;
		const answeredAt = new Date(T0.getTime() + 7_000);
		const r = recordReview(db, { studentId: student, cardId: shown.cardId, reviewId: newId(), rating: Rating.Easy, now: answeredAt });
		expect(r.due.getTime()).toBe(answeredAt.getTime() + shown.intervals[Rating.Easy]);
		expect(r.state).toBe(State.Review);

		// Shown as a learning card, then its last review undone in another tab: the page's answer is
		// scheduled from the card as it is now (new again), with one log row.
		const f = createScheduler({ desiredRetention: 0.9, enableFuzz: true });
		const a = getSession(db, student, later(1), OFF).current!;
		recordReview(db, { studentId: student, cardId: a.cardId, reviewId: newId(), rating: Rating.Again, now: later(1) });
		const relearnView = getSession(db, student, later(3), OFF).current!;
		expect(relearnView.cardId).toBe(a.cardId);
		expect(relearnView.state).toBe(State.Learning);
		undoLast(db, { studentId: student, undoId: newId(), now: later(3), offset: OFF });
		const restored = stored(a.cardId);
		expect(restored.state).toBe(State.New);
		const logsBefore = logRows().length;
		const expected = reviewStored(f, restored, later(4).getTime(), Rating.Hard, a.cardId);
		recordReview(db, { studentId: student, cardId: a.cardId, reviewId: newId(), rating: Rating.Hard, now: later(4) });
		expect(stored(a.cardId)).toEqual(expected.card);
		expect(logRows()).toHaveLength(logsBefore + 1);

		// A card shown, answered elsewhere, then answered again from the old page: scheduled from its new state.
		const view = getSession(db, student, later(3), OFF).current!;
		recordReview(db, { studentId: student, cardId: view.cardId, reviewId: newId(), rating: Rating.Again, now: later(3) });
		const afterFirst = stored(view.cardId);
		const second = reviewStored(f, afterFirst, later(4).getTime(), Rating.Good, view.cardId);
		recordReview(db, { studentId: student, cardId: view.cardId, reviewId: newId(), rating: Rating.Good, now: later(4) });
		expect(stored(view.cardId)).toEqual(second.card);

		// Settings saved between showing and answering: the new retention schedules the answer.
		const next = getSession(db, student, later(5), OFF).current!;
		expect(saveSettings(db, student, { retention: '80', newPerDay: '20', reviewsPerDay: '200' })).not.toHaveProperty('errors');
		const withNewRetention = reviewStored(createScheduler({ desiredRetention: 0.8, enableFuzz: true }), stored(next.cardId), later(6).getTime(), Rating.Easy, next.cardId);
		recordReview(db, { studentId: student, cardId: next.cardId, reviewId: newId(), rating: Rating.Easy, now: later(6) });
		expect(stored(next.cardId)).toEqual(withNewRetention.card);
		expect(withNewRetention.card.due - later(6).getTime()).not.toBe(next.intervals[Rating.Easy]);

		// Shown, then its question deleted: the answer is refused and nothing is written.
		const doomed = getSession(db, student, later(7), OFF).current!;
		await changeQuestionStatus(sqliteStore(db), teacher, setId, doomed.questionId, 'delete', later(7));
		const logCount = logRows().length;
		expect(() => recordReview(db, { studentId: student, cardId: doomed.cardId, reviewId: newId(), rating: Rating.Good, now: later(8) })).toThrow('suspended');
		expect(logRows()).toHaveLength(logCount);
	});

	it('cards from a quiz: wrong ones are new and due now, right ones after a first Good; existing cards are left alone', () => {
		runNow(db, (tx) => addCardsFromQuiz(tx, student, [{ questionId: questionIds[0], correct: false }, { questionId: questionIds[1], correct: true }], T0));
		runNow(db, (tx) => addCardsFromQuiz(tx, student, [{ questionId: questionIds[0], correct: true }, { questionId: questionIds[2], correct: true }], later(1)));
		const cards = cardRows();
		expect(cards).toHaveLength(3);
		const byQ = new Map(cards.map((c) => [c.questionId, c]));
		expect(byQ.get(questionIds[0])).toMatchObject({ state: State.New, reps: 0, due: T0 });
		expect(byQ.get(questionIds[1])).toMatchObject({ state: State.Learning, reps: 1 });
		expect(byQ.get(questionIds[1])!.due.getTime()).toBe(later(10).getTime());
		const logs = logRows();
		expect(logs).toHaveLength(2);
		expect(logs.every((l) => l.kind === 'quiz' && l.rating === Rating.Good)).toBe(true);
		// Quiz answers are not undoable reviews and do not use up today's new cards.
		expect(getSession(db, student, later(2), OFF).canUndo).toBe(false);
		// Nor are they counted as reviews: the statistics and the settings say the same number.
		expect(getStats(db, student, later(2), OFF).reviewsToday).toBe(0);
		expect(getSettings(db, student).reviewCount).toBe(0);
		const card = getSession(db, student, later(2), OFF).current!;
		recordReview(db, { studentId: student, cardId: card.cardId, reviewId: newId(), rating: Rating.Good, now: later(3) });
		expect(getStats(db, student, later(4), OFF).reviewsToday).toBe(1);
		expect(getSettings(db, student).reviewCount).toBe(1);
	});

	it('suggests a rating from a typed answer', () => {
		addSetToCards(db, student, setId, T0);
		const cur = getSession(db, student, T0, OFF).current!;
		expect(suggestRating(db, student, cur.cardId, 'answer 0')).toEqual({ verdict: 'correct', rating: Rating.Good });
		expect(suggestRating(db, student, cur.cardId, 'something else entirely')?.rating).toBe(Rating.Again);
		expect(suggestRating(db, other, cur.cardId, 'answer 0')).toBeNull();
		// Relative answers are read against the article's publication day, as in quizzes.
		db.update(s.articles).set({ publishedAt: '2025-03-10' }).run();
		db.update(s.questions).set({ answer: '9 mars 2025', answerValue: '2025-03-09' }).where(eq(s.questions.id, cur.questionId)).run();
		expect(suggestRating(db, student, cur.cardId, 'hier')).toEqual({ verdict: 'correct', rating: Rating.Good });
	});

	it('statistics: heatmap, streak, forecast and retention ignore undone reviews', () => {
		addSetToCards(db, student, setId, T0);
		const day = 86_400_000;
		for (let d = 0; d < 3; d++) {
			const now = new Date(T0.getTime() + d * day);
			const cur = getSession(db, student, now, OFF, noFuzz).current!;
			recordReview(db, { studentId: student, cardId: cur.cardId, reviewId: newId(), rating: Rating.Easy, now }, noFuzz);
		}
		const now = new Date(T0.getTime() + 2 * day + 60_000);
		const cur = getSession(db, student, now, OFF, noFuzz).current!;
		recordReview(db, { studentId: student, cardId: cur.cardId, reviewId: newId(), rating: Rating.Easy, now }, noFuzz);
		undoLast(db, { studentId: student, undoId: newId(), now, offset: OFF });
		const stats = getStats(db, student, now, OFF);
		expect(stats.streak).toBe(3);
		expect(stats.reviewsToday).toBe(1);
		expect(stats.heatmap.total).toBe(3);
		expect(stats.forecast).toHaveLength(30);
		expect(stats.forecast.reduce((n, d) => n + d.count, 0)).toBe(3);
		expect(stats.cards).toMatchObject({ new: 27, review: 3, total: 30 });
		expect(stats.retention.month.all.total).toBe(0);
	});

	it('settings are validated, saved and used; the fit needs enough reviews', async () => {
		expect(saveSettings(db, student, { retention: '99', newPerDay: '5', reviewsPerDay: '10' })).toEqual({ errors: { retention: 'retention_range' } });
		saveSettings(db, student, { retention: '85', newPerDay: '5', reviewsPerDay: '10' });
		expect(getSettings(db, student)).toMatchObject({ desiredRetention: 0.85, newPerDay: 5, reviewsPerDay: 10, parameters: null, reviewCount: 0 });
		expect(await optimizeParameters(db, student, T0)).toEqual({ status: 'not_enough', have: 0, need: 400 });
	});
});

describe('sets to add', () => {
	beforeEach(() => seed(4));
	it('lists the sets of the student\'s classes with the questions not yet cards', async () => {
		expect(setsToAdd(db, student)).toEqual([{ setId, title: 'Set', className: 'C', questions: 4, missing: 4 }]);
		runNow(db, (tx) => addCardsFromQuiz(tx, student, [{ questionId: questionIds[0], correct: false }], T0));
		expect(setsToAdd(db, student)[0].missing).toBe(3);
		expect(setsToAdd(db, other)).toEqual([]);
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

const makeReviewCard = (cardId: string, due: Date) => runNow(db, (tx) => makeCard(tx, cardId, due));

describe('local days and personal parameters', () => {
	beforeEach(() => seed(4));

	it('saved personal parameters change the interval shown on the Easy button and the due it applies', () => {
		addSetToCards(db, student, setId, T0);
		// ts-fsrs's default vector with w[3] (stability after Easy on a new card) = 30 instead of 8.2956.
		// At the default retention 0.9 the interval is the stability itself: round(30) = 30 days
		// (defaults: round(8.2956) = 8 days).
		const shownBefore = getSession(db, student, T0, OFF, noFuzz).current!;
		expect(shownBefore.intervals[Rating.Easy]).toBe(8 * DAY);
		const personal = [0.212, 1.2931, 2.3065, 30, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542];
		db.insert(s.studySettings).values({ studentId: student, parameters: personal }).run();
		expect(getSettings(db, student).parameters).toEqual(personal);
		const shown = getSession(db, student, T0, OFF, noFuzz).current!;
		expect(shown.intervals[Rating.Easy]).toBe(30 * DAY);
		const r = recordReview(db, { studentId: student, cardId: shown.cardId, reviewId: newId(), rating: Rating.Easy, now: T0 }, noFuzz);
		expect(r.due.getTime()).toBe(T0.getTime() + 30 * DAY);
		expect(cardRows().find((c) => c.id === shown.cardId)!.scheduledDays).toBe(30);
	});

	it.each(OFFSETS)('the daily cap starts again at local midnight (%s)', (_, off) => {
		addSetToCards(db, student, setId, at('2025-03-01T12:00', off));
		saveSettings(db, student, { retention: '90', newPerDay: '1', reviewsPerDay: '200' });
		// One new card introduced at 23:30 on Monday 10 March, local time.
		const first = getSession(db, student, at('2025-03-10T23:30', off), off, noFuzz).current!;
		recordReview(db, { studentId: student, cardId: first.cardId, reviewId: newId(), rating: Rating.Easy, now: at('2025-03-10T23:30', off) }, noFuzz);
		// 23:45 the same local day: the cap of 1 is used up.
		const sameDay = getSession(db, student, at('2025-03-10T23:45', off), off, noFuzz);
		expect(sameDay.current).toBeNull();
		expect(sameDay.limitReached.new).toBe(true);
		expect(sameDay.reviewedToday).toBe(1);
		// 00:30 on Tuesday 11 March, local: a new day, one new card again.
		const nextDay = getSession(db, student, at('2025-03-11T00:30', off), off, noFuzz);
		expect(nextDay.counts.new).toBe(1);
		expect(nextDay.current?.state).toBe(State.New);
		expect(nextDay.reviewedToday).toBe(0);
	});

	it('across a DST change, each request reads the day at its own fixed offset (Paris, 30 March 2025)', () => {
		addSetToCards(db, student, setId, T0);
		saveSettings(db, student, { retention: '90', newPerDay: '1', reviewsPerDay: '200' });
		// Sunday 30 March 2025, 00:30 in Paris, still winter time (+60): 2025-03-29T23:30Z.
		const sundayCet = new Date('2025-03-29T23:30:00Z');
		const first = getSession(db, student, sundayCet, 60, noFuzz).current!;
		recordReview(db, { studentId: student, cardId: first.cardId, reviewId: newId(), rating: Rating.Easy, now: sundayCet }, noFuzz);
		// Clocks go forward at 02:00 CET. 09:00 summer time (+120) is 07:00Z; that day began at
		// 00:00 at +120 = 2025-03-29T22:00Z, before 23:30Z: the review is today's, the cap is used.
		const sundayCest = getSession(db, student, new Date('2025-03-30T07:00:00Z'), 120, noFuzz);
		expect(sundayCest.reviewedToday).toBe(1);
		expect(sundayCest.limitReached.new).toBe(true);
		expect(sundayCest.current).toBeNull();
		// Monday 31 March 00:30 CEST (+120) is 2025-03-30T22:30Z: a new day.
		const monday = getSession(db, student, new Date('2025-03-30T22:30:00Z'), 120, noFuzz);
		expect(monday.reviewedToday).toBe(0);
		expect(monday.current?.state).toBe(State.New);
	});

	it.each(OFFSETS)('a review at 23:59 cannot be undone at 00:01 the next local day (%s)', (_, off) => {
		addSetToCards(db, student, setId, at('2025-03-01T12:00', off));
		const card = getSession(db, student, at('2025-03-10T23:59', off), off, noFuzz).current!;
		const reviewId = newId();
		recordReview(db, { studentId: student, cardId: card.cardId, reviewId, rating: Rating.Good, now: at('2025-03-10T23:59', off) }, noFuzz);
		const afterReview = cardRows().find((c) => c.id === card.cardId)!;
		expect(() => undoLast(db, { studentId: student, undoId: newId(), now: at('2025-03-11T00:01', off), offset: off })).toThrow('nothing_to_undo');
		expect(cardRows().find((c) => c.id === card.cardId)).toEqual(afterReview);
		expect(logRows()).toHaveLength(1);
		// 30 s before local midnight it still can.
		const u = undoLast(db, { studentId: student, undoId: newId(), now: new Date(at('2025-03-10T23:59', off).getTime() + 30_000), offset: off });
		expect(u.undone).toBe(reviewId);
	});

	it.each(OFFSETS)('reviews due later today, before local midnight, are shown now; those due after are not (%s)', (_, off) => {
		addSetToCards(db, student, setId, at('2025-03-01T12:00', off));
		saveSettings(db, student, { retention: '90', newPerDay: '0', reviewsPerDay: '200' });
		const [a, b] = cardRows();
		makeReviewCard(a.id, at('2025-03-10T22:00', off)); // 22:00 today
		makeReviewCard(b.id, at('2025-03-11T00:30', off)); // 00:30 tomorrow
		const session = getSession(db, student, at('2025-03-10T08:00', off), off, noFuzz);
		expect(session.counts).toEqual({ new: 0, learning: 0, review: 1 });
		expect(session.current?.cardId).toBe(a.id);
		// At 00:45 tomorrow both are due.
		expect(getSession(db, student, at('2025-03-11T00:45', off), off, noFuzz).counts.review).toBe(2);
	});

	it.each(OFFSETS)('the forecast counts cards on the local day they fall due (%s)', (_, off) => {
		addSetToCards(db, student, setId, at('2025-03-01T12:00', off));
		const [a, b, c, d] = cardRows();
		// Today is Monday 10 March, local.
		makeReviewCard(a.id, at('2025-03-10T23:30', off)); // today → index 0
		makeReviewCard(b.id, at('2025-03-11T00:30', off)); // Tuesday → index 1
		makeReviewCard(c.id, at('2025-03-11T23:30', off)); // Tuesday → index 1
		makeReviewCard(d.id, at('2025-03-13T00:30', off)); // Thursday → index 3
		const stats = getStats(db, student, at('2025-03-10T08:00', off), off);
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
	] as const)('the streak continues past the 371-day statistics window (%s)', (_, off, time) => {
		addSetToCards(db, student, setId, T0);
		const cardId = cardRows()[0].id;
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
		db.insert(s.reviewLogs).values(rows).run();
		// The window holds today − 371 … today (372 days); the 28 older days come from SQL's localDay.
		expect(getStats(db, student, at('2025-03-10T23:59', off), off).streak).toBe(400);
		// A missing local day 380 days ago cuts it to the 380 days after it.
		db.delete(s.reviewLogs).where(eq(s.reviewLogs.id, rows[380].id)).run();
		expect(getStats(db, student, at('2025-03-10T23:59', off), off).streak).toBe(380);
	});
});

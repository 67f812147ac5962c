// Edges of the review service that the main tests pass over: the session's flags when nothing is
// left to show (which daily cap was hit, when the next card comes back), undo of a card reviewed
// twice and undo at a clock behind the review, ids reused across kinds of rows and students, the
// typed answer's 500-character cut and a checker that throws, access to a set assigned in two
// classes, the streak ending yesterday past the statistics window, the retention windows at their
// first instant, and settings that fail validation.
import { describe, it, expect, beforeEach } from 'vitest';
import { eq } from 'drizzle-orm';
import { newId } from '$lib/server/ids';
import { makeReviewCard as makeCard, teacherStudentArticle } from './review-fixture';
import { addSetToCards, getSession, getStats, recordReview, saveSettings, setAccess, setsToAdd, suggestRating, undoLast, ReviewError } from './review';
import { Rating, State } from '$lib/srs/scheduler';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { first, run } from '$lib/server/db/store';

describe.each(DIALECTS)('review edges on %s', (dialect) => {
	const store = freshStore(dialect);

	const T0 = new Date('2025-03-10T09:00:00Z');
	const DAY = 86_400_000;
	const MIN = 60_000;
	const noFuzz = { fuzz: false };
	const later = (min: number) => new Date(T0.getTime() + min * MIN);

	let teacher: string;
	let student: string;
	let other: string;
	let articleId: string;
	let setId: string;
	let classId: string;

	async function seed(n: number) {
		({ teacher, student, others: [other], articleId } = await store().write((tx) => teacherStudentArticle(tx, 1)));
		setId = await addSet('Set', n);
		classId = await addClass('C', [student, other]);
		await store().write(({ db, t }) => run(db.insert(t.assignments).values({ id: newId(), setId, classId, studyMaterial: true })));
	}

	async function addSet(title: string, n: number): Promise<string> {
		const id = newId();
		await store().write(({ db, t }) => run(db.insert(t.questionSets).values({ id, ownerId: teacher, articleId, title, lang: 'en' })));
		for (let i = 0; i < n; i++)
			await store().write(({ db, t }) => run(db.insert(t.questions)
				.values({ id: newId(), setId: id, type: 'short', prompt: `Q${i}?`, answer: `answer ${i}`, answerValue: `answer ${i}`, evidenceText: 'S.', position: i, status: 'approved' })
				));
		return id;
	}

	async function addClass(name: string, members: string[]): Promise<string> {
		const id = newId();
		await store().write(({ db, t }) => run(db.insert(t.classes).values({ id, teacherId: teacher, name, joinCode: name.padEnd(6, 'X') })));
		for (const studentId of members) await store().write(({ db, t }) => run(db.insert(t.enrollments).values({ classId: id, studentId })));
		return id;
	}

	// In a fixed order: PostgreSQL returns updated rows wherever they now lie.
	const cardsOf = (who: string) => store().read(({ db, t }) => run(db.select().from(t.cards).where(eq(t.cards.studentId, who)).orderBy(t.cards.id)));
	const logRow = async (id: string) => await store().read(({ db, t }) => first(db.select().from(t.reviewLogs).where(eq(t.reviewLogs.id, id)).limit(1)));

	const makeReviewCard = async (cardId: string, due: Date) => await store().write((tx) => makeCard(tx, cardId, due));

	describe('the session\'s flags', () => {
		beforeEach(async () => await seed(4));

		it('while a card is shown: no cap reached, no next due, undo once something was reviewed today', async () => {
			await addSetToCards(store(), student, setId, T0);
			const first = await getSession(store(), student, T0, 0, noFuzz);
			expect(first.current).not.toBeNull();
			expect(first.canUndo).toBe(false);
			expect(first.nextDue).toBeNull();
			expect(first.limitReached).toEqual({ new: false, review: false });
			await recordReview(store(), { studentId: student, cardId: first.current!.cardId, reviewId: newId(), rating: Rating.Good, now: T0 }, noFuzz);
			const second = await getSession(store(), student, later(1), 0, noFuzz);
			expect(second.current).not.toBeNull();
			expect(second.reviewedToday).toBe(1);
			expect(second.canUndo).toBe(true);
			expect(second.limitReached).toEqual({ new: false, review: false });
		});

		it('the review cap reached with reviews still due: both caps flagged, the next due is the held-back review', async () => {
			await addSetToCards(store(), student, setId, T0);
			await saveSettings(store(), student, { retention: '90', newPerDay: '0', reviewsPerDay: '1' });
			const [a, b] = await cardsOf(student);
			// Both due today; b at 22:00, after the session below.
			await makeReviewCard(a.id, new Date('2025-03-10T08:00:00Z'));
			await makeReviewCard(b.id, new Date('2025-03-10T22:00:00Z'));
			const shown = await getSession(store(), student, T0, 0, noFuzz);
			expect(shown.counts).toEqual({ new: 0, learning: 0, review: 1 });
			expect(shown.current?.cardId).toBe(a.id);
			await recordReview(store(), { studentId: student, cardId: a.id, reviewId: newId(), rating: Rating.Good, now: T0 }, noFuzz);
			const done = await getSession(store(), student, later(1), 0, noFuzz);
			expect(done.current).toBeNull();
			expect(done.canUndo).toBe(true);
			// No new card allowed today while two remain; one review allowed, done, while b is due.
			expect(done.limitReached).toEqual({ new: true, review: true });
			// a went to a later day; b, held back by the cap, is the earliest due after now.
			expect(done.nextDue).toEqual(new Date('2025-03-10T22:00:00Z'));
		});

		it('nothing due and no new card: no cap flagged even at caps of 0, and the next due is the next review', async () => {
			await addSetToCards(store(), student, setId, T0);
			await saveSettings(store(), student, { retention: '90', newPerDay: '0', reviewsPerDay: '0' });
			const cards = await cardsOf(student);
			for (const [i, c] of cards.entries()) await makeReviewCard(c.id, new Date(T0.getTime() + (5 + i) * DAY));
			const session = await getSession(store(), student, T0, 0, noFuzz);
			expect(session.current).toBeNull();
			expect(session.counts).toEqual({ new: 0, learning: 0, review: 0 });
			expect(session.limitReached).toEqual({ new: false, review: false });
			expect(session.canUndo).toBe(false);
			expect(session.nextDue).toEqual(new Date(T0.getTime() + 5 * DAY));
			expect(session.totalCards).toBe(4);
		});
	});

	describe('undo', () => {
		beforeEach(async () => await seed(2));

		it('restores the date of the review before the one undone', async () => {
			await addSetToCards(store(), student, setId, T0);
			const cardId = (await getSession(store(), student, T0, 0, noFuzz)).current!.cardId;
			await recordReview(store(), { studentId: student, cardId, reviewId: newId(), rating: Rating.Good, now: T0 }, noFuzz);
			const afterFirst = (await cardsOf(student)).find((c) => c.id === cardId)!;
			expect(afterFirst.lastReview).toEqual(T0);
			await recordReview(store(), { studentId: student, cardId, reviewId: newId(), rating: Rating.Good, now: later(11) }, noFuzz);
			expect((await cardsOf(student)).find((c) => c.id === cardId)!.lastReview).toEqual(later(11));
			await undoLast(store(), { studentId: student, undoId: newId(), now: later(12), offset: 0 });
			expect((await cardsOf(student)).find((c) => c.id === cardId)).toEqual(afterFirst);
		});

		it('with a clock behind the review, dates the undo row at the review, not before it', async () => {
			await addSetToCards(store(), student, setId, T0);
			const cardId = (await getSession(store(), student, T0, 0, noFuzz)).current!.cardId;
			await recordReview(store(), { studentId: student, cardId, reviewId: newId(), rating: Rating.Good, now: later(30) }, noFuzz);
			const undoId = newId();
			await undoLast(store(), { studentId: student, undoId, now: later(20), offset: 0 });
			expect((await logRow(undoId))?.reviewedAt).toEqual(later(30));
			// A clock ahead dates it at the undo.
			await recordReview(store(), { studentId: student, cardId, reviewId: newId(), rating: Rating.Good, now: later(40) }, noFuzz);
			const undo2 = newId();
			await undoLast(store(), { studentId: student, undoId: undo2, now: later(45), offset: 0 });
			expect((await logRow(undo2))?.reviewedAt).toEqual(later(45));
		});
	});

	describe('an id used again for another kind of row or by another student', () => {
		beforeEach(async () => await seed(2));

		it('is refused as a conflict, by review and by undo, and nothing is written', async () => {
			await addSetToCards(store(), student, setId, T0);
			await addSetToCards(store(), other, setId, T0);
			const mine = (await cardsOf(student))[0].id;
			const theirs = (await cardsOf(other))[0].id;
			const reviewId = newId();
			await recordReview(store(), { studentId: student, cardId: mine, reviewId, rating: Rating.Good, now: T0 }, noFuzz);
			const undoId = newId();
			await undoLast(store(), { studentId: student, undoId, now: later(1), offset: 0 });
			const theirReview = newId();
			await recordReview(store(), { studentId: other, cardId: theirs, reviewId: theirReview, rating: Rating.Good, now: T0 }, noFuzz);
			const theirUndo = newId();
			await undoLast(store(), { studentId: other, undoId: theirUndo, now: later(1), offset: 0 });
			const rows = (await store().read(({ db, t }) => run(db.select().from(t.reviewLogs)))).length;
			const card = (await cardsOf(student))[0];

			const code = async (f: () => Promise<unknown>) => {
				try {
					await f();
				} catch (e) {
					return e instanceof ReviewError ? e.code : String(e);
				}
				return 'no error';
			};
			// The student's own undo row, offered as a review id.
			expect(await code(() => recordReview(store(), { studentId: student, cardId: mine, reviewId: undoId, rating: Rating.Good, now: later(2) }, noFuzz))).toBe('conflict');
			// The student's own review, offered as an undo id.
			expect(await code(() => undoLast(store(), { studentId: student, undoId: reviewId, now: later(2), offset: 0 }))).toBe('conflict');
			// Another student's undo, offered as an undo id.
			expect(await code(() => undoLast(store(), { studentId: student, undoId: theirUndo, now: later(2), offset: 0 }))).toBe('conflict');
			// Another student's review, offered as an undo id.
			expect(await code(() => undoLast(store(), { studentId: student, undoId: theirReview, now: later(2), offset: 0 }))).toBe('conflict');
			await expect(undoLast(store(), { studentId: student, undoId: theirUndo, now: later(2), offset: 0 })).rejects.toThrow('conflict');
			expect((await store().read(({ db, t }) => run(db.select().from(t.reviewLogs))))).toHaveLength(rows);
			expect((await cardsOf(student))[0]).toEqual(card);
		});
	});

	describe('suggesting a rating', () => {
		beforeEach(async () => await seed(1));

		it('reads only the first 500 characters of a typed answer', async () => {
			await addSetToCards(store(), student, setId, T0);
			const cardId = (await cardsOf(student))[0].id;
			const typed = 'answer 0'.padEnd(500, ' ');
			expect(typed).toHaveLength(500);
			expect(await suggestRating(store(), student, cardId, typed)).toEqual({ verdict: 'correct', rating: Rating.Good });
			// What follows the 500th character is not read.
			expect(await suggestRating(store(), student, cardId, typed + 'something else entirely')).toEqual({ verdict: 'correct', rating: Rating.Good });
			// Within the 500 it is.
			expect((await suggestRating(store(), student, cardId, 'answer 0 something else entirely'))?.verdict).not.toBe('correct');
		});

		it('grades an answer the checker cannot read as wrong', async () => {
			await addSetToCards(store(), student, setId, T0);
			const cardId = (await cardsOf(student))[0].id;
			// A choice question whose stored choice is not text: reading the letter "A" throws in the checker.
			await store().write(({ db, t }) => run(db.update(t.questions).set({ type: 'mcq', choices: [null as unknown as string] })));
			expect(await suggestRating(store(), student, cardId, 'A')).toEqual({ verdict: 'wrong', rating: Rating.Again });
		});
	});

	describe('a set assigned in two classes', () => {
		beforeEach(async () => await seed(3));

		it('is open when one of the classes opens it, and listed once, under the class that assigned it last', async () => {
			const second = await addClass('D', [student]);
			// The first class makes it a quiz the student has not taken, the second study material.
			await store().write(({ db, t }) => run(db.update(t.assignments).set({ studyMaterial: false, publishedAt: new Date('2025-03-01T00:00:00Z') })));
			await store().write(({ db, t }) => run(db.insert(t.assignments).values({ id: newId(), setId, classId: second, studyMaterial: true, publishedAt: new Date('2025-03-02T00:00:00Z') })));
			expect(await store().read((tx) => setAccess(tx, student, setId))).toBe('open');
			expect(await setsToAdd(store(), student)).toEqual([{ setId, title: 'Set', className: 'D', questions: 3, missing: 3 }]);
			// The other student is only in the first class.
			expect(await store().read((tx) => setAccess(tx, other, setId))).toBe('quiz_first');

			// Both classes open it, and another set is assigned in the first, later still.
			await store().write(({ db, t }) => run(db.update(t.assignments).set({ studyMaterial: true })));
			const otherSet = await addSet('Other', 2);
			await store().write(({ db, t }) => run(db.insert(t.assignments).values({ id: newId(), setId: otherSet, classId, studyMaterial: true, publishedAt: new Date('2025-03-03T00:00:00Z') })));
			expect(await setsToAdd(store(), student)).toEqual([
				{ setId: otherSet, title: 'Other', className: 'C', questions: 2, missing: 2 },
				{ setId, title: 'Set', className: 'D', questions: 3, missing: 3 }
			]);
			expect(await addSetToCards(store(), student, setId, T0)).toEqual({ added: 3, existing: 0 });
			expect((await setsToAdd(store(), student)).map((r) => r.missing)).toEqual([2, 0]);
		});

		it('is forbidden to a student in neither class, and an unknown set to anyone', async () => {
			const outsider = newId();
			await store().write(({ db, t }) => run(db.insert(t.users).values({ id: outsider, email: 'out@t.test', passwordHash: 'x', displayName: 'o', role: 'student' })));
			expect(await store().read((tx) => setAccess(tx, outsider, setId))).toBe('forbidden');
			expect(await store().read((tx) => setAccess(tx, student, 'nope'))).toBe('forbidden');
			await expect(addSetToCards(store(), outsider, setId, T0)).rejects.toThrow(expect.objectContaining({ code: 'forbidden' }));
			await expect(addSetToCards(store(), outsider, setId, T0)).rejects.toThrow('forbidden');
		});
	});

	describe('statistics at their edges', () => {
		beforeEach(async () => await seed(1));

		const log = (cardId: string, reviewedAt: Date, rating = 3) => ({
			id: newId(), cardId, studentId: student, kind: 'review' as const, rating, stateBefore: State.Review, stateAfter: State.Review,
			due: reviewedAt, stability: 10, difficulty: 5, elapsedDays: 1, scheduledDays: 10, reviewedAt
		});

		it('a streak that ends yesterday continues past the 371-day window', async () => {
			await addSetToCards(store(), student, setId, T0);
			const cardId = (await cardsOf(student))[0].id;
			// One review a day at 12:00 UTC for the 400 days before Monday 10 March 2025, none today.
			const rows = Array.from({ length: 400 }, (_, i) => log(cardId, new Date(Date.parse('2025-03-09T12:00:00Z') - i * DAY)));
			await store().write(({ db, t }) => run(db.insert(t.reviewLogs).values(rows)));
			// The window (today − 371 … today) holds the 371 days before today; the streak goes on
			// through the 29 older ones.
			const stats = await getStats(store(), student, new Date('2025-03-10T08:00:00Z'), 0);
			expect(stats.reviewsToday).toBe(0);
			expect(stats.streak).toBe(400);
		});

		it('the week, month and year retention start at local midnight 6, 29 and 364 days before today', async () => {
			await addSetToCards(store(), student, setId, T0);
			const cardId = (await cardsOf(student))[0].id;
			// Today is Monday 10 March 2025 (UTC). The week starts Tuesday 4 March 00:00, the month
			// Sunday 9 February 00:00, the year 11 March 2024 00:00 (2024 has 29 February: 10 March 2025
			// − 365 days = 10 March 2024). Each window's first instant is in, the millisecond before is out.
			const at = (iso: string) => new Date(iso);
			await store().write(({ db, t }) => run(db.insert(t.reviewLogs)
				.values([
					log(cardId, at('2025-03-04T00:00:00.000Z')), // week, month, year
					log(cardId, at('2025-03-03T23:59:59.999Z'), Rating.Again), // month, year
					log(cardId, at('2025-02-09T00:00:00.000Z')), // month, year
					log(cardId, at('2025-02-08T23:59:59.999Z'), Rating.Again), // year
					log(cardId, at('2024-03-11T00:00:00.000Z')), // year
					log(cardId, at('2024-03-10T23:59:59.999Z'), Rating.Again) // none, though within the 371 days read
				])
				));
			const { retention } = await getStats(store(), student, at('2025-03-10T08:00:00Z'), 0);
			expect(retention.week.all).toEqual({ passed: 1, total: 1, rate: 1 });
			expect(retention.month.all).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
			expect(retention.year.all).toEqual({ passed: 3, total: 5, rate: 3 / 5 });
		});
	});

	describe('settings', () => {
		beforeEach(async () => await seed(1));

		it('that fail validation are returned and nothing is written', async () => {
			expect(await saveSettings(store(), student, { retention: '99', newPerDay: '5', reviewsPerDay: '10' })).toEqual({ errors: { retention: 'retention_range' } });
			expect((await store().read(({ db, t }) => run(db.select().from(t.studySettings))))).toEqual([]);
			await saveSettings(store(), student, { retention: '85', newPerDay: '5', reviewsPerDay: '10' });
			const saved = (await store().read(({ db, t }) => run(db.select().from(t.studySettings))));
			expect(saved).toHaveLength(1);
			expect(await saveSettings(store(), student, { retention: '90', newPerDay: 'x', reviewsPerDay: '10' })).toEqual({ errors: { newPerDay: 'not_a_number' } });
			expect((await store().read(({ db, t }) => run(db.select().from(t.studySettings))))).toEqual(saved);
		});
	});
});

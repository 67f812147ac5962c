// Details of recording a review and suggesting a rating: the answer time stored (capped at ten
// minutes, never negative, whole milliseconds, none when unknown) and the rating a close answer gets.
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '$lib/server/db';
import * as s from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';
import { teacherStudentSet } from './review-fixture';
import { Rating } from '$lib/srs/scheduler';
import { addSetToCards, getSession, recordReview, suggestRating } from './review';
import { runNow } from '$lib/server/db/sqlite-store';

const T0 = new Date('2025-03-10T09:00:00Z');

function world(n: number) {
	const db = openDatabase(':memory:');
	const { teacher, student, setId } = runNow(db, (tx) => teacherStudentSet(tx));
	for (let i = 0; i < n; i++)
		db.insert(s.questions)
			.values({ id: newId(), setId, type: 'short', prompt: `Q${i}?`, answer: `answer ${i}`, answerValue: `answer ${i}`, evidenceText: 'S.', position: i, status: 'approved' })
			.run();
	const classId = newId();
	db.insert(s.classes).values({ id: classId, teacherId: teacher, name: 'C', joinCode: 'DET234' }).run();
	db.insert(s.enrollments).values({ classId, studentId: student }).run();
	db.insert(s.assignments).values({ id: newId(), setId, classId, studyMaterial: true }).run();
	addSetToCards(db, student, setId, T0);
	return { db, student };
}

const cardIds = (db: Db, student: string) =>
	db.select().from(s.cards).all().filter((c) => c.studentId === student).map((c) => c.id);

describe('recording details', () => {
	it('stores the answer time capped at ten minutes, never negative, rounded, or none', () => {
		const { db, student } = world(6);
		const durations: [number | null | undefined, number | null][] = [
			[4200.4, 4200],
			[15 * 60_000, 600_000],
			[-5, 0],
			[Number.NaN, null],
			[null, null],
			[undefined, null]
		];
		const ids = cardIds(db, student);
		durations.forEach(([durationMs], i) => recordReview(db, { studentId: student, cardId: ids[i], reviewId: `r${i}`, rating: Rating.Good, durationMs, now: T0 }, { fuzz: false }));
		const stored = new Map(db.select().from(s.reviewLogs).all().map((l) => [l.id, l.durationMs]));
		expect(durations.map((_, i) => stored.get(`r${i}`))).toEqual(durations.map(([, want]) => want));
	});

	it('suggests Good for a right answer, Hard for a close one, Again for a wrong one', () => {
		const { db, student } = world(1);
		const cardId = getSession(db, student, T0, 0, { fuzz: false }).current!.cardId;
		expect(suggestRating(db, student, cardId, 'answer 0')).toEqual({ verdict: 'correct', rating: Rating.Good });
		// "answr 0": one letter missing of eight.
		expect(suggestRating(db, student, cardId, 'answr 0')).toEqual({ verdict: 'close', rating: Rating.Hard });
		expect(suggestRating(db, student, cardId, 'nothing like it')).toEqual({ verdict: 'wrong', rating: Rating.Again });
		expect(suggestRating(db, student, 'nope', 'answer 0')).toBeNull();
	});
});

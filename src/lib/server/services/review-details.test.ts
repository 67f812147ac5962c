// Details of recording a review and suggesting a rating: the answer time stored (capped at ten
// minutes, never negative, whole milliseconds, none when unknown) and the rating a close answer gets.
import { describe, expect, it } from 'vitest';
import { newId } from '$lib/server/ids';
import { teacherStudentSet } from './review-fixture';
import { Rating } from '$lib/srs/scheduler';
import { addSetToCards, getSession, recordReview, suggestRating } from './review';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { run } from '$lib/server/db/store';

describe.each(DIALECTS)('review details on %s', (dialect) => {
	const store = freshStore(dialect);

	const T0 = new Date('2025-03-10T09:00:00Z');

	async function world(n: number) {
		const { teacher, student, setId } = await store().write((tx) => teacherStudentSet(tx));
		for (let i = 0; i < n; i++)
			await store().write(({ db, t }) =>
				run(db.insert(t.questions).values({ id: newId(), setId, type: 'short', prompt: `Q${i}?`, answer: `answer ${i}`, answerValue: `answer ${i}`, evidenceText: 'S.', position: i, status: 'approved' }))
			);
		const classId = newId();
		await store().write(({ db, t }) => run(db.insert(t.classes).values({ id: classId, teacherId: teacher, name: 'C', joinCode: 'DET234' })));
		await store().write(({ db, t }) => run(db.insert(t.enrollments).values({ classId, studentId: student })));
		await store().write(({ db, t }) => run(db.insert(t.assignments).values({ id: newId(), setId, classId, studyMaterial: true })));
		await addSetToCards(store(), student, setId, T0);
		return { student };
	}

	const cardIds = async (student: string) =>
		(await store().read(({ db, t }) => run(db.select().from(t.cards)))).filter((c) => c.studentId === student).map((c) => c.id);

	describe('recording details', () => {
		it('stores the answer time capped at ten minutes, never negative, rounded, or none', async () => {
			const { student } = await world(6);
			const durations: [number | null | undefined, number | null][] = [
				[4200.4, 4200],
				[15 * 60_000, 600_000],
				[-5, 0],
				[Number.NaN, null],
				[null, null],
				[undefined, null]
			];
			const ids = await cardIds(student);
			for (const [i, [durationMs]] of durations.entries()) await recordReview(store(), { studentId: student, cardId: ids[i], reviewId: `r${i}`, rating: Rating.Good, durationMs, now: T0 }, { fuzz: false });
			const stored = new Map((await store().read(({ db, t }) => run(db.select().from(t.reviewLogs)))).map((l) => [l.id, l.durationMs]));
			expect(durations.map((_, i) => stored.get(`r${i}`))).toEqual(durations.map(([, want]) => want));
		});

		it('suggests Good for a right answer, Hard for a close one, Again for a wrong one', async () => {
			const { student } = await world(1);
			const cardId = (await getSession(store(), student, T0, 0, { fuzz: false })).current!.cardId;
			expect(await suggestRating(store(), student, cardId, 'answer 0')).toEqual({ verdict: 'correct', rating: Rating.Good });
			// "answr 0": one letter missing of eight.
			expect(await suggestRating(store(), student, cardId, 'answr 0')).toEqual({ verdict: 'close', rating: Rating.Hard });
			expect(await suggestRating(store(), student, cardId, 'nothing like it')).toEqual({ verdict: 'wrong', rating: Rating.Again });
			expect(await suggestRating(store(), student, 'nope', 'answer 0')).toBeNull();
		});
	});
});

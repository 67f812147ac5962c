// A small world for the review service tests: a teacher, a student, an article and a set of short
// approved questions, written directly (no engine); and a card put in the Review state by hand.
import { eq } from 'drizzle-orm';
import { newId } from '$lib/server/ids';
import { run, type Tx, type Work } from '$lib/server/db/store';
import { State } from '$lib/srs/scheduler';

const DAY = 86_400_000;

/** Inserts a teacher, a student (and `others` more students) and an article; returns their ids. */
export function* teacherStudentArticle({ db, t: s }: Tx, others = 0): Work<{ teacher: string; student: string; others: string[]; articleId: string }> {
	const teacher = newId();
	const student = newId();
	const more = Array.from({ length: others }, () => newId());
	for (const [id, role] of [[teacher, 'teacher'], [student, 'student'], ...more.map((id) => [id, 'student'] as const)] as const)
		yield* run(db.insert(s.users).values({ id, email: `${id}@t.test`, passwordHash: 'x', displayName: role, role }));
	const articleId = newId();
	yield* run(db.insert(s.articles).values({ id: articleId, ownerId: teacher, originalInput: 'a', cleanText: 'a', lang: 'en' }));
	return { teacher, student, others: more, articleId };
}

/** Inserts a teacher, a student, an article and an empty set; returns their ids. */
export function* teacherStudentSet(tx: Tx): Work<{ teacher: string; student: string; articleId: string; setId: string }> {
	const { teacher, student, articleId } = yield* teacherStudentArticle(tx);
	const setId = newId();
	yield* run(tx.db.insert(tx.t.questionSets).values({ id: setId, ownerId: teacher, articleId, title: 'Set', lang: 'en' }));
	return { teacher, student, articleId, setId };
}

/** A card in the Review state due at `due` (10-day interval, last reviewed ten days before). */
export function* makeReviewCard({ db, t: s }: Tx, cardId: string, due: Date): Work<void> {
	yield* run(
		db
			.update(s.cards)
			.set({ state: State.Review, due, stability: 10, difficulty: 5, reps: 2, lapses: 0, scheduledDays: 10, elapsedDays: 0, learningSteps: 0, lastReview: new Date(due.getTime() - 10 * DAY) })
			.where(eq(s.cards.id, cardId))
	);
}

// A small world for the review service tests: a teacher, a student, an article and a set of short
// approved questions, written directly (no engine); and a card put in the Review state by hand.
import { eq } from 'drizzle-orm';
import type { Db } from '$lib/server/db';
import * as s from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';
import { State } from '$lib/srs/scheduler';

const DAY = 86_400_000;

/** Inserts a teacher, a student (and `others` more students) and an article; returns their ids. */
export function teacherStudentArticle(db: Db, others = 0): { teacher: string; student: string; others: string[]; articleId: string } {
	const teacher = newId();
	const student = newId();
	const more = Array.from({ length: others }, () => newId());
	for (const [id, role] of [[teacher, 'teacher'], [student, 'student'], ...more.map((id) => [id, 'student'] as const)] as const)
		db.insert(s.users).values({ id, email: `${id}@t.test`, passwordHash: 'x', displayName: role, role }).run();
	const articleId = newId();
	db.insert(s.articles).values({ id: articleId, ownerId: teacher, originalInput: 'a', cleanText: 'a', lang: 'en' }).run();
	return { teacher, student, others: more, articleId };
}

/** Inserts a teacher, a student, an article and an empty set; returns their ids. */
export function teacherStudentSet(db: Db): { teacher: string; student: string; articleId: string; setId: string } {
	const { teacher, student, articleId } = teacherStudentArticle(db);
	const setId = newId();
	db.insert(s.questionSets).values({ id: setId, ownerId: teacher, articleId, title: 'Set', lang: 'en' }).run();
	return { teacher, student, articleId, setId };
}

/** A card in the Review state due at `due` (10-day interval, last reviewed ten days before). */
export function makeReviewCard(db: Db, cardId: string, due: Date): void {
	db.update(s.cards)
		.set({ state: State.Review, due, stability: 10, difficulty: 5, reps: 2, lapses: 0, scheduledDays: 10, elapsedDays: 0, learningSteps: 0, lastReview: new Date(due.getTime() - 10 * DAY) })
		.where(eq(s.cards.id, cardId))
		.run();
}

// Queries for quiz attempts and their answers. One attempt per student and assignment (a unique
// index guards it), created when the quiz is first opened and completed on submission.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { first, run, type Tx, type Work } from '$lib/server/db/store';
import type { QuizAnswer, QuizAttempt } from '$lib/server/db/schema';

export function* find({ db, t }: Tx, assignmentId: string, studentId: string): Work<QuizAttempt | undefined> {
	const { quizAttempts } = t;
	return yield* first(
		db
			.select()
			.from(quizAttempts)
			.where(and(eq(quizAttempts.assignmentId, assignmentId), eq(quizAttempts.studentId, studentId)))
			.limit(1)
	);
}

/** Creates the attempt unless one exists; returns whichever is stored. */
export function* ensure(tx: Tx, row: { id: string; assignmentId: string; studentId: string; startedAt: Date }): Work<QuizAttempt> {
	yield* run(tx.db.insert(tx.t.quizAttempts).values(row).onConflictDoNothing());
	return (yield* find(tx, row.assignmentId, row.studentId))!;
}

/** Completes an open attempt; false when it was already submitted (a double submission). */
export function* complete(
	{ db, t }: Tx,
	id: string,
	values: { submittedAt: Date; score: number; correctCount: number; total: number; durationMs: number }
): Work<boolean> {
	const { quizAttempts } = t;
	const done = yield* run(
		db
			.update(quizAttempts)
			.set(values)
			.where(and(eq(quizAttempts.id, id), isNull(quizAttempts.submittedAt)))
			.returning({ id: quizAttempts.id })
	);
	return done.length > 0;
}

export function* insertAnswers({ db, t }: Tx, rows: Tx['t']['quizAnswers']['$inferInsert'][]): Work<void> {
	if (rows.length) yield* run(db.insert(t.quizAnswers).values(rows));
}

export function* answersOf({ db, t }: Tx, attemptId: string): Work<QuizAnswer[]> {
	return yield* run(db.select().from(t.quizAnswers).where(eq(t.quizAnswers.attemptId, attemptId)));
}

export interface SubmittedAttempt extends QuizAttempt {
	displayName: string;
	email: string;
}

export function* submittedForAssignment({ db, t }: Tx, assignmentId: string): Work<SubmittedAttempt[]> {
	const { quizAttempts, users } = t;
	const found = yield* run(
		db
			.select({
				id: quizAttempts.id,
				assignmentId: quizAttempts.assignmentId,
				studentId: quizAttempts.studentId,
				startedAt: quizAttempts.startedAt,
				submittedAt: quizAttempts.submittedAt,
				score: quizAttempts.score,
				correctCount: quizAttempts.correctCount,
				total: quizAttempts.total,
				durationMs: quizAttempts.durationMs,
				displayName: users.displayName,
				email: users.email
			})
			.from(quizAttempts)
			.innerJoin(users, eq(users.id, quizAttempts.studentId))
			.where(eq(quizAttempts.assignmentId, assignmentId))
			.orderBy(asc(users.displayName))
	);
	return found.filter((a) => a.submittedAt !== null);
}

export function* answersOfAttempts({ db, t }: Tx, attemptIds: string[]): Work<QuizAnswer[]> {
	if (!attemptIds.length) return [];
	return yield* run(db.select().from(t.quizAnswers).where(inArray(t.quizAnswers.attemptId, attemptIds)));
}

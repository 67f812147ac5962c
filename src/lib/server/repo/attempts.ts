// Queries for quiz attempts and their answers. One attempt per student and assignment (a unique
// index guards it), created when the quiz is first opened and completed on submission.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Conn } from './conn';
import { quizAnswers, quizAttempts, users, type QuizAnswer, type QuizAttempt } from '$lib/server/db/schema';

export function find(db: Conn, assignmentId: string, studentId: string): QuizAttempt | undefined {
	return db
		.select()
		.from(quizAttempts)
		.where(and(eq(quizAttempts.assignmentId, assignmentId), eq(quizAttempts.studentId, studentId)))
		.get();
}

/** Creates the attempt unless one exists; returns whichever is stored. */
export function ensure(db: Conn, row: { id: string; assignmentId: string; studentId: string; startedAt: Date }): QuizAttempt {
	db.insert(quizAttempts).values(row).onConflictDoNothing().run();
	return find(db, row.assignmentId, row.studentId)!;
}

/** Completes an open attempt; false when it was already submitted (a double submission). */
export function complete(
	db: Conn,
	id: string,
	values: { submittedAt: Date; score: number; correctCount: number; total: number; durationMs: number }
): boolean {
	const { changes } = db
		.update(quizAttempts)
		.set(values)
		.where(and(eq(quizAttempts.id, id), isNull(quizAttempts.submittedAt)))
		.run();
	return changes > 0;
}

export function insertAnswers(db: Conn, rows: (typeof quizAnswers.$inferInsert)[]): void {
	if (rows.length) db.insert(quizAnswers).values(rows).run();
}

export function answersOf(db: Conn, attemptId: string): QuizAnswer[] {
	return db.select().from(quizAnswers).where(eq(quizAnswers.attemptId, attemptId)).all();
}

export interface SubmittedAttempt extends QuizAttempt {
	displayName: string;
	email: string;
}

export function submittedForAssignment(db: Conn, assignmentId: string): SubmittedAttempt[] {
	return db
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
		.all()
		.filter((a) => a.submittedAt !== null);
}

export function answersOfAttempts(db: Conn, attemptIds: string[]): QuizAnswer[] {
	if (!attemptIds.length) return [];
	return db.select().from(quizAnswers).where(inArray(quizAnswers.attemptId, attemptIds)).all();
}

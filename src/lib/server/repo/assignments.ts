// Queries for assignments: a question set published to a class, with an optional due date.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { first, run, type Tx, type Work } from '$lib/server/db/store';
import type { Assignment } from '$lib/server/db/schema';

export function* findById({ db, t }: Tx, id: string): Work<Assignment | undefined> {
	return yield* first(db.select().from(t.assignments).where(eq(t.assignments.id, id)).limit(1));
}

export function* insert({ db, t }: Tx, row: Tx['t']['assignments']['$inferInsert']): Work<void> {
	yield* run(db.insert(t.assignments).values(row));
}

/**
 * Inserts the assignment, or when its set is already published to that class (on another node at
 * the same moment, too), takes its due date and choices; true when it was inserted.
 */
export function* upsert({ db, t }: Tx, row: Tx['t']['assignments']['$inferInsert'] & Pick<Assignment, 'dueAt' | 'studyMaterial' | 'openBook'>): Work<boolean> {
	const { assignments } = t;
	const { dueAt, studyMaterial, openBook } = row;
	const [kept] = yield* run(
		db
			.insert(assignments)
			.values(row)
			.onConflictDoUpdate({ target: [assignments.setId, assignments.classId], set: { dueAt, studyMaterial, openBook } })
			.returning({ id: assignments.id })
	);
	return kept.id === row.id;
}

export function* listForSet({ db, t }: Tx, setId: string) {
	const { assignments, classes } = t;
	return yield* run(
		db
			.select({ id: assignments.id, classId: assignments.classId, className: classes.name, dueAt: assignments.dueAt, studyMaterial: assignments.studyMaterial, openBook: assignments.openBook, publishedAt: assignments.publishedAt })
			.from(assignments)
			.innerJoin(classes, eq(classes.id, assignments.classId))
			.where(eq(assignments.setId, setId))
			.orderBy(asc(classes.name))
	);
}

export interface StudentAssignment {
	id: string;
	setId: string;
	title: string;
	lang: 'en' | 'fr';
	classId: string;
	className: string;
	dueAt: Date | null;
	publishedAt: Date;
	attemptId: string | null;
	submittedAt: Date | null;
	score: number | null;
	correctCount: number | null;
	total: number | null;
}

/** Assignments of the classes a student belongs to (archived classes left out), with their attempt. */
export function* listForStudent({ db, t }: Tx, studentId: string): Work<StudentAssignment[]> {
	const { assignments, classes, enrollments, questionSets, quizAttempts } = t;
	return yield* run(
		db
			.select({
				id: assignments.id,
				setId: assignments.setId,
				title: questionSets.title,
				lang: questionSets.lang,
				classId: classes.id,
				className: classes.name,
				dueAt: assignments.dueAt,
				publishedAt: assignments.publishedAt,
				attemptId: quizAttempts.id,
				submittedAt: quizAttempts.submittedAt,
				score: quizAttempts.score,
				correctCount: quizAttempts.correctCount,
				total: quizAttempts.total
			})
			.from(assignments)
			.innerJoin(enrollments, and(eq(enrollments.classId, assignments.classId), eq(enrollments.studentId, studentId)))
			.innerJoin(classes, eq(classes.id, assignments.classId))
			.innerJoin(questionSets, eq(questionSets.id, assignments.setId))
			.leftJoin(quizAttempts, and(eq(quizAttempts.assignmentId, assignments.id), eq(quizAttempts.studentId, studentId)))
			.where(isNull(classes.archivedAt))
			.orderBy(asc(assignments.dueAt), asc(assignments.publishedAt))
	);
}

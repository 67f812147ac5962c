// Queries for assignments: a question set published to a class, with an optional due date.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Conn } from './conn';
import { assignments, classes, enrollments, questionSets, quizAttempts, type Assignment } from '$lib/server/db/schema';

export function findById(db: Conn, id: string): Assignment | undefined {
	return db.select().from(assignments).where(eq(assignments.id, id)).get();
}

export function findBySetAndClass(db: Conn, setId: string, classId: string): Assignment | undefined {
	return db
		.select()
		.from(assignments)
		.where(and(eq(assignments.setId, setId), eq(assignments.classId, classId)))
		.get();
}

export function insert(db: Conn, row: typeof assignments.$inferInsert): void {
	db.insert(assignments).values(row).run();
}

export function update(db: Conn, id: string, values: Pick<Assignment, 'dueAt' | 'studyMaterial' | 'openBook'>): void {
	db.update(assignments).set(values).where(eq(assignments.id, id)).run();
}

export function listForSet(db: Conn, setId: string) {
	return db
		.select({ id: assignments.id, classId: assignments.classId, className: classes.name, dueAt: assignments.dueAt, studyMaterial: assignments.studyMaterial, openBook: assignments.openBook, publishedAt: assignments.publishedAt })
		.from(assignments)
		.innerJoin(classes, eq(classes.id, assignments.classId))
		.where(eq(assignments.setId, setId))
		.orderBy(asc(classes.name))
		.all();
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
export function listForStudent(db: Conn, studentId: string): StudentAssignment[] {
	return db
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
		.all();
}

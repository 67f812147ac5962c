// Queries for classes and their enrollments. Every teacher-facing read is scoped by teacherId
// so a foreign id simply finds nothing.
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Conn } from './conn';
import { classes, enrollments, users, type Class } from '$lib/server/db/schema';

export type NewClass = typeof classes.$inferInsert;

export interface ClassSummary {
	id: string;
	name: string;
	joinCode: string;
	archivedAt: Date | null;
	createdAt: Date;
	studentCount: number;
}

export interface RosterEntry {
	studentId: string;
	displayName: string;
	email: string;
	joinedAt: Date;
}

export function insert(db: Conn, row: NewClass): void {
	db.insert(classes).values(row).run();
}

export function findById(db: Conn, id: string): Class | undefined {
	return db.select().from(classes).where(eq(classes.id, id)).get();
}

export function findForTeacher(db: Conn, teacherId: string, id: string): Class | undefined {
	return db
		.select()
		.from(classes)
		.where(and(eq(classes.id, id), eq(classes.teacherId, teacherId)))
		.get();
}

export function findByJoinCode(db: Conn, code: string): Class | undefined {
	return db.select().from(classes).where(eq(classes.joinCode, code)).get();
}

export function findActiveByName(db: Conn, teacherId: string, name: string): Class | undefined {
	return db
		.select()
		.from(classes)
		.where(and(eq(classes.teacherId, teacherId), isNull(classes.archivedAt), sql`lower(${classes.name}) = lower(${name})`))
		.get();
}

export function listForTeacher(db: Conn, teacherId: string): ClassSummary[] {
	return db
		.select({
			id: classes.id,
			name: classes.name,
			joinCode: classes.joinCode,
			archivedAt: classes.archivedAt,
			createdAt: classes.createdAt,
			studentCount: count(enrollments.studentId)
		})
		.from(classes)
		.leftJoin(enrollments, eq(enrollments.classId, classes.id))
		.where(eq(classes.teacherId, teacherId))
		.groupBy(classes.id)
		.orderBy(desc(classes.createdAt), asc(classes.name))
		.all();
}

export function roster(db: Conn, classId: string): RosterEntry[] {
	return db
		.select({
			studentId: users.id,
			displayName: users.displayName,
			email: users.email,
			joinedAt: enrollments.joinedAt
		})
		.from(enrollments)
		.innerJoin(users, eq(users.id, enrollments.studentId))
		.where(eq(enrollments.classId, classId))
		.orderBy(asc(sql`lower(${users.displayName})`), asc(users.email))
		.all();
}

export function update(db: Conn, id: string, values: Partial<Pick<Class, 'name' | 'joinCode' | 'archivedAt'>>): void {
	db.update(classes).set(values).where(eq(classes.id, id)).run();
}

export function isEnrolled(db: Conn, classId: string, studentId: string): boolean {
	return !!db
		.select({ classId: enrollments.classId })
		.from(enrollments)
		.where(and(eq(enrollments.classId, classId), eq(enrollments.studentId, studentId)))
		.get();
}

/** True when a row was added; false when the student was already there. */
export function enroll(db: Conn, classId: string, studentId: string, joinedAt = new Date()): boolean {
	const result = db.insert(enrollments).values({ classId, studentId, joinedAt }).onConflictDoNothing().run();
	return result.changes > 0;
}

/** True when a row was removed. */
export function unenroll(db: Conn, classId: string, studentId: string): boolean {
	const result = db
		.delete(enrollments)
		.where(and(eq(enrollments.classId, classId), eq(enrollments.studentId, studentId)))
		.run();
	return result.changes > 0;
}

export interface StudentClass {
	id: string;
	name: string;
	teacherName: string;
	archivedAt: Date | null;
	joinedAt: Date;
}

export function listForStudent(db: Conn, studentId: string): StudentClass[] {
	return db
		.select({
			id: classes.id,
			name: classes.name,
			teacherName: users.displayName,
			archivedAt: classes.archivedAt,
			joinedAt: enrollments.joinedAt
		})
		.from(enrollments)
		.innerJoin(classes, eq(classes.id, enrollments.classId))
		.innerJoin(users, eq(users.id, classes.teacherId))
		.where(eq(enrollments.studentId, studentId))
		.orderBy(desc(enrollments.joinedAt))
		.all();
}

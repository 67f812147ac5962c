// Queries for classes and their enrollments. Every teacher-facing read is scoped by teacherId
// so a foreign id simply finds nothing. Steps of use cases, run by the Store (db/store.ts).
import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { first, run, type Tx, type Work } from '$lib/server/db/store';
import type { Class } from '$lib/server/db/schema';

export type NewClass = Tx['t']['classes']['$inferInsert'];

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

/** True when the row went in; false when its join code is taken (the caller draws another). */
export function* insert({ db, t }: Tx, row: NewClass): Work<boolean> {
	const added = yield* run(db.insert(t.classes).values(row).onConflictDoNothing({ target: t.classes.joinCode }).returning({ id: t.classes.id }));
	return added.length > 0;
}

export function* findById({ db, t }: Tx, id: string): Work<Class | undefined> {
	return yield* first(db.select().from(t.classes).where(eq(t.classes.id, id)).limit(1));
}

export function* findForTeacher({ db, t }: Tx, teacherId: string, id: string): Work<Class | undefined> {
	return yield* first(
		db
			.select()
			.from(t.classes)
			.where(and(eq(t.classes.id, id), eq(t.classes.teacherId, teacherId)))
			.limit(1)
	);
}

export function* findByJoinCode({ db, t }: Tx, code: string): Work<Class | undefined> {
	return yield* first(db.select().from(t.classes).where(eq(t.classes.joinCode, code)).limit(1));
}

export function* findActiveByName({ db, t }: Tx, teacherId: string, name: string): Work<Class | undefined> {
	const { classes } = t;
	return yield* first(
		db
			.select()
			.from(classes)
			.where(and(eq(classes.teacherId, teacherId), isNull(classes.archivedAt), sql`lower(${classes.name}) = lower(${name})`))
			.limit(1)
	);
}

export function* listForTeacher({ db, t }: Tx, teacherId: string): Work<ClassSummary[]> {
	const { classes, enrollments } = t;
	return yield* run(
		db
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
	);
}

export function* roster({ db, t }: Tx, classId: string): Work<RosterEntry[]> {
	const { enrollments, users } = t;
	return yield* run(
		db
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
	);
}

export function* update({ db, t }: Tx, id: string, values: Partial<Pick<Class, 'name' | 'joinCode' | 'archivedAt'>>): Work<void> {
	yield* run(db.update(t.classes).set(values).where(eq(t.classes.id, id)));
}

export function* isEnrolled({ db, t }: Tx, classId: string, studentId: string): Work<boolean> {
	const { enrollments } = t;
	return !!(yield* first(
		db
			.select({ classId: enrollments.classId })
			.from(enrollments)
			.where(and(eq(enrollments.classId, classId), eq(enrollments.studentId, studentId)))
			.limit(1)
	));
}

/** True when a row was added; false when the student was already there. */
export function* enroll({ db, t }: Tx, classId: string, studentId: string, joinedAt = new Date()): Work<boolean> {
	const { enrollments } = t;
	const added = yield* run(db.insert(enrollments).values({ classId, studentId, joinedAt }).onConflictDoNothing().returning({ classId: enrollments.classId }));
	return added.length > 0;
}

/** True when a row was removed. */
export function* unenroll({ db, t }: Tx, classId: string, studentId: string): Work<boolean> {
	const { enrollments } = t;
	const removed = yield* run(
		db
			.delete(enrollments)
			.where(and(eq(enrollments.classId, classId), eq(enrollments.studentId, studentId)))
			.returning({ classId: enrollments.classId })
	);
	return removed.length > 0;
}

export interface StudentClass {
	id: string;
	name: string;
	teacherName: string;
	archivedAt: Date | null;
	joinedAt: Date;
}

export function* listForStudent({ db, t }: Tx, studentId: string): Work<StudentClass[]> {
	const { classes, enrollments, users } = t;
	return yield* run(
		db
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
	);
}

// The student's dashboard: assignments to do (soonest due first, undated last), overdue, done
// (latest first), started or not, and the classes still open. Dates are set by hand around `now`.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/server/db';
import { assignments, classes, enrollments, questionSets, quizAttempts } from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';
import { studentDashboard } from './quizzes';
import { seedWorld } from './quiz-fixture';
import { runNow } from '$lib/server/db/sqlite-store';

const now = new Date('2025-03-10T12:00:00Z');
const h = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe('student dashboard', () => {
	it('sorts to-do, overdue and done, marks started attempts, counts open classes', () => {
		const db = openDatabase(':memory:');
		const w = runNow(db, (tx) => seedWorld(tx));
		// One assignment per set and class: each gets a set of its own.
		const add = (dueAt: Date | null) => {
			const id = newId();
			const setId = newId();
			db.insert(questionSets).values({ id: setId, ownerId: w.teacher, articleId: w.articleId, title: 'Set', lang: 'fr' }).run();
			db.insert(assignments).values({ id, setId, classId: w.classId, dueAt }).run();
			return id;
		};
		// The fixture's own assignment has no due date.
		const undated = w.assignmentId;
		const dueIn48 = add(h(48));
		const dueIn2 = add(h(2));
		const dueNow = add(now); // due this very instant: still to do
		const overdue = add(h(-1));
		const doneEarly = add(h(-100));
		const doneLate = add(h(100));
		const attempt = (assignmentId: string, submittedAt: Date | null) =>
			db.insert(quizAttempts).values({ id: newId(), assignmentId, studentId: w.student, startedAt: h(-200), submittedAt, score: submittedAt ? 0.5 : null, correctCount: submittedAt ? 3 : null, total: submittedAt ? 6 : null }).run();
		attempt(dueIn2, null);
		attempt(doneEarly, h(-150));
		attempt(doneLate, h(-3));

		const d = studentDashboard(db, w.student, now);
		expect(d.todo.map((e) => e.id)).toEqual([dueNow, dueIn2, dueIn48, undated]);
		expect(d.todo.map((e) => e.started)).toEqual([false, true, false, false]);
		expect(d.overdue.map((e) => e.id)).toEqual([overdue]);
		expect(d.done.map((e) => e.id)).toEqual([doneLate, doneEarly]);
		expect(d.done[0]).toMatchObject({ score: 0.5, correctCount: 3, total: 6, started: true, submittedAt: h(-3) });
		expect(d.classCount).toBe(1);

		// A second class, archived: not counted.
		const archived = newId();
		db.insert(classes).values({ id: archived, teacherId: w.teacher, name: 'Old', joinCode: 'OLD234', archivedAt: h(-10) }).run();
		db.insert(enrollments).values({ classId: archived, studentId: w.student }).run();
		expect(studentDashboard(db, w.student, now).classCount).toBe(1);
		const open = newId();
		db.insert(classes).values({ id: open, teacherId: w.teacher, name: 'New', joinCode: 'NEW234' }).run();
		db.insert(enrollments).values({ classId: open, studentId: w.student }).run();
		expect(studentDashboard(db, w.student, now).classCount).toBe(2);
	});
});

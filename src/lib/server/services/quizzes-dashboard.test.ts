// The student's dashboard: assignments to do (soonest due first, undated last), overdue, done
// (latest first), started or not, and the classes still open. Dates are set by hand around `now`.
import { describe, expect, it } from 'vitest';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { run } from '$lib/server/db/store';
import { newId } from '$lib/server/ids';
import { studentDashboard } from './quizzes';
import { seedWorld } from './quiz-fixture';

const now = new Date('2025-03-10T12:00:00Z');
const h = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe.each(DIALECTS)('student dashboard on %s', (dialect) => {
	const store = freshStore(dialect);
	it('sorts to-do, overdue and done, marks started attempts, counts open classes', async () => {
		const w = await store().write(seedWorld);
		// One assignment per set and class: each gets a set of its own.
		const add = async (dueAt: Date | null) => {
			const id = newId();
			const setId = newId();
			await store().write(({ db, t }) => run(db.insert(t.questionSets).values({ id: setId, ownerId: w.teacher, articleId: w.articleId, title: 'Set', lang: 'fr' })));
			await store().write(({ db, t }) => run(db.insert(t.assignments).values({ id, setId, classId: w.classId, dueAt })));
			return id;
		};
		// The fixture's own assignment has no due date.
		const undated = w.assignmentId;
		const dueIn48 = await add(h(48));
		const dueIn2 = await add(h(2));
		const dueNow = await add(now); // due this very instant: still to do
		const overdue = await add(h(-1));
		const doneEarly = await add(h(-100));
		const doneLate = await add(h(100));
		const attempt = (assignmentId: string, submittedAt: Date | null) =>
			store().write(({ db, t }) => run(db.insert(t.quizAttempts).values({ id: newId(), assignmentId, studentId: w.student, startedAt: h(-200), submittedAt, score: submittedAt ? 0.5 : null, correctCount: submittedAt ? 3 : null, total: submittedAt ? 6 : null })));
		await attempt(dueIn2, null);
		await attempt(doneEarly, h(-150));
		await attempt(doneLate, h(-3));

		const d = await studentDashboard(store(), w.student, now);
		expect(d.todo.map((e) => e.id)).toEqual([dueNow, dueIn2, dueIn48, undated]);
		expect(d.todo.map((e) => e.started)).toEqual([false, true, false, false]);
		expect(d.overdue.map((e) => e.id)).toEqual([overdue]);
		expect(d.done.map((e) => e.id)).toEqual([doneLate, doneEarly]);
		expect(d.done[0]).toMatchObject({ score: 0.5, correctCount: 3, total: 6, started: true, submittedAt: h(-3) });
		expect(d.classCount).toBe(1);

		// A second class, archived: not counted.
		const archived = newId();
		await store().write(({ db, t }) => run(db.insert(t.classes).values({ id: archived, teacherId: w.teacher, name: 'Old', joinCode: 'OLD234', archivedAt: h(-10) })));
		await store().write(({ db, t }) => run(db.insert(t.enrollments).values({ classId: archived, studentId: w.student })));
		expect((await studentDashboard(store(), w.student, now)).classCount).toBe(1);
		const open = newId();
		await store().write(({ db, t }) => run(db.insert(t.classes).values({ id: open, teacherId: w.teacher, name: 'New', joinCode: 'NEW234' })));
		await store().write(({ db, t }) => run(db.insert(t.enrollments).values({ classId: open, studentId: w.student })));
		expect((await studentDashboard(store(), w.student, now)).classCount).toBe(2);
	});
});

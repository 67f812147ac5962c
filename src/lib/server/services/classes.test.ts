// Proves the class rules: names, join codes that survive collisions and can be replaced,
// archiving, the roster, and joining by code (tolerant typing, no double membership).
import { describe, it, expect, beforeEach } from 'vitest';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { run } from '$lib/server/db/store';
import {
	createClass,
	listTeacherClasses,
	getTeacherClass,
	renameClass,
	regenerateJoinCode,
	setArchived,
	removeStudent,
	joinClass,
	normaliseJoinCode,
	listStudentClasses
} from './classes';
import { addUser } from './quiz-fixture';

describe.each(DIALECTS)('classes on %s', (dialect) => {
	const store = freshStore(dialect);
	let teacherA: string;
	let teacherB: string;
	let student: string;

	function sequence(...codes: string[]) {
		let i = 0;
		return () => codes[Math.min(i++, codes.length - 1)];
	}

	beforeEach(async () => {
		teacherA = await store().write((tx) => addUser(tx, 'teacher', 'Alice'));
		teacherB = await store().write((tx) => addUser(tx, 'teacher', 'Bob'));
		student = await store().write((tx) => addUser(tx, 'student', 'Sam'));
	});
	const enrollmentRows = () => store().read(({ db, t }) => run(db.select().from(t.enrollments)));

	describe('creating classes', () => {
		it('validates the name', async () => {
			expect(await createClass(store(), teacherA, '   ')).toMatchObject({ ok: false, error: 'name_required' });
			expect(await createClass(store(), teacherA, 'x'.repeat(101))).toMatchObject({ ok: false, error: 'name_too_long' });
			expect((await createClass(store(), teacherA, 'x'.repeat(100))).ok).toBe(true);
		});

		it('refuses a second active class with the same name (a double submission)', async () => {
			expect((await createClass(store(), teacherA, 'Year 10 History')).ok).toBe(true);
			expect(await createClass(store(), teacherA, ' year 10  history ')).toMatchObject({ ok: false, error: 'name_taken' });
			// Another teacher may use the name.
			expect((await createClass(store(), teacherB, 'Year 10 History')).ok).toBe(true);
		});

		it('retries when a join code is already taken', async () => {
			const first = await createClass(store(), teacherA, 'One', sequence('AAAAAA'));
			const second = await createClass(store(), teacherA, 'Two', sequence('AAAAAA', 'AAAAAA', 'BBBBBB'));
			expect(first.ok && first.class.joinCode).toBe('AAAAAA');
			expect(second.ok && second.class.joinCode).toBe('BBBBBB');
		});

		it('lists active and archived classes apart, with student counts, only for their teacher', async () => {
			const one = await createClass(store(), teacherA, 'One');
			await createClass(store(), teacherA, 'Two');
			await createClass(store(), teacherB, 'Foreign');
			if (!one.ok) throw new Error();
			await joinClass(store(), student, one.class.joinCode);
			await setArchived(store(), teacherA, one.class.id, true);
			const list = await listTeacherClasses(store(), teacherA);
			expect(list.active.map((c) => c.name)).toEqual(['Two']);
			expect(list.archived).toMatchObject([{ name: 'One', studentCount: 1 }]);
			expect(list.active[0].studentCount).toBe(0);
		});
	});

	describe('managing a class', () => {
		let classId: string;
		let code: string;
		beforeEach(async () => {
			const created = await createClass(store(), teacherA, 'History');
			if (!created.ok) throw new Error();
			classId = created.class.id;
			code = created.class.joinCode;
		});

		it('never gives a teacher another teacher’s class', async () => {
			expect(await getTeacherClass(store(), teacherB, classId)).toBeNull();
			expect(await getTeacherClass(store(), teacherA, 'no-such-id')).toBeNull();
			expect(await regenerateJoinCode(store(), teacherB, classId)).toBeNull();
			expect(await setArchived(store(), teacherB, classId, true)).toBe(false);
			expect(await removeStudent(store(), teacherB, classId, student)).toEqual({ status: 'not_found' });
			expect(await renameClass(store(), teacherB, classId, 'Mine')).toMatchObject({ ok: false, error: 'not_found' });
			expect((await getTeacherClass(store(), teacherA, classId))?.class.archivedAt).toBeNull();
		});

		it('regenerates the join code: the old one stops working', async () => {
			const fresh = await regenerateJoinCode(store(), teacherA, classId, sequence(code, 'ZZZZZZ'));
			expect(fresh).toBe('ZZZZZZ');
			expect(await joinClass(store(), student, code)).toEqual({ status: 'not_found' });
			expect(await joinClass(store(), student, 'zz zz-zz')).toMatchObject({ status: 'joined' });
		});

		it('shows the roster and removes a student once', async () => {
			await joinClass(store(), student, code);
			const roster = (await getTeacherClass(store(), teacherA, classId))!.roster;
			expect(roster).toMatchObject([{ studentId: student, displayName: 'Sam' }]);
			expect(roster[0].joinedAt).toBeInstanceOf(Date);
			expect(await removeStudent(store(), teacherA, classId, student)).toEqual({ status: 'removed', name: 'Sam' });
			expect(await removeStudent(store(), teacherA, classId, student)).toEqual({ status: 'not_member' });
			expect((await getTeacherClass(store(), teacherA, classId))!.roster).toEqual([]);
		});

		it('renames, keeping the name rules', async () => {
			expect(await renameClass(store(), teacherA, classId, ' Modern  History ')).toEqual({ ok: true });
			expect((await getTeacherClass(store(), teacherA, classId))!.class.name).toBe('Modern History');
			expect(await renameClass(store(), teacherA, classId, '')).toMatchObject({ ok: false, error: 'name_required' });
		});
	});

	describe('joining', () => {
		let classId: string;
		beforeEach(async () => {
			const created = await createClass(store(), teacherA, 'History', sequence('K7P2QX'));
			if (!created.ok) throw new Error();
			classId = created.class.id;
		});

		it('accepts the code in any case, with spaces and dashes', async () => {
			expect(normaliseJoinCode(' k7p 2qx ')).toBe('K7P2QX');
			expect(normaliseJoinCode('K7P-2QX')).toBe('K7P2QX');
			expect(await joinClass(store(), student, 'k7p 2qx')).toEqual({ status: 'joined', class: { id: classId, name: 'History' } });
			expect(await listStudentClasses(store(), student)).toMatchObject([{ id: classId, name: 'History', teacherName: 'Alice' }]);
		});

		it('says "already a member" the second time, without a second row', async () => {
			await joinClass(store(), student, 'K7P2QX');
			expect(await joinClass(store(), student, 'K7P-2QX')).toMatchObject({ status: 'already_member' });
			expect(await enrollmentRows()).toHaveLength(1);
		});

		it('refuses empty and unknown codes', async () => {
			expect(await joinClass(store(), student, '  - ')).toEqual({ status: 'empty' });
			expect(await joinClass(store(), student, 'NOPE99')).toEqual({ status: 'not_found' });
			expect(await joinClass(store(), student, 42)).toEqual({ status: 'empty' });
		});

		it('refuses an archived class, and accepts it again once unarchived', async () => {
			await setArchived(store(), teacherA, classId, true);
			expect(await joinClass(store(), student, 'K7P2QX')).toMatchObject({ status: 'archived' });
			expect(await enrollmentRows()).toHaveLength(0);
			await setArchived(store(), teacherA, classId, false);
			expect(await joinClass(store(), student, 'K7P2QX')).toMatchObject({ status: 'joined' });
		});
	});
});

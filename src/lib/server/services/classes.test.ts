// Proves the class rules: names, join codes that survive collisions and can be replaced,
// archiving, the roster, and joining by code (tolerant typing, no double membership).
import { describe, it, expect, beforeEach } from 'vitest';
import { openDatabase, type Db } from '$lib/server/db';
import { enrollments } from '$lib/server/db/schema';
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
import { runNow } from '$lib/server/db/sqlite-store';

let db: Db;
let teacherA: string;
let teacherB: string;
let student: string;

function sequence(...codes: string[]) {
	let i = 0;
	return () => codes[Math.min(i++, codes.length - 1)];
}

beforeEach(() => {
	db = openDatabase(':memory:');
	teacherA = runNow(db, (tx) => addUser(tx, 'teacher', 'Alice'));
	teacherB = runNow(db, (tx) => addUser(tx, 'teacher', 'Bob'));
	student = runNow(db, (tx) => addUser(tx, 'student', 'Sam'));
});

describe('creating classes', () => {
	it('validates the name', () => {
		expect(createClass(db, teacherA, '   ')).toMatchObject({ ok: false, error: 'name_required' });
		expect(createClass(db, teacherA, 'x'.repeat(101))).toMatchObject({ ok: false, error: 'name_too_long' });
		expect(createClass(db, teacherA, 'x'.repeat(100)).ok).toBe(true);
	});

	it('refuses a second active class with the same name (a double submission)', () => {
		expect(createClass(db, teacherA, 'Year 10 History').ok).toBe(true);
		expect(createClass(db, teacherA, ' year 10  history ')).toMatchObject({ ok: false, error: 'name_taken' });
		// Another teacher may use the name.
		expect(createClass(db, teacherB, 'Year 10 History').ok).toBe(true);
	});

	it('retries when a join code is already taken', () => {
		const first = createClass(db, teacherA, 'One', sequence('AAAAAA'));
		const second = createClass(db, teacherA, 'Two', sequence('AAAAAA', 'AAAAAA', 'BBBBBB'));
		expect(first.ok && first.class.joinCode).toBe('AAAAAA');
		expect(second.ok && second.class.joinCode).toBe('BBBBBB');
	});

	it('lists active and archived classes apart, with student counts, only for their teacher', () => {
		const one = createClass(db, teacherA, 'One');
		createClass(db, teacherA, 'Two');
		createClass(db, teacherB, 'Foreign');
		if (!one.ok) throw new Error();
		joinClass(db, student, one.class.joinCode);
		setArchived(db, teacherA, one.class.id, true);
		const list = listTeacherClasses(db, teacherA);
		expect(list.active.map((c) => c.name)).toEqual(['Two']);
		expect(list.archived).toMatchObject([{ name: 'One', studentCount: 1 }]);
		expect(list.active[0].studentCount).toBe(0);
	});
});

describe('managing a class', () => {
	let classId: string;
	let code: string;
	beforeEach(() => {
		const created = createClass(db, teacherA, 'History');
		if (!created.ok) throw new Error();
		classId = created.class.id;
		code = created.class.joinCode;
	});

	it('never gives a teacher another teacher’s class', () => {
		expect(getTeacherClass(db, teacherB, classId)).toBeNull();
		expect(getTeacherClass(db, teacherA, 'no-such-id')).toBeNull();
		expect(regenerateJoinCode(db, teacherB, classId)).toBeNull();
		expect(setArchived(db, teacherB, classId, true)).toBe(false);
		expect(removeStudent(db, teacherB, classId, student)).toEqual({ status: 'not_found' });
		expect(renameClass(db, teacherB, classId, 'Mine')).toMatchObject({ ok: false, error: 'not_found' });
		expect(getTeacherClass(db, teacherA, classId)?.class.archivedAt).toBeNull();
	});

	it('regenerates the join code: the old one stops working', () => {
		const fresh = regenerateJoinCode(db, teacherA, classId, sequence(code, 'ZZZZZZ'));
		expect(fresh).toBe('ZZZZZZ');
		expect(joinClass(db, student, code)).toEqual({ status: 'not_found' });
		expect(joinClass(db, student, 'zz zz-zz')).toMatchObject({ status: 'joined' });
	});

	it('shows the roster and removes a student once', () => {
		joinClass(db, student, code);
		const roster = getTeacherClass(db, teacherA, classId)!.roster;
		expect(roster).toMatchObject([{ studentId: student, displayName: 'Sam' }]);
		expect(roster[0].joinedAt).toBeInstanceOf(Date);
		expect(removeStudent(db, teacherA, classId, student)).toEqual({ status: 'removed', name: 'Sam' });
		expect(removeStudent(db, teacherA, classId, student)).toEqual({ status: 'not_member' });
		expect(getTeacherClass(db, teacherA, classId)!.roster).toEqual([]);
	});

	it('renames, keeping the name rules', () => {
		expect(renameClass(db, teacherA, classId, ' Modern  History ')).toEqual({ ok: true });
		expect(getTeacherClass(db, teacherA, classId)!.class.name).toBe('Modern History');
		expect(renameClass(db, teacherA, classId, '')).toMatchObject({ ok: false, error: 'name_required' });
	});
});

describe('joining', () => {
	let classId: string;
	beforeEach(() => {
		const created = createClass(db, teacherA, 'History', sequence('K7P2QX'));
		if (!created.ok) throw new Error();
		classId = created.class.id;
	});

	it('accepts the code in any case, with spaces and dashes', () => {
		expect(normaliseJoinCode(' k7p 2qx ')).toBe('K7P2QX');
		expect(normaliseJoinCode('K7P-2QX')).toBe('K7P2QX');
		expect(joinClass(db, student, 'k7p 2qx')).toEqual({ status: 'joined', class: { id: classId, name: 'History' } });
		expect(listStudentClasses(db, student)).toMatchObject([{ id: classId, name: 'History', teacherName: 'Alice' }]);
	});

	it('says "already a member" the second time, without a second row', () => {
		joinClass(db, student, 'K7P2QX');
		expect(joinClass(db, student, 'K7P-2QX')).toMatchObject({ status: 'already_member' });
		expect(db.select().from(enrollments).all()).toHaveLength(1);
	});

	it('refuses empty and unknown codes', () => {
		expect(joinClass(db, student, '  - ')).toEqual({ status: 'empty' });
		expect(joinClass(db, student, 'NOPE99')).toEqual({ status: 'not_found' });
		expect(joinClass(db, student, 42)).toEqual({ status: 'empty' });
	});

	it('refuses an archived class, and accepts it again once unarchived', () => {
		setArchived(db, teacherA, classId, true);
		expect(joinClass(db, student, 'K7P2QX')).toMatchObject({ status: 'archived' });
		expect(db.select().from(enrollments).all()).toHaveLength(0);
		setArchived(db, teacherA, classId, false);
		expect(joinClass(db, student, 'K7P2QX')).toMatchObject({ status: 'joined' });
	});
});

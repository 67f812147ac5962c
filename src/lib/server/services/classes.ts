// Use cases for classes: a teacher creates and runs them, a student joins one by its code.
// Every teacher use case is scoped to the teacher's own classes: someone else's id finds
// nothing (null), which the routes turn into a 404.
import type { Db } from '$lib/server/db';
import type { Class } from '$lib/server/db/schema';
import { newId, newJoinCode } from '$lib/server/ids';
import * as classesRepo from '$lib/server/repo/classes';
import * as usersRepo from '$lib/server/repo/users';
import type { Conn } from '$lib/server/repo/conn';
import { isUniqueViolation } from './db-errors';
import { oneLine } from './text';
import { runNow } from '$lib/server/db/sqlite-store';

export const CLASS_NAME_MAX = 100;
const CODE_ATTEMPTS = 8;

export type CodeGenerator = () => string;

/** What a student typed, as stored: case, spaces and dashes do not matter ("abc-de f" → "ABCDEF"). */
export function normaliseJoinCode(value: unknown): string {
	return typeof value === 'string' ? value.replace(/[\s\-‐-―_.]+/g, '').toUpperCase() : '';
}

export type ClassNameError = 'name_required' | 'name_too_long' | 'name_taken';

function checkName(conn: Conn, teacherId: string, name: string, exceptId?: string): ClassNameError | null {
	if (!name) return 'name_required';
	if (name.length > CLASS_NAME_MAX) return 'name_too_long';
	const clash = classesRepo.findActiveByName(conn, teacherId, name);
	// An active class with the same name is almost always a double submission.
	if (clash && clash.id !== exceptId) return 'name_taken';
	return null;
}

/** Runs `write` with fresh codes until one is not taken: codes are short, so collisions happen. */
function withFreshCode(conn: Conn, newCode: CodeGenerator, write: (code: string) => void): string {
	for (let attempt = 0; ; attempt++) {
		const code = newCode();
		try {
			write(code);
			return code;
		} catch (error) {
			if (!isUniqueViolation(error) || attempt + 1 >= CODE_ATTEMPTS) throw error;
		}
	}
}

export type CreateClassResult = { ok: true; class: Class } | { ok: false; error: ClassNameError; name: string };

export function createClass(db: Db, teacherId: string, rawName: unknown, newCode: CodeGenerator = newJoinCode): CreateClassResult {
	const name = oneLine(rawName);
	return db.transaction((tx) => {
		const error = checkName(tx, teacherId, name);
		if (error) return { ok: false, error, name };
		const id = newId();
		withFreshCode(tx, newCode, (joinCode) => classesRepo.insert(tx, { id, teacherId, name, joinCode }));
		return { ok: true, class: classesRepo.findById(tx, id)! };
	});
}

export function listTeacherClasses(db: Db, teacherId: string) {
	const all = classesRepo.listForTeacher(db, teacherId);
	return { active: all.filter((c) => !c.archivedAt), archived: all.filter((c) => c.archivedAt) };
}

export function getTeacherClass(db: Db, teacherId: string, classId: string) {
	const found = classesRepo.findForTeacher(db, teacherId, classId);
	if (!found) return null;
	return { class: found, roster: classesRepo.roster(db, classId) };
}

export type RenameResult = { ok: true } | { ok: false; error: ClassNameError | 'not_found'; name: string };

export function renameClass(db: Db, teacherId: string, classId: string, rawName: unknown): RenameResult {
	const name = oneLine(rawName);
	return db.transaction((tx) => {
		if (!classesRepo.findForTeacher(tx, teacherId, classId)) return { ok: false, error: 'not_found', name };
		const error = checkName(tx, teacherId, name, classId);
		if (error) return { ok: false, error, name };
		classesRepo.update(tx, classId, { name });
		return { ok: true };
	});
}

/** The new code, or null when the class is not the teacher's. The old code stops working at once. */
export function regenerateJoinCode(db: Db, teacherId: string, classId: string, newCode: CodeGenerator = newJoinCode): string | null {
	return db.transaction((tx) => {
		const found = classesRepo.findForTeacher(tx, teacherId, classId);
		if (!found) return null;
		// Drawing the current code again would succeed silently and leave the old code working.
		const differentCode = () => {
			let code = newCode();
			for (let i = 0; code === found.joinCode && i < CODE_ATTEMPTS; i++) code = newCode();
			return code;
		};
		return withFreshCode(tx, differentCode, (joinCode) => classesRepo.update(tx, classId, { joinCode }));
	});
}

/** False when the class is not the teacher's. Archiving twice keeps the first date. */
export function setArchived(db: Db, teacherId: string, classId: string, archived: boolean, now = new Date()): boolean {
	return db.transaction((tx) => {
		const found = classesRepo.findForTeacher(tx, teacherId, classId);
		if (!found) return false;
		if (archived && !found.archivedAt) classesRepo.update(tx, classId, { archivedAt: now });
		if (!archived && found.archivedAt) classesRepo.update(tx, classId, { archivedAt: null });
		return true;
	});
}

export type RemoveResult = { status: 'removed'; name: string } | { status: 'not_member' | 'not_found' };

/** 'not_member' means already gone (a double click); 'not_found' means not the teacher's class. */
export function removeStudent(db: Db, teacherId: string, classId: string, studentId: string): RemoveResult {
	return db.transaction((tx) => {
		if (!classesRepo.findForTeacher(tx, teacherId, classId)) return { status: 'not_found' };
		const entry = classesRepo.roster(tx, classId).find((s) => s.studentId === studentId);
		if (!entry || !classesRepo.unenroll(tx, classId, studentId)) return { status: 'not_member' };
		return { status: 'removed', name: entry.displayName };
	});
}

export type JoinResult =
	| { status: 'joined' | 'already_member'; class: { id: string; name: string } }
	| { status: 'archived'; class: { id: string; name: string } }
	| { status: 'empty' | 'not_found' | 'demo_class' };

export function joinClass(db: Db, studentId: string, rawCode: unknown, now = new Date()): JoinResult {
	const code = normaliseJoinCode(rawCode);
	if (!code) return { status: 'empty' };
	return db.transaction((tx) => {
		const found = classesRepo.findByJoinCode(tx, code);
		if (!found) return { status: 'not_found' };
		const summary = { id: found.id, name: found.name };
		// A sandbox class is for its own demo student: a real account never joins one.
		if (runNow(tx, (t) => usersRepo.findById(t, found.teacherId))?.isDemo && !runNow(tx, (t) => usersRepo.findById(t, studentId))?.isDemo) return { status: 'demo_class' };
		// A member of an archived class is told they are a member: that is the more useful truth.
		if (classesRepo.isEnrolled(tx, found.id, studentId)) return { status: 'already_member', class: summary };
		if (found.archivedAt) return { status: 'archived', class: summary };
		classesRepo.enroll(tx, found.id, studentId, now);
		return { status: 'joined', class: summary };
	});
}

export function listStudentClasses(db: Db, studentId: string) {
	return classesRepo.listForStudent(db, studentId);
}

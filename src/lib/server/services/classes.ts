// Use cases for classes: a teacher creates and runs them, a student joins one by its code.
// Every teacher use case is scoped to the teacher's own classes: someone else's id finds
// nothing (null), which the routes turn into a 404.
import type { Class } from '$lib/server/db/schema';
import type { Store, Tx, Work } from '$lib/server/db/store';
import { newId, newJoinCode } from '$lib/server/ids';
import * as classesRepo from '$lib/server/repo/classes';
import * as usersRepo from '$lib/server/repo/users';
import { oneLine } from './text';

export const CLASS_NAME_MAX = 100;
const CODE_ATTEMPTS = 8;

export type CodeGenerator = () => string;

/** What a student typed, as stored: case, spaces and dashes do not matter ("abc-de f" → "ABCDEF"). */
export function normaliseJoinCode(value: unknown): string {
	return typeof value === 'string' ? value.replace(/[\s\-‐-―_.]+/g, '').toUpperCase() : '';
}

export type ClassNameError = 'name_required' | 'name_too_long' | 'name_taken';

function* checkName(tx: Tx, teacherId: string, name: string, exceptId?: string): Work<ClassNameError | null> {
	if (!name) return 'name_required';
	if (name.length > CLASS_NAME_MAX) return 'name_too_long';
	const clash = yield* classesRepo.findActiveByName(tx, teacherId, name);
	// An active class with the same name is almost always a double submission.
	if (clash && clash.id !== exceptId) return 'name_taken';
	return null;
}

/** Draws codes until `write` takes one (it says false when the code is some class's): codes are short, so collisions happen. */
export function* withFreshCode(newCode: CodeGenerator, write: (code: string) => Work<boolean>): Work<string> {
	for (let attempt = 1; ; attempt++) {
		const code = newCode();
		if (yield* write(code)) return code;
		if (attempt >= CODE_ATTEMPTS) throw new Error(`no free join code after ${CODE_ATTEMPTS} draws`);
	}
}

export type CreateClassResult = { ok: true; class: Class } | { ok: false; error: ClassNameError; name: string };

export function createClass(store: Store, teacherId: string, rawName: unknown, newCode: CodeGenerator = newJoinCode): Promise<CreateClassResult> {
	const name = oneLine(rawName);
	return store.write(function* (tx): Work<CreateClassResult> {
		const error = yield* checkName(tx, teacherId, name);
		if (error) return { ok: false, error, name };
		const id = newId();
		yield* withFreshCode(newCode, (joinCode) => classesRepo.insert(tx, { id, teacherId, name, joinCode }));
		return { ok: true, class: (yield* classesRepo.findById(tx, id))! };
	});
}

export async function listTeacherClasses(store: Store, teacherId: string) {
	const all = await store.read((tx) => classesRepo.listForTeacher(tx, teacherId));
	return { active: all.filter((c) => !c.archivedAt), archived: all.filter((c) => c.archivedAt) };
}

export function getTeacherClass(store: Store, teacherId: string, classId: string) {
	return store.read(function* (tx) {
		const found = yield* classesRepo.findForTeacher(tx, teacherId, classId);
		if (!found) return null;
		return { class: found, roster: yield* classesRepo.roster(tx, classId) };
	});
}

export type RenameResult = { ok: true } | { ok: false; error: ClassNameError | 'not_found'; name: string };

export function renameClass(store: Store, teacherId: string, classId: string, rawName: unknown): Promise<RenameResult> {
	const name = oneLine(rawName);
	return store.write(function* (tx): Work<RenameResult> {
		if (!(yield* classesRepo.findForTeacher(tx, teacherId, classId))) return { ok: false, error: 'not_found', name };
		const error = yield* checkName(tx, teacherId, name, classId);
		if (error) return { ok: false, error, name };
		yield* classesRepo.update(tx, classId, { name });
		return { ok: true };
	});
}

/** The new code, or null when the class is not the teacher's. The old code stops working at once. */
export function regenerateJoinCode(store: Store, teacherId: string, classId: string, newCode: CodeGenerator = newJoinCode): Promise<string | null> {
	return store.write(function* (tx) {
		const found = yield* classesRepo.findForTeacher(tx, teacherId, classId);
		if (!found) return null;
		// Drawing the current code again would succeed silently and leave the old code working.
		return yield* withFreshCode(newCode, function* (joinCode) {
			if (joinCode === found.joinCode || !!(yield* classesRepo.findByJoinCode(tx, joinCode))) return false;
			yield* classesRepo.update(tx, classId, { joinCode });
			return true;
		});
	});
}

/** False when the class is not the teacher's. Archiving twice keeps the first date. */
export function setArchived(store: Store, teacherId: string, classId: string, archived: boolean, now = new Date()): Promise<boolean> {
	return store.write(function* (tx) {
		const found = yield* classesRepo.findForTeacher(tx, teacherId, classId);
		if (!found) return false;
		if (archived && !found.archivedAt) yield* classesRepo.update(tx, classId, { archivedAt: now });
		if (!archived && found.archivedAt) yield* classesRepo.update(tx, classId, { archivedAt: null });
		return true;
	});
}

export type RemoveResult = { status: 'removed'; name: string } | { status: 'not_member' | 'not_found' };

/** 'not_member' means already gone (a double click); 'not_found' means not the teacher's class. */
export function removeStudent(store: Store, teacherId: string, classId: string, studentId: string): Promise<RemoveResult> {
	return store.write(function* (tx): Work<RemoveResult> {
		if (!(yield* classesRepo.findForTeacher(tx, teacherId, classId))) return { status: 'not_found' };
		const entry = (yield* classesRepo.roster(tx, classId)).find((s) => s.studentId === studentId);
		if (!entry || !(yield* classesRepo.unenroll(tx, classId, studentId))) return { status: 'not_member' };
		return { status: 'removed', name: entry.displayName };
	});
}

export type JoinResult =
	| { status: 'joined' | 'already_member'; class: { id: string; name: string } }
	| { status: 'archived'; class: { id: string; name: string } }
	| { status: 'empty' | 'not_found' | 'demo_class' };

export async function joinClass(store: Store, studentId: string, rawCode: unknown, now = new Date()): Promise<JoinResult> {
	const code = normaliseJoinCode(rawCode);
	if (!code) return { status: 'empty' };
	return store.write(function* (tx): Work<JoinResult> {
		const found = yield* classesRepo.findByJoinCode(tx, code);
		if (!found) return { status: 'not_found' };
		const summary = { id: found.id, name: found.name };
		// A sandbox class is for its own demo student: a real account never joins one.
		if ((yield* usersRepo.findById(tx, found.teacherId))?.isDemo && !(yield* usersRepo.findById(tx, studentId))?.isDemo) return { status: 'demo_class' };
		// A member of an archived class is told they are a member: that is the more useful truth.
		if (yield* classesRepo.isEnrolled(tx, found.id, studentId)) return { status: 'already_member', class: summary };
		if (found.archivedAt) return { status: 'archived', class: summary };
		yield* classesRepo.enroll(tx, found.id, studentId, now);
		return { status: 'joined', class: summary };
	});
}

export function listStudentClasses(store: Store, studentId: string) {
	return store.read((tx) => classesRepo.listForStudent(tx, studentId));
}

// Proves the demo sandboxes: each click gets its own teacher, student, class and sets; no real
// account joins a sandbox class; a day later the sandbox is gone with everything in it; the
// accounts earlier versions shared are closed without losing what real students did; DEMO=off.
import { sqliteStore } from '$lib/server/db/sqlite-store';
import { describe, it, expect, beforeEach } from 'vitest';
import { eq } from 'drizzle-orm';
import { openDatabase, type Db } from '$lib/server/db';
import * as s from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';
import { closeLegacyDemo, createSandbox, demoEnabled, purgeSandboxes, SANDBOXES_PER_HOUR, SANDBOX_TTL_MS } from './demo';
import { joinClass } from './classes';
import { addSetToCards, setsToAdd } from './review';
import { signIn } from './accounts';

let db: Db;
beforeEach(() => {
	db = openDatabase(':memory:');
});
const T0 = new Date('2026-01-05T10:00:00Z');
const sandbox = async (address = '203.0.113.5', now = T0, locale: 'en' | 'fr' = 'fr') => {
	const r = await createSandbox(sqliteStore(db), { address, locale }, now);
	if (!r.ok) throw new Error('rate limited');
	return r;
};

describe('demo sandboxes', () => {
	it('gives every visitor a teacher, a student and a class of their own, with both articles assigned', async () => {
		const a = await sandbox();
		const b = await sandbox();
		expect(new Set([a.teacher.id, b.teacher.id, a.student.id, b.student.id]).size).toBe(4);
		expect(a.classId).not.toBe(b.classId);
		const sets = db.select().from(s.questionSets).where(eq(s.questionSets.ownerId, a.teacher.id)).all();
		expect(sets.map((x) => x.lang).sort()).toEqual(['en', 'fr']);
		// Only the English set is study material: the student may review it at once, the French one after its quiz.
		expect(setsToAdd(db, a.student.id).map((x) => x.title)).toEqual([sets.find((x) => x.lang === 'en')!.title]);
		expect(addSetToCards(db, a.student.id, sets.find((x) => x.lang === 'en')!.id, T0).added).toBeGreaterThan(5);
		expect(() => addSetToCards(db, a.student.id, sets.find((x) => x.lang === 'fr')!.id, T0)).toThrow();
		// Nobody can sign in to a sandbox account with a password.
		const teacherEmail = db.select().from(s.users).where(eq(s.users.id, a.teacher.id)).get()!.email;
		return signIn(sqliteStore(db), { email: teacherEmail, password: '!sandbox', address: '1.2.3.4' }).then((r) => expect(r.ok).toBe(false));
	});

	it('keeps real students out of sandbox classes, and sandbox students in their own', async () => {
		const a = await sandbox();
		const b = await sandbox();
		const code = db.select().from(s.classes).where(eq(s.classes.id, a.classId)).get()!.joinCode;
		const real = newId();
		db.insert(s.users).values({ id: real, email: 'real@school.org', passwordHash: 'x', displayName: 'Real', role: 'student' }).run();
		expect(await joinClass(sqliteStore(db), real, code)).toEqual({ status: 'demo_class' });
		expect((await joinClass(sqliteStore(db), b.student.id, code)).status).toBe('joined');
	});

	it('deletes a sandbox and everything in it a day after it was made', async () => {
		const old = await sandbox('203.0.113.5', T0);
		const fresh = await sandbox('203.0.113.5', new Date(T0.getTime() + SANDBOX_TTL_MS - 1000));
		expect(await purgeSandboxes(sqliteStore(db), new Date(T0.getTime() + SANDBOX_TTL_MS + 1))).toBe(2);
		expect(db.select().from(s.users).where(eq(s.users.id, old.teacher.id)).get()).toBeUndefined();
		expect(db.select().from(s.classes).where(eq(s.classes.id, old.classId)).get()).toBeUndefined();
		expect(db.select().from(s.questionSets).where(eq(s.questionSets.ownerId, old.teacher.id)).all()).toEqual([]);
		expect(db.select().from(s.users).where(eq(s.users.id, fresh.teacher.id)).get()).toBeDefined();
	});

	it('limits the sandboxes one address opens per hour', async () => {
		for (let i = 0; i < SANDBOXES_PER_HOUR; i++) db.insert(s.loginAttempts).values({ kind: 'demo', email: `t${i}`, address: '198.51.100.9', success: true, at: new Date(T0.getTime() + i * 1000) }).run();
		expect(await createSandbox(sqliteStore(db), { address: '198.51.100.9', locale: 'en' }, new Date(T0.getTime() + 600_000))).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: 3000 });
		expect((await createSandbox(sqliteStore(db), { address: '198.51.100.10', locale: 'en' }, T0)).ok).toBe(true);
	});

	it('closes the accounts earlier versions shared, keeping what real students did in their class', async () => {
		const teacher = newId();
		const student = newId();
		db.insert(s.users).values({ id: teacher, email: 'teacher@demo.lectio', passwordHash: 'x', displayName: 'Claire', role: 'teacher', isDemo: true, createdAt: new Date('2025-01-01') }).run();
		db.insert(s.users).values({ id: student, email: 'real@school.org', passwordHash: 'x', displayName: 'Real', role: 'student' }).run();
		const classId = newId();
		db.insert(s.classes).values({ id: classId, teacherId: teacher, name: 'Demo', joinCode: 'DEMO42' }).run();
		db.insert(s.enrollments).values({ classId, studentId: student }).run();
		db.insert(s.sessions).values({ id: 'h', userId: teacher, expiresAt: new Date('2030-01-01') }).run();
		await closeLegacyDemo(sqliteStore(db), T0);
		const closed = db.select().from(s.users).where(eq(s.users.id, teacher)).get()!;
		expect(closed).toMatchObject({ passwordHash: '!sandbox', isDemo: false });
		expect(db.select().from(s.sessions).all()).toEqual([]);
		expect(db.select().from(s.classes).where(eq(s.classes.id, classId)).get()!.archivedAt).toEqual(T0);
		expect(db.select().from(s.enrollments).all()).toHaveLength(1);
		// The next start-up, a day later, finds nothing left to close: the class keeps its first
		// archive date and the real student stays enrolled; a sandbox opened meanwhile is untouched
		// (its day has not passed).
		const a = await sandbox('203.0.113.5', new Date(T0.getTime() + 3_600_000));
		const usersBefore = db.select().from(s.users).all();
		await closeLegacyDemo(sqliteStore(db), new Date(T0.getTime() + 86_400_000));
		expect(db.select().from(s.classes).where(eq(s.classes.id, classId)).get()!.archivedAt).toEqual(T0);
		expect(db.select().from(s.users).where(eq(s.users.id, teacher)).get()).toEqual(closed);
		expect(db.select().from(s.enrollments).where(eq(s.enrollments.classId, classId)).all()).toHaveLength(1);
		expect(db.select().from(s.users).all()).toEqual(usersBefore);
		expect(db.select().from(s.classes).where(eq(s.classes.id, a.classId)).get()!.archivedAt).toBeNull();
	});

	it('is on unless DEMO says off', async () => {
		expect(demoEnabled({})).toBe(true);
		expect(demoEnabled({ DEMO: 'on' })).toBe(true);
		for (const off of ['off', 'OFF', 'false', '0', 'no']) expect(demoEnabled({ DEMO: off })).toBe(false);
	});
});

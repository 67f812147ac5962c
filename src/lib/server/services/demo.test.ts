// Proves the demo sandboxes: each click gets its own teacher, student, class and sets; no real
// account joins a sandbox class; a day later the sandbox is gone with everything in it; the
// accounts earlier versions shared are closed without losing what real students did; DEMO=off.
import { describe, it, expect, beforeEach } from 'vitest';
import { eq } from 'drizzle-orm';
import { newId } from '$lib/server/ids';
import { closeLegacyDemo, createSandbox, demoEnabled, purgeSandboxes, SANDBOXES_PER_HOUR, SANDBOX_TTL_MS } from './demo';
import { joinClass } from './classes';
import { addSetToCards, setsToAdd } from './review';
import { signIn } from './accounts';
import { DIALECTS, freshStore } from '$lib/server/db/stores.fixture';
import { first, run } from '$lib/server/db/store';

describe.each(DIALECTS)('demo sandboxes on %s', (dialect) => {
	const store = freshStore(dialect);

	beforeEach(async () => {
	});
	const T0 = new Date('2026-01-05T10:00:00Z');
	const sandbox = async (address = '203.0.113.5', now = T0, locale: 'en' | 'fr' = 'fr') => {
		const r = await createSandbox(store(), { address, locale }, now);
		if (!r.ok) throw new Error('rate limited');
		return r;
	};

	describe('demo sandboxes', () => {
		it('gives every visitor a teacher, a student and a class of their own, with both articles assigned', async () => {
			const a = await sandbox();
			const b = await sandbox();
			expect(new Set([a.teacher.id, b.teacher.id, a.student.id, b.student.id]).size).toBe(4);
			expect(a.classId).not.toBe(b.classId);
			const sets = (await store().read(({ db, t }) => run(db.select().from(t.questionSets).where(eq(t.questionSets.ownerId, a.teacher.id)))));
			expect(sets.map((x) => x.lang).sort()).toEqual(['en', 'fr']);
			// Only the English set is study material: the student may review it at once, the French one after its quiz.
			expect((await setsToAdd(store(), a.student.id)).map((x) => x.title)).toEqual([sets.find((x) => x.lang === 'en')!.title]);
			expect((await addSetToCards(store(), a.student.id, sets.find((x) => x.lang === 'en')!.id, T0)).added).toBeGreaterThan(5);
			await expect(addSetToCards(store(), a.student.id, sets.find((x) => x.lang === 'fr')!.id, T0)).rejects.toThrow();
			// Nobody can sign in to a sandbox account with a password.
			const teacherEmail = (await store().read(({ db, t }) => first(db.select().from(t.users).where(eq(t.users.id, a.teacher.id)).limit(1))))!.email;
			expect((await signIn(store(), { email: teacherEmail, password: '!sandbox', address: '1.2.3.4' })).ok).toBe(false);
		});

		it('keeps real students out of sandbox classes, and sandbox students in their own', async () => {
			const a = await sandbox();
			const b = await sandbox();
			const code = (await store().read(({ db, t }) => first(db.select().from(t.classes).where(eq(t.classes.id, a.classId)).limit(1))))!.joinCode;
			const real = newId();
			await store().write(({ db, t }) => run(db.insert(t.users).values({ id: real, email: 'real@school.org', passwordHash: 'x', displayName: 'Real', role: 'student' })));
			expect(await joinClass(store(), real, code)).toEqual({ status: 'demo_class' });
			expect((await joinClass(store(), b.student.id, code)).status).toBe('joined');
		});

		it('deletes a sandbox and everything in it a day after it was made', async () => {
			const old = await sandbox('203.0.113.5', T0);
			const fresh = await sandbox('203.0.113.5', new Date(T0.getTime() + SANDBOX_TTL_MS - 1000));
			expect(await purgeSandboxes(store(), new Date(T0.getTime() + SANDBOX_TTL_MS + 1))).toBe(2);
			expect((await store().read(({ db, t }) => first(db.select().from(t.users).where(eq(t.users.id, old.teacher.id)).limit(1))))).toBeUndefined();
			expect((await store().read(({ db, t }) => first(db.select().from(t.classes).where(eq(t.classes.id, old.classId)).limit(1))))).toBeUndefined();
			expect((await store().read(({ db, t }) => run(db.select().from(t.questionSets).where(eq(t.questionSets.ownerId, old.teacher.id)))))).toEqual([]);
			expect((await store().read(({ db, t }) => first(db.select().from(t.users).where(eq(t.users.id, fresh.teacher.id)).limit(1))))).toBeDefined();
		});

		it('limits the sandboxes one address opens per hour', async () => {
			for (let i = 0; i < SANDBOXES_PER_HOUR; i++) await store().write(({ db, t }) => run(db.insert(t.loginAttempts).values({ kind: 'demo', email: `t${i}`, address: '198.51.100.9', success: true, at: new Date(T0.getTime() + i * 1000) })));
			expect(await createSandbox(store(), { address: '198.51.100.9', locale: 'en' }, new Date(T0.getTime() + 600_000))).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: 3000 });
			expect((await createSandbox(store(), { address: '198.51.100.10', locale: 'en' }, T0)).ok).toBe(true);
		});

		it('closes the accounts earlier versions shared, keeping what real students did in their class', async () => {
			const teacher = newId();
			const student = newId();
			await store().write(({ db, t }) => run(db.insert(t.users).values({ id: teacher, email: 'teacher@demo.lectio', passwordHash: 'x', displayName: 'Claire', role: 'teacher', isDemo: true, createdAt: new Date('2025-01-01') })));
			await store().write(({ db, t }) => run(db.insert(t.users).values({ id: student, email: 'real@school.org', passwordHash: 'x', displayName: 'Real', role: 'student' })));
			const classId = newId();
			await store().write(({ db, t }) => run(db.insert(t.classes).values({ id: classId, teacherId: teacher, name: 'Demo', joinCode: 'DEMO42' })));
			await store().write(({ db, t }) => run(db.insert(t.enrollments).values({ classId, studentId: student })));
			await store().write(({ db, t }) => run(db.insert(t.sessions).values({ id: 'h', userId: teacher, expiresAt: new Date('2030-01-01') })));
			await closeLegacyDemo(store(), T0);
			const closed = (await store().read(({ db, t }) => first(db.select().from(t.users).where(eq(t.users.id, teacher)).limit(1))))!;
			expect(closed).toMatchObject({ passwordHash: '!sandbox', isDemo: false });
			expect((await store().read(({ db, t }) => run(db.select().from(t.sessions))))).toEqual([]);
			expect((await store().read(({ db, t }) => first(db.select().from(t.classes).where(eq(t.classes.id, classId)).limit(1))))!.archivedAt).toEqual(T0);
			expect((await store().read(({ db, t }) => run(db.select().from(t.enrollments))))).toHaveLength(1);
			// The next start-up, a day later, finds nothing left to close: the class keeps its first
			// archive date and the real student stays enrolled; a sandbox opened meanwhile is untouched
			// (its day has not passed).
			const a = await sandbox('203.0.113.5', new Date(T0.getTime() + 3_600_000));
			const usersBefore = (await store().read(({ db, t }) => run(db.select().from(t.users))));
			await closeLegacyDemo(store(), new Date(T0.getTime() + 86_400_000));
			expect((await store().read(({ db, t }) => first(db.select().from(t.classes).where(eq(t.classes.id, classId)).limit(1))))!.archivedAt).toEqual(T0);
			expect((await store().read(({ db, t }) => first(db.select().from(t.users).where(eq(t.users.id, teacher)).limit(1))))).toEqual(closed);
			expect((await store().read(({ db, t }) => run(db.select().from(t.enrollments).where(eq(t.enrollments.classId, classId)))))).toHaveLength(1);
			expect((await store().read(({ db, t }) => run(db.select().from(t.users))))).toEqual(usersBefore);
			expect((await store().read(({ db, t }) => first(db.select().from(t.classes).where(eq(t.classes.id, a.classId)).limit(1))))!.archivedAt).toBeNull();
		});

		it('is on unless DEMO says off', async () => {
			expect(demoEnabled({})).toBe(true);
			expect(demoEnabled({ DEMO: 'on' })).toBe(true);
			for (const off of ['off', 'OFF', 'false', '0', 'no']) expect(demoEnabled({ DEMO: off })).toBe(false);
		});
	});
});

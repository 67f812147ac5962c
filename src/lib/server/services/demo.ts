// The demo a visitor meets: each "enter the demo" click builds a sandbox of its own (a teacher, a
// student, a class, and one French and one English article with their questions), signs the
// visitor in as the teacher or the student, and deletes the whole sandbox after a day. No one
// shares an account, and no real student can join a sandbox class (classes.ts refuses it).
import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import { newId, newJoinCode } from '$lib/server/ids';
import * as usersRepo from '$lib/server/repo/users';
import * as classesRepo from '$lib/server/repo/classes';
import * as assignmentsRepo from '$lib/server/repo/assignments';
import { createSetFromArticle } from './question-sets';
import { withFreshCode } from './classes';
import { attemptWait, HOUR_MS } from './rate-limit';
import frenchArticle from '$lib/server/demo/article-fr.txt?raw';
import englishArticle from '$lib/server/demo/article-en.txt?raw';
import { run, type Store } from '$lib/server/db/store';

/** A sandbox lives this long after it was made. */
export const SANDBOX_TTL_MS = 24 * 60 * 60 * 1000;
/** Sandboxes one address may open per hour: a class trying the demo together passes, a script does not. */
export const SANDBOXES_PER_HOUR = 40;
/** The accounts every install shared before sandboxes; they are closed at start-up. */
const LEGACY_DEMO_EMAILS = ['teacher@demo.lectio', 'student@demo.lectio'];
/** Not an argon2 hash: no password ever signs in to a sandbox account; the demo button does. */
const NO_PASSWORD = '!sandbox';

/** `DEMO=off` (or false, 0, no) turns the demo off for a production install. */
export function demoEnabled(env: Record<string, string | undefined> = process.env): boolean {
	return !/^(off|false|0|no)$/i.test(env.DEMO?.trim() ?? '');
}

const ARTICLES = [
	// The French article is a quiz: its cards come after it is taken. The English one is study
	// material, so the demo student can start reviewing at once.
	{ text: frenchArticle, lang: 'fr' as const, studyMaterial: false },
	{ text: englishArticle, lang: 'en' as const, studyMaterial: true }
];

export type SandboxResult =
	| { ok: true; teacher: { id: string; locale: 'en' | 'fr' }; student: { id: string; locale: 'en' | 'fr' }; classId: string }
	| { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/** Builds one visitor's sandbox, or says how long to wait when this address opened too many. */
export async function createSandbox(store: Store, input: { address: string; locale: 'en' | 'fr' }, now = new Date()): Promise<SandboxResult> {
	const address = input.address || 'unknown';
	const tag = newId().slice(0, 8);
	const person = (role: 'teacher' | 'student', displayName: string) => ({
		id: newId(),
		email: `${role}-${tag}@demo.lectio`,
		passwordHash: NO_PASSWORD,
		displayName,
		role,
		locale: input.locale,
		isDemo: true,
		createdAt: now
	});
	const teacher = person('teacher', input.locale === 'fr' ? 'Claire Martin (démo)' : 'Claire Martin (demo)');
	const student = person('student', input.locale === 'fr' ? 'Sam Lee (démo)' : 'Sam Lee (demo)');
	const classId = newId();
	// Counted and built in one transaction holding the address's lock: parallel clicks cannot pass the limit together.
	const wait = await store.write(function* (tx) {
		const wait = yield* attemptWait(tx, 'demo', address, [{ count: SANDBOXES_PER_HOUR, windowMs: HOUR_MS }], now);
		if (wait > 0) return wait;
		yield* usersRepo.recordAttempt(tx, { kind: 'demo', email: teacher.email, address, success: true, at: now });
		yield* usersRepo.insert(tx, teacher);
		yield* usersRepo.insert(tx, student);
		const name = input.locale === 'fr' ? 'Actualités internationales — 1re' : 'World news — Year 11';
		yield* withFreshCode(newJoinCode, (joinCode) => classesRepo.insert(tx, { id: classId, teacherId: teacher.id, name, joinCode }));
		yield* classesRepo.enroll(tx, classId, student.id, now);
		yield* run(tx.db.insert(tx.t.studySettings).values({ studentId: student.id }));
		return 0;
	});
	if (wait > 0) return { ok: false, reason: 'rate_limited', retryAfterSeconds: wait };
	for (const article of ARTICLES) {
		try {
			const { setId } = await createSetFromArticle(store, { ownerId: teacher.id, input: article.text, lang: article.lang, approveAll: true });
			await store.write((tx) => assignmentsRepo.insert(tx, { id: newId(), setId, classId, studyMaterial: article.studyMaterial, publishedAt: now }));
		} catch (error) {
			// A demo article the engine cannot read must not keep the visitor out of the demo.
			console.error('demo article skipped:', error);
		}
	}
	return { ok: true, teacher, student, classId };
}

/** Deletes the sandboxes older than a day: their users, and by cascade everything they made. */
export async function purgeSandboxes(store: Store, now = new Date()): Promise<number> {
	const cutoff = new Date(now.getTime() - SANDBOX_TTL_MS);
	return store.write(function* ({ db, t }) {
		const { users } = t;
		const gone = yield* run(db.delete(users).where(and(eq(users.isDemo, true), lt(users.createdAt, cutoff))).returning({ id: users.id }));
		return gone.length;
	});
}

/**
 * At start-up: close the two accounts that earlier versions shared with everyone (their password
 * was public) and archive their class, so no one signs in as them or joins it any more. What real
 * students did in that class stays theirs. Then delete the expired sandboxes.
 */
export async function closeLegacyDemo(store: Store, now = new Date()): Promise<void> {
	await store.write(function* ({ db, t }) {
		const { classes, sessions, users } = t;
		const legacy = yield* run(db.select({ id: users.id }).from(users).where(and(eq(users.isDemo, true), inArray(users.email, LEGACY_DEMO_EMAILS))));
		if (!legacy.length) return;
		const ids = legacy.map((u) => u.id);
		yield* run(db.update(users).set({ passwordHash: NO_PASSWORD, isDemo: false }).where(inArray(users.id, ids)));
		yield* run(db.delete(sessions).where(inArray(sessions.userId, ids)));
		yield* run(db.update(classes).set({ archivedAt: now }).where(and(inArray(classes.teacherId, ids), isNull(classes.archivedAt))));
	});
	await purgeSandboxes(store, now);
}

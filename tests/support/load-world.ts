// A class for load tests and the HTTP benchmark, written straight into a fresh database: a teacher,
// one study-material set of N questions, and students who each hold a card per question and a
// session cookie. Also starts the built server (scripts/serve.js) on that database.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/lib/server/db/index';
import { run, type Store } from '../../src/lib/server/db/store';
import { newId, newJoinCode } from '../../src/lib/server/ids';
import { createSession } from '../../src/lib/server/auth/session';
import { sqliteStore } from '../../src/lib/server/db/sqlite-store';
import { addSetToCards } from '../../src/lib/server/services/review';

export interface LoadStudent {
	id: string;
	cookie: string;
	cards: string[];
}

export interface SeededClass {
	students: LoadStudent[];
	teacherCookie: string;
	setId: string;
	classId: string;
	assignmentId: string;
	questionIds: string[];
}

/** Seeds the class into a SQLite file (a path) or any Store (PostgreSQL: already migrated). */
export async function seedClass(target: string | Store, opts: { students: number; cards: number; tag?: string }): Promise<SeededClass> {
	const file = typeof target === 'string' ? openDatabase(target) : null;
	const store = file ? sqliteStore(file) : (target as Store);
	const tag = opts.tag ?? '';
	const seeded = await store.write(function* ({ db, t }) {
		const user = function* (role: 'teacher' | 'student', i: number) {
			const id = newId();
			yield* run(db.insert(t.users).values({ id, email: `${role}${i}${tag}@load.test`, passwordHash: 'x', displayName: `${role} ${i}`, role }));
			return id;
		};
		const teacher = yield* user('teacher', 0);
		const articleId = newId();
		yield* run(db.insert(t.articles).values({ id: articleId, ownerId: teacher, originalInput: 'x', cleanText: 'x', lang: 'en' }));
		const setId = newId();
		yield* run(db.insert(t.questionSets).values({ id: setId, ownerId: teacher, articleId, title: 'Load', lang: 'en' }));
		const questionIds = Array.from({ length: opts.cards }, () => newId());
		yield* run(
			db.insert(t.questions).values(
				questionIds.map((id, i) => ({ id, setId, type: 'short' as const, prompt: `${tag}Q${i}?`, answer: `a${i}`, answerValue: `a${i}`, evidenceText: `S${i}.`, position: i, status: 'approved' as const }))
			)
		);
		const classId = newId();
		yield* run(db.insert(t.classes).values({ id: classId, teacherId: teacher, name: 'Load', joinCode: newJoinCode() }));
		const assignmentId = newId();
		yield* run(db.insert(t.assignments).values({ id: assignmentId, setId, classId, studyMaterial: true }));
		const studentIds: string[] = [];
		for (let i = 0; i < opts.students; i++) {
			const id = yield* user('student', i);
			yield* run(db.insert(t.enrollments).values({ classId, studentId: id }));
			studentIds.push(id);
		}
		return { teacher, setId, classId, assignmentId, questionIds, studentIds };
	});
	const students: LoadStudent[] = [];
	for (const id of seeded.studentIds) {
		await addSetToCards(store, id, seeded.setId, new Date());
		const cards = await store.read(({ db, t }) => run(db.select({ id: t.cards.id }).from(t.cards).where(eq(t.cards.studentId, id)).orderBy(t.cards.due)));
		students.push({ id, cookie: `session=${(await createSession(store, id)).token}`, cards: cards.map((c) => c.id) });
	}
	const teacherCookie = `session=${(await createSession(store, seeded.teacher)).token}`;
	file?.$client.close();
	return { students, teacherCookie, setId: seeded.setId, classId: seeded.classId, assignmentId: seeded.assignmentId, questionIds: seeded.questionIds };
}

export function startServer(port: number, databasePath: string, env: Record<string, string> = {}): ChildProcess {
	// The flags `npm start` serves with (package.json), so the tests and the bench measure that server.
	return spawn('node', ['--max-semi-space-size=4', 'scripts/serve.js'], {
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databasePath, DEMO: 'off', ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

export async function waitUp(base: string, tries = 200): Promise<void> {
	for (let i = 0; i < tries; i++) {
		try {
			if ((await fetch(`${base}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`the server at ${base} did not start`);
}

/** One review as the review page sends it with JavaScript; true when the server acknowledged it. */
export async function postReview(base: string, student: LoadStudent, cardId: string, reviewId: string, rating: number): Promise<boolean> {
	const response = await fetch(`${base}/review?/rate`, {
		method: 'POST',
		headers: { cookie: student.cookie, origin: base, accept: 'application/json', 'x-sveltekit-action': 'true', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ cardId, reviewId, rating: String(rating), durationMs: '3000' }).toString()
	});
	if (!response.ok) return false;
	return ((await response.json()) as { type?: string }).type === 'redirect';
}

export interface TwoClassWorld {
	base: string;
	path: string;
	a: SeededClass;
	b: SeededClass;
	stop(): void;
}

/** Two classes of different teachers in a fresh database, served by the built server on `port`. */
export async function twoClassServer(port: number, name: string, students: { a: number; b: number }, env: Record<string, string> = {}): Promise<TwoClassWorld> {
	const dir = mkdtempSync(join(tmpdir(), `lectio-${name}-`));
	const path = join(dir, `${name}.db`);
	const a = await seedClass(path, { students: students.a, cards: 3, tag: 'a' });
	const b = await seedClass(path, { students: students.b, cards: 3, tag: 'b' });
	const base = `http://127.0.0.1:${port}`;
	const server = startServer(port, path, env);
	await waitUp(base);
	return {
		base,
		path,
		a,
		b,
		stop() {
			server.kill('SIGTERM');
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

// A class for load tests and the HTTP benchmark, written straight into a fresh database: a teacher,
// one study-material set of N questions, and students who each hold a card per question and a
// session cookie. Also starts the built server (scripts/serve.js) on that database.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../src/lib/server/db/index';
import * as s from '../../src/lib/server/db/schema';
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

export async function seedClass(path: string, opts: { students: number; cards: number; tag?: string }): Promise<SeededClass> {
	const db = openDatabase(path);
	const store = sqliteStore(db);
	const user = (role: 'teacher' | 'student', i: number) => {
		const id = newId();
		db.insert(s.users).values({ id, email: `${role}${i}${opts.tag ?? ''}@load.test`, passwordHash: 'x', displayName: `${role} ${i}`, role }).run();
		return id;
	};
	const teacher = user('teacher', 0);
	const articleId = newId();
	db.insert(s.articles).values({ id: articleId, ownerId: teacher, originalInput: 'x', cleanText: 'x', lang: 'en' }).run();
	const setId = newId();
	db.insert(s.questionSets).values({ id: setId, ownerId: teacher, articleId, title: 'Load', lang: 'en' }).run();
	const questionIds: string[] = [];
	for (let i = 0; i < opts.cards; i++) {
		const id = newId();
		questionIds.push(id);
		db.insert(s.questions)
			.values({ id, setId, type: 'short', prompt: `${opts.tag ?? ''}Q${i}?`, answer: `a${i}`, answerValue: `a${i}`, evidenceText: `S${i}.`, position: i, status: 'approved' })
			.run();
	}
	const classId = newId();
	db.insert(s.classes).values({ id: classId, teacherId: teacher, name: 'Load', joinCode: newJoinCode() }).run();
	const assignmentId = newId();
	db.insert(s.assignments).values({ id: assignmentId, setId, classId, studyMaterial: true }).run();
	const students: LoadStudent[] = [];
	for (let i = 0; i < opts.students; i++) {
		const id = user('student', i);
		db.insert(s.enrollments).values({ classId, studentId: id }).run();
		await addSetToCards(store, id, setId, new Date());
		const cards = db.select({ id: s.cards.id }).from(s.cards).where(eq(s.cards.studentId, id)).all().map((c) => c.id);
		students.push({ id, cookie: `session=${(await createSession(store, id)).token}`, cards });
	}
	const teacherCookie = `session=${(await createSession(store, teacher)).token}`;
	db.$client.close();
	return { students, teacherCookie, setId, classId, assignmentId, questionIds };
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

// Proves the committed migrations build the whole schema on a fresh file, with the pragmas the
// app relies on, and that every table accepts a row and gives it back.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { openDatabase, databasePath, type Db } from './index';
import * as schema from './schema';

let dir: string;
let db: Db;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'lectio-db-'));
	db = openDatabase(join(dir, 'fresh.db'));
});
afterAll(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('database', () => {
	it('applies the pragmas the app relies on', () => {
		expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
		expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
		expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
	});

	it('reads DATABASE_URL as a path or a file: URL', () => {
		expect(databasePath('file:/tmp/x.db')).toBe('/tmp/x.db');
		expect(databasePath('/tmp/y.db')).toBe('/tmp/y.db');
		expect(databasePath('')).toMatch(/data\/app\.db$/);
	});

	it('migrating twice is harmless', () => {
		const again = openDatabase(join(dir, 'fresh.db'));
		expect(again.select().from(schema.users).all()).toEqual(db.select().from(schema.users).all());
		again.$client.close();
	});

	it('writes and reads back every table', () => {
		const t = new Date('2025-01-24T21:54:00Z');
		const rows = {
			users: { id: 'u1', email: 'a@b.c', passwordHash: 'h', displayName: 'Ana', role: 'teacher' as const, locale: 'fr' as const, createdAt: t },
			student: { id: 'u2', email: 's@b.c', passwordHash: 'h', displayName: 'Sam', role: 'student' as const },
			sessions: { id: 'hash', userId: 'u1', expiresAt: t },
			loginAttempts: { email: 'a@b.c', address: '127.0.0.1', success: false, at: t },
			classes: { id: 'c1', teacherId: 'u1', name: '1re A', joinCode: 'ABC234' },
			enrollments: { classId: 'c1', studentId: 'u2' },
			articles: { id: 'a1', ownerId: 'u1', originalInput: 'raw', cleanText: 'clean', lang: 'fr' as const, removed: [[1, 2]] as [number, number][] },
			facts: { id: 'f1', articleId: 'a1', engineId: 'date-0', type: 'date', value: '2025-01-17', text: '17 janvier', start: 0, end: 10, sentence: 0, extra: { event: 'signature' } },
			questionSets: { id: 's1', ownerId: 'u1', articleId: 'a1', title: 'Set', lang: 'fr' as const },
			questions: { id: 'q1', setId: 's1', type: 'mcq' as const, prompt: 'Quand ?', answer: '17 janvier 2025', answerValue: '2025-01-17', choices: ['a', 'b', 'c', 'd'], position: 0 },
			assignments: { id: 'as1', setId: 's1', classId: 'c1', dueAt: t },
			quizAttempts: { id: 'at1', assignmentId: 'as1', studentId: 'u2', startedAt: t, submittedAt: t, score: 1, correctCount: 1, total: 1, durationMs: 1000 },
			quizAnswers: { id: 'an1', attemptId: 'at1', questionId: 'q1', questionVersion: 1, response: 'a', verdict: 'correct' as const, correct: true },
			cards: { id: 'k1', studentId: 'u2', questionId: 'q1', due: t, state: 2, stability: 3.2 },
			reviewLogs: { id: 'r1', cardId: 'k1', studentId: 'u2', rating: 3, stateBefore: 0, stateAfter: 1, due: t, stability: 3.2, difficulty: 5, elapsedDays: 0, scheduledDays: 1, reviewedAt: t, cardBefore: { state: 0 } },
			studySettings: { studentId: 'u2', desiredRetention: 0.85, parameters: [0.4, 1.2] }
		};
		db.insert(schema.users).values([rows.users, rows.student]).run();
		db.insert(schema.sessions).values(rows.sessions).run();
		db.insert(schema.loginAttempts).values(rows.loginAttempts).run();
		db.insert(schema.classes).values(rows.classes).run();
		db.insert(schema.enrollments).values(rows.enrollments).run();
		db.insert(schema.articles).values(rows.articles).run();
		db.insert(schema.facts).values(rows.facts).run();
		db.insert(schema.questionSets).values(rows.questionSets).run();
		db.insert(schema.questions).values(rows.questions).run();
		db.insert(schema.assignments).values(rows.assignments).run();
		db.insert(schema.quizAttempts).values(rows.quizAttempts).run();
		db.insert(schema.quizAnswers).values(rows.quizAnswers).run();
		db.insert(schema.cards).values(rows.cards).run();
		db.insert(schema.reviewLogs).values(rows.reviewLogs).run();
		db.insert(schema.studySettings).values(rows.studySettings).run();

		expect(db.select().from(schema.users).all().map((u) => u.email)).toEqual(['a@b.c', 's@b.c']);
		const teacher = db.select().from(schema.users).all()[0];
		expect(teacher.createdAt).toEqual(t);
		expect(db.select().from(schema.users).all()[1].locale).toBe('en');
		expect(db.select().from(schema.sessions).get()?.expiresAt).toEqual(t);
		expect(db.select().from(schema.loginAttempts).get()?.success).toBe(false);
		expect(db.select().from(schema.classes).get()?.joinCode).toBe('ABC234');
		expect(db.select().from(schema.enrollments).get()?.joinedAt).toBeInstanceOf(Date);
		expect(db.select().from(schema.articles).get()?.removed).toEqual([[1, 2]]);
		expect(db.select().from(schema.facts).get()?.extra).toEqual({ event: 'signature' });
		expect(db.select().from(schema.questionSets).get()?.title).toBe('Set');
		const q = db.select().from(schema.questions).get()!;
		expect(q.choices).toEqual(['a', 'b', 'c', 'd']);
		expect(q.status).toBe('draft');
		expect(q.version).toBe(1);
		expect(db.select().from(schema.assignments).get()?.dueAt).toEqual(t);
		expect(db.select().from(schema.quizAttempts).get()?.score).toBe(1);
		expect(db.select().from(schema.quizAnswers).get()?.correct).toBe(true);
		expect(db.select().from(schema.cards).get()?.stability).toBe(3.2);
		expect(db.select().from(schema.reviewLogs).get()?.cardBefore).toEqual({ state: 0 });
		const settings = db.select().from(schema.studySettings).get()!;
		expect(settings.parameters).toEqual([0.4, 1.2]);
		expect(settings.newPerDay).toBe(20);

		// Every table of the schema was covered above.
		const tables = Object.values(schema).filter((v) => is(v, SQLiteTable)).map((t) => getTableName(t as SQLiteTable));
		for (const name of tables) {
			const count = db.$client.prepare(`select count(*) as n from "${name}"`).get() as { n: number };
			expect(count.n, name).toBeGreaterThan(0);
		}
	});

	it('enforces foreign keys and the one-attempt-per-student rule', () => {
		expect(() => db.insert(schema.sessions).values({ id: 'x', userId: 'nobody', expiresAt: new Date() }).run()).toThrow(/FOREIGN KEY/);
		expect(() =>
			db.insert(schema.quizAttempts).values({ id: 'at2', assignmentId: 'as1', studentId: 'u2', startedAt: new Date() }).run()
		).toThrow(/UNIQUE/);
	});
});

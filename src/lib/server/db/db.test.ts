// Proves the committed migrations build the whole schema on a fresh file, with the pragmas the
// app relies on, and that every table accepts a row and gives it back.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { openDatabase, databasePath, DatabaseUrlError, isPostgresUrl, redactedUrl, probeWrite, writeFailureReason, WAL_AUTOCHECKPOINT_PAGES, type Db } from './index';
import * as schema from './schema';
import { sqliteStore } from './sqlite-store';

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
		expect(db.$client.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
	});

	it('checkpoints the WAL only past 4000 pages, not at every 1000', () => {
		const file = openDatabase(join(dir, 'wal.db'));
		const sqlite = file.$client;
		sqlite.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, body BLOB)');
		// Each commit writes at least two pages (a 4 KB row and the table's root).
		const insert = sqlite.prepare('INSERT INTO filler (body) VALUES (zeroblob(4000))');
		const frames = () => (sqlite.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0].log;
		for (let i = 0; i < 1200; i++) insert.run();
		// No checkpoint ran at 1000 pages: the WAL still holds every frame since it began.
		expect(frames()).toBeGreaterThan(2000);
		expect(frames()).toBeLessThan(WAL_AUTOCHECKPOINT_PAGES);
		sqlite.close();
	});

	it('reads DATABASE_URL as a path or a file: URL', () => {
		expect(databasePath('file:/tmp/x.db')).toBe('/tmp/x.db');
		expect(databasePath('/tmp/y.db')).toBe('/tmp/y.db');
		expect(databasePath('')).toMatch(/data\/app\.db$/);
	});

	it('refuses another server’s URL in one line instead of making a file named after it', () => {
		expect(() => databasePath('mysql://lectio:secret@db.example.org/lectio')).toThrow(DatabaseUrlError);
		expect(() => databasePath('mariadb://db/lectio')).toThrow(/mariadb server.*SQLite file or on PostgreSQL/);
		expect(databasePath('file:///tmp/z.db')).toBe('/tmp/z.db');
	});

	it('reads postgres:// and postgresql:// as PostgreSQL, and prints them without the password', () => {
		expect(isPostgresUrl('postgres://lectio:secret@db.example.org/lectio')).toBe(true);
		expect(isPostgresUrl(' postgresql://db/lectio')).toBe(true);
		expect(isPostgresUrl('./data/app.db')).toBe(false);
		expect(isPostgresUrl('file:postgres.db')).toBe(false);
		expect(redactedUrl('postgres://lectio:secret@db.example.org:6543/lectio')).toBe('db.example.org:6543/lectio');
		expect(redactedUrl('postgresql://lectio:secret@/lectio?host=/run/postgresql')).toBe('/run/postgresql:5432/lectio');
	});

	it('migrating twice is harmless', () => {
		const again = openDatabase(join(dir, 'fresh.db'));
		expect(again.select().from(schema.users).all()).toEqual(db.select().from(schema.users).all());
		again.$client.close();
	});

	it('writes and reads back every table', async () => {
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
		await probeWrite(sqliteStore(db), t);
		await probeWrite(sqliteStore(db), t); // the health row is rewritten, not added

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
		expect(db.select().from(schema.healthChecks).all()).toEqual([{ id: 1, at: t }]);
		expect(db.select().from(schema.loginAttempts).get()?.kind).toBe('signin');
		expect(db.select().from(schema.assignments).get()?.studyMaterial).toBe(false);

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

	it('upgrades a database holding data from the migration before (0002 → 0003)', () => {
		// The migrations folder as it was before 0003, then the data a school had in it.
		const before = join(dir, 'drizzle-0002');
		cpSync('drizzle', before, { recursive: true });
		rmSync(join(before, '0003_rate_limits_study_material_health.sql'));
		const journal = JSON.parse(readFileSync(join(before, 'meta/_journal.json'), 'utf8'));
		journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= 2);
		writeFileSync(join(before, 'meta/_journal.json'), JSON.stringify(journal));
		const path = join(dir, 'school.db');
		const old = openDatabase(path, before);
		const raw = old.$client;
		raw.prepare(`insert into users (id, email, password_hash, display_name, role) values ('t', 't@s.org', 'h', 'T', 'teacher')`).run();
		raw.prepare(`insert into login_attempts (email, address, success, at) values ('t@s.org', '10.0.0.1', 0, 1)`).run();
		raw.prepare(`insert into articles (id, owner_id, original_input, clean_text, lang) values ('a', 't', 'x', 'x', 'en')`).run();
		raw.prepare(`insert into question_sets (id, owner_id, article_id, title, lang) values ('s', 't', 'a', 'S', 'en')`).run();
		raw.prepare(`insert into classes (id, teacher_id, name, join_code) values ('c', 't', 'C', 'ABC234')`).run();
		raw.prepare(`insert into assignments (id, set_id, class_id) values ('as', 's', 'c')`).run();
		raw.close();

		const upgraded = openDatabase(path);
		expect(upgraded.select().from(schema.loginAttempts).all()).toMatchObject([{ kind: 'signin', email: 't@s.org', success: false }]);
		expect(upgraded.select().from(schema.assignments).all()).toMatchObject([{ id: 'as', studyMaterial: false }]);
		expect(upgraded.$client.pragma('integrity_check', { simple: true })).toBe('ok');
		upgraded.$client.close();
	});

	it('applies each migration to a database holding data from the one before', () => {
		const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: { idx: number; tag: string }[] };
		const last = journal.entries.length - 1;
		/** The migrations folder as it was when `upTo` was the newest migration. */
		const folderUpTo = (upTo: number) => {
			const folder = join(dir, `drizzle-upto-${upTo}`);
			rmSync(folder, { recursive: true, force: true });
			cpSync('drizzle', folder, { recursive: true });
			for (const e of journal.entries) if (e.idx > upTo) rmSync(join(folder, `${e.tag}.sql`));
			writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.idx <= upTo) }));
			return folder;
		};
		const count = (raw: Database.Database, table: string) => (raw.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
		expect(last).toBeGreaterThanOrEqual(4);
		for (let k = 1; k <= last; k++) {
			const path = join(dir, `upgrade-to-${k}.db`);
			const raw = openDatabase(path, folderUpTo(k - 1)).$client;
			// A school's data in the columns every version has (those of 0000): two cards of one
			// student made by the same quiz, so they share state and due.
			raw.exec(`
				insert into users (id, email, password_hash, display_name, role) values ('t', 't@s.org', 'h', 'T', 'teacher'), ('u', 'u@s.org', 'h', 'U', 'student');
				insert into login_attempts (email, address, success, at) values ('t@s.org', '10.0.0.1', 0, 1);
				insert into articles (id, owner_id, original_input, clean_text, lang) values ('a', 't', 'x', 'x', 'fr');
				insert into question_sets (id, owner_id, article_id, title, lang) values ('s', 't', 'a', 'S', 'fr');
				insert into questions (id, set_id, type, prompt, answer, answer_value, position) values ('q1', 's', 'short', 'P1?', 'A', 'A', 0), ('q2', 's', 'short', 'P2?', 'B', 'B', 1);
				insert into classes (id, teacher_id, name, join_code) values ('c', 't', 'C', 'ABC234');
				insert into enrollments (class_id, student_id) values ('c', 'u');
				insert into assignments (id, set_id, class_id) values ('as', 's', 'c');
				insert into cards (id, student_id, question_id, due, state) values ('k1', 'u', 'q1', 1000, 0), ('k2', 'u', 'q2', 1000, 0);
				insert into review_logs (id, card_id, student_id, rating, state_before, state_after, due, stability, difficulty, elapsed_days, scheduled_days, reviewed_at)
					values ('r1', 'k1', 'u', 3, 0, 1, 1000, 2.3, 5.1, 0, 0, 500);
			`);
			raw.close();
			const upgraded = openDatabase(path, folderUpTo(k)).$client;
			// Migrations 0 … k are recorded, and every row survived.
			expect(count(upgraded, '__drizzle_migrations'), `migration ${k}`).toBe(k + 1);
			for (const [table, n] of [['users', 2], ['login_attempts', 1], ['articles', 1], ['question_sets', 1], ['questions', 2], ['classes', 1], ['enrollments', 1], ['assignments', 1], ['cards', 2], ['review_logs', 1]] as const)
				expect(count(upgraded, table), `${table} after migration ${k}`).toBe(n);
			expect(upgraded.pragma('integrity_check', { simple: true })).toBe('ok');
			expect(upgraded.pragma('foreign_key_check')).toEqual([]);
			upgraded.close();
			// And the app reads it with today's schema once the rest is applied.
			const now = openDatabase(path);
			expect(now.select().from(schema.cards).all().map((c) => [c.id, c.state, c.due.getTime(), c.suspended])).toEqual([['k1', 0, 1000, false], ['k2', 0, 1000, false]]);
			expect(now.select().from(schema.reviewLogs).all()).toMatchObject([{ id: 'r1', kind: 'review', rating: 3, stability: 2.3 }]);
			expect(now.select().from(schema.assignments).all()).toMatchObject([{ id: 'as', studyMaterial: false, openBook: true }]);
			expect(now.select().from(schema.questionSets).all()).toMatchObject([{ id: 's', archivedAt: null }]);
			expect(now.select().from(schema.questions).all().map((q) => q.confidence)).toEqual([null, null]);
			expect(now.select().from(schema.loginAttempts).all()).toMatchObject([{ kind: 'signin' }]);
			now.$client.close();
		}
	});

	it('says in a few words why the database cannot be written', () => {
		const path = join(dir, 'readonly.db');
		openDatabase(path).$client.close();
		const readOnly = new Database(path, { readonly: true });
		let reason = '';
		try {
			readOnly.prepare(`insert into health_checks (id, at) values (1, 1)`).run();
		} catch (error) {
			reason = writeFailureReason(error);
		}
		readOnly.close();
		expect(reason).toBe('the file or its folder is read-only');
		expect(writeFailureReason(Object.assign(new Error('x'), { code: 'SQLITE_FULL' }))).toBe('the disk is full');
		writeFileSync(join(dir, 'plain-file'), 'x');
		let where = '';
		try {
			openDatabase(join(dir, 'plain-file', 'app.db'));
		} catch (error) {
			where = writeFailureReason(error);
		}
		expect(where).toBe('a file stands where its folder should be');
	});
});

// SRS benchmark: recording a review through the service (card update + log insert in one
// transaction) against raw single-row inserts on the same file and pragmas, and today's queue
// for a student with 100,000 cards and 1,000,000 log rows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase, type Db } from '../../src/lib/server/db/index';
import { getSession, recordReview, addSetToCards } from '../../src/lib/server/services/review';

const DAY = 86_400_000;

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

function seedBase(db: Db, questionCount: number) {
	const c = db.$client;
	const teacher = randomUUID();
	const student = randomUUID();
	c.prepare(`insert into users (id, email, password_hash, display_name, role) values (?, ?, 'x', 'T', 'teacher'), (?, ?, 'x', 'S', 'student')`).run(
		teacher,
		`${teacher}@b.test`,
		student,
		`${student}@b.test`
	);
	const article = randomUUID();
	c.prepare(`insert into articles (id, owner_id, original_input, clean_text, lang) values (?, ?, 'a', 'a', 'en')`).run(article, teacher);
	const set = randomUUID();
	c.prepare(`insert into question_sets (id, owner_id, article_id, title, lang) values (?, ?, ?, 'Bench', 'en')`).run(set, teacher, article);
	const insertQ = c.prepare(
		`insert into questions (id, set_id, type, prompt, answer, answer_value, position, status) values (?, ?, 'short', ?, 'answer', 'answer', ?, 'approved')`
	);
	const ids: string[] = [];
	c.transaction(() => {
		for (let i = 0; i < questionCount; i++) {
			const id = randomUUID();
			ids.push(id);
			insertQ.run(id, set, `Question ${i}?`, i);
		}
	})();
	const klass = randomUUID();
	c.prepare(`insert into classes (id, teacher_id, name, join_code) values (?, ?, 'C', ?)`).run(klass, teacher, klass.slice(0, 8));
	c.prepare(`insert into enrollments (class_id, student_id) values (?, ?)`).run(klass, student);
	c.prepare(`insert into assignments (id, set_id, class_id) values (?, ?, ?)`).run(randomUUID(), set, klass);
	return { student, set, questionIds: ids };
}

/** p50 of recordReview on fresh cards, and the same number of raw one-row transactions. */
function writeBench(dir: string, n: number) {
	const db = openDatabase(join(dir, 'write.db'));
	const { student, set } = seedBase(db, n);
	addSetToCards(db, student, set, new Date());
	const cardIds = db.$client.prepare(`select id from cards where student_id = ? order by due`).all(student).map((r) => (r as { id: string }).id);
	const now = Date.now();
	// The baseline appends the same kind of row to the same table (same indexes) with nothing else,
	// each in its own transaction: the ratio is what reading the card, scheduling and updating it
	// add. Calls alternate so both sides see the same machine load; medians resist its spikes.
	const c = db.$client;
	const ins = c.prepare(
		`insert into review_logs (id, card_id, student_id, kind, rating, state_before, state_after, due, stability, difficulty, elapsed_days, scheduled_days, reviewed_at)
		 values (?, ?, ?, 'review', ?, 2, 2, ?, 1.5, 5, 1, 2, ?)`
	);
	const raw = c.transaction((id: string, card: string, i: number) => ins.run(id, card, student, (i % 4) + 1, now + i, now + i));
	const service = (i: number, reviewId: string) =>
		recordReview(db, { studentId: student, cardId: cardIds[i], reviewId, rating: ((i % 4) + 1) as 1 | 2 | 3 | 4, durationMs: 3000, now: new Date(now + i) });
	for (let i = 0; i < 50; i++) {
		service(i, randomUUID());
		raw(randomUUID(), cardIds[i], i);
	}
	const times: number[] = [];
	const rawTimes: number[] = [];
	for (let i = 50; i < cardIds.length; i++) {
		// Both ids are drawn outside the timed calls, as the client draws the review id.
		const reviewId = randomUUID();
		const rawId = randomUUID();
		let s = performance.now();
		service(i, reviewId);
		times.push(performance.now() - s);
		s = performance.now();
		raw(rawId, cardIds[i], i);
		rawTimes.push(performance.now() - s);
	}
	c.close();
	return { reviewWriteP50Ms: median(times), rawInsertRatio: median(rawTimes) / median(times) };
}

/** A heavy student: 100k cards in every state, 1M log rows over a year, ~300 of them today. */
function queueBench(dir: string, runs: number) {
	const db = openDatabase(join(dir, 'queue.db'));
	const CARDS = 100_000;
	const LOGS = 1_000_000;
	const c = db.$client;
	// A large page cache only for seeding: a million random-key inserts otherwise thrash the disk.
	c.pragma('cache_size = -400000');
	const { student, questionIds } = seedBase(db, CARDS);
	const now = Date.now();
	const insCard = c.prepare(
		`insert into cards (id, student_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
		 values (?, ?, ?, ?, ?, ?, 3, ?, 0, ?, 0, ?, ?)`
	);
	const cardIds: string[] = [];
	let seed = 1;
	const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
	c.transaction(() => {
		for (let i = 0; i < CARDS; i++) {
			const id = randomUUID();
			cardIds.push(id);
			const r = rand();
			// 20 % new, 0.1 % in learning steps, the rest in review from a month overdue to a year ahead.
			const state = r < 0.2 ? 0 : r < 0.201 ? 1 : 2;
			const due = state === 0 ? now - DAY * 30 + i : state === 1 ? now + Math.floor(rand() * 3_600_000) : now + Math.floor((rand() * 395 - 30) * DAY);
			insCard.run(id, student, questionIds[i], due, state ? 10 : 0, state ? 5 : 0, state === 2 ? 10 : 0, state ? 3 : 0, state, state ? now - DAY : null);
		}
	})();
	const insLog = c.prepare(
		`insert into review_logs (id, card_id, student_id, kind, rating, state_before, state_after, due, stability, difficulty, elapsed_days, scheduled_days, reviewed_at)
		 values (?, ?, ?, 'review', ?, 2, 2, ?, 10, 5, 3, ?, ?)`
	);
	c.transaction(() => {
		for (let i = 0; i < LOGS; i++) {
			// Spread over the past year; the last 300 fall today.
			const at = i >= LOGS - 300 ? now - (LOGS - i) * 1000 : now - DAY - Math.floor(rand() * 364 * DAY);
			insLog.run(randomUUID(), cardIds[i % CARDS], student, 1 + (i % 4), at, 5 + (i % 30), at);
		}
	})();
	c.exec('analyze');
	c.pragma('cache_size = -2000');
	const offset = -new Date().getTimezoneOffset();
	for (let i = 0; i < 5; i++) getSession(db, student, new Date(), offset);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const s = performance.now();
		const session = getSession(db, student, new Date(), offset);
		times.push(performance.now() - s);
		if (!session.current) throw new Error('the bench queue should not be empty');
	}
	c.close();
	return { dueQueryMs100k: median(times) };
}

export async function run(opts: { quick: boolean }): Promise<Record<string, number>> {
	const dir = mkdtempSync(join(tmpdir(), 'lectio-bench-srs-'));
	try {
		const write = writeBench(dir, opts.quick ? 1000 : 5000);
		const queue = queueBench(dir, opts.quick ? 20 : 100);
		return { ...write, ...queue };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
